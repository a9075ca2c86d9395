package org.entente.align;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.segment.Token;
import org.entente.terminology.TermBase;
import org.entente.terminology.TermHit;
import org.entente.text.Language;

/**
 * A document read once for alignment: sentence lengths, anchor keys, termbase concepts and lexicon word forms of
 * every sentence on both sides.
 */
final class PreparedDocument {
  private static final AnchorKeys FR_KEYS = new AnchorKeys(Language.FR);
  private static final AnchorKeys EN_KEYS = new AnchorKeys(Language.EN);

  final Document document;
  final int n;
  final int m;
  final int[] frLen;
  final int[] enLen;
  final long[] frPrefix;
  final long[] enPrefix;
  final int[] frPara;
  final int[] enPara;
  final boolean[] frHeading;
  final boolean[] enHeading;
  final List<List<String>> frKeys;
  final List<List<String>> enKeys;
  final List<Set<String>> frWords;
  final List<Set<String>> enWords;
  final LengthCost length;

  PreparedDocument(Document document, TermBase termBase) {
    this.document = document;
    this.n = document.fr().size();
    this.m = document.en().size();
    frLen = lengths(document.fr());
    enLen = lengths(document.en());
    frPrefix = prefix(frLen);
    enPrefix = prefix(enLen);
    frPara = document.fr().stream().mapToInt(Item::paragraph).toArray();
    enPara = document.en().stream().mapToInt(Item::paragraph).toArray();
    frHeading = headings(document.fr());
    enHeading = headings(document.en());
    frKeys = new ArrayList<>(n);
    enKeys = new ArrayList<>(m);
    frWords = new ArrayList<>(n);
    enWords = new ArrayList<>(m);
    read(document.fr(), FR_KEYS, Language.FR, termBase, frKeys, frWords);
    read(document.en(), EN_KEYS, Language.EN, termBase, enKeys, enWords);
    length = LengthCost.forTexts(frPrefix[n], enPrefix[m]);
  }

  private static void read(List<Item> items, AnchorKeys anchors, Language lang, TermBase termBase,
      List<List<String>> keys, List<Set<String>> words) {
    boolean paragraphs = !items.isEmpty() && items.get(items.size() - 1).paragraph() != items.get(0).paragraph();
    for (int s = 0; s < items.size(); s++) {
      Item it = items.get(s);
      boolean start = paragraphs && (s == 0 || items.get(s - 1).paragraph() != it.paragraph());
      List<String> k = anchors.keys(it.text(), start);
      if (termBase != null) {
        for (TermHit hit : termBase.recognise(it.text(), lang)) k.add("t:" + hit.conceptId());
      }
      keys.add(k);
      Set<String> w = new LinkedHashSet<>();
      for (Token t : anchors.tokenizer().tokenize(it.text())) {
        String form = AnchorKeys.lexiconForm(t);
        if (form != null && w.size() < 60) w.add(form);
      }
      words.add(w);
    }
  }

  /** The base keys plus the lexicon's translations on the French side and their targets on the English side. */
  Bags bags(Map<String, List<String>> translations, Set<String> targets) {
    if (translations.isEmpty()) return Bags.build(frKeys, enKeys);
    List<List<String>> fr = new ArrayList<>(n);
    for (int s = 0; s < n; s++) {
      List<String> k = new ArrayList<>(frKeys.get(s));
      for (String w : frWords.get(s)) {
        List<String> t = translations.get(w);
        if (t != null) for (String e : t) k.add(AnchorKeys.WORD + e);
      }
      fr.add(k);
    }
    List<List<String>> en = new ArrayList<>(m);
    for (int s = 0; s < m; s++) {
      List<String> k = new ArrayList<>(enKeys.get(s));
      for (String w : enWords.get(s)) if (targets.contains(w)) k.add(AnchorKeys.WORD + w);
      en.add(k);
    }
    return Bags.build(fr, en);
  }

  int frChars(int i, int a) {
    return (int) (frPrefix[i + a] - frPrefix[i]);
  }

  int enChars(int j, int b) {
    return (int) (enPrefix[j + b] - enPrefix[j]);
  }

  /** Whether French {@code [i, i+a)} or English {@code [j, j+b)} spans two paragraphs. */
  boolean crossesParagraph(int i, int a, int j, int b) {
    return (a > 1 && frPara[i] != frPara[i + a - 1]) || (b > 1 && enPara[j] != enPara[j + b - 1]);
  }

  /** Whether French {@code [i, i+a)} or English {@code [j, j+b)} mixes heading-like lines with sentences. */
  boolean mixesHeadings(int i, int a, int j, int b) {
    return mixed(frHeading, i, a) || mixed(enHeading, j, b);
  }

  private static boolean mixed(boolean[] heading, int start, int count) {
    if (count < 2) return false;
    boolean any = false;
    boolean all = true;
    for (int t = start; t < start + count; t++) {
      any |= heading[t];
      all &= heading[t];
    }
    return any && !all;
  }

  private static boolean[] headings(List<Item> items) {
    boolean[] out = new boolean[items.size()];
    for (int s = 0; s < out.length; s++) out[s] = AnchorKeys.isHeading(items.get(s).text());
    return out;
  }

  private static int[] lengths(List<Item> items) {
    int[] out = new int[items.size()];
    for (int s = 0; s < out.length; s++) out[s] = items.get(s).text().strip().length();
    return out;
  }

  private static long[] prefix(int[] len) {
    long[] p = new long[len.length + 1];
    for (int s = 0; s < len.length; s++) p[s + 1] = p[s] + len[s];
    return p;
  }
}
