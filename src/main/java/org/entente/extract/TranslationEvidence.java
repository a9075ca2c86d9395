package org.entente.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.segment.Lemmatizer;
import org.entente.segment.Tokenizer;
import org.entente.terminology.Term;
import org.entente.terminology.TermBase;
import org.entente.terminology.TermHit;
import org.entente.text.Language;

/**
 * Evidence that an English key translates a French one, word by word: a word the termbase translates
 * ("défense" → defence, compositional translation through the termbase) or a cognate sharing its first four letters
 * (Simard, Foster and Isabelle 1992): "plan de défense" / "defence plan" is fully explained (1.0),
 * "dissuasion" / "deterrence" not at all (0.0). Not thread-safe (it caches the termbase's answers).
 */
final class TranslationEvidence {
  private static final Set<String> FUNCTION_KEYS = Set.of("de", "à", "en", "pour", "et", "of", "for", "and");

  private final TermBase termBase;
  private final Map<String, Set<String>> translations = new HashMap<>();

  TranslationEvidence(TermBase termBase) {
    this.termBase = termBase;
  }

  /** The share of content words on both sides that a word on the other side translates (termbase) or resembles. */
  double of(String frKey, String enKey) {
    List<String> fw = content(frKey);
    List<String> ew = content(enKey);
    if (fw.isEmpty() || ew.isEmpty()) return 0;
    int explained = 0;
    boolean[] enExplained = new boolean[ew.size()];
    for (String f : fw) {
      boolean any = false;
      Set<String> tr = translations(f);
      for (int i = 0; i < ew.size(); i++) {
        if (cognates(f, ew.get(i)) || tr.contains(ew.get(i))) {
          any = true;
          enExplained[i] = true;
        }
      }
      if (any) explained++;
    }
    for (boolean b : enExplained) if (b) explained++;
    return (double) explained / (fw.size() + ew.size());
  }

  private static List<String> content(String key) {
    List<String> out = new ArrayList<>();
    for (String w : key.split(" ")) if (!FUNCTION_KEYS.contains(w)) out.add(w);
    return out;
  }

  /** Words sharing their first four letters (accents and case aside), or equal: défense/defence, OTAN/OTAN. */
  static boolean cognates(String a, String b) {
    String x = fold(a);
    String y = fold(b);
    if (x.equals(y)) return true;
    return x.length() >= 4 && y.length() >= 4 && x.regionMatches(0, y, 0, 4);
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  /** The English word keys the termbase gives for a French word key ("défense" → defence). */
  private Set<String> translations(String frWord) {
    return translations.computeIfAbsent(frWord, w -> {
      Set<String> out = new HashSet<>();
      if (termBase.size() == 0) return out;
      Tokenizer tok = new Tokenizer(Language.EN);
      Lemmatizer lem = Lemmatizer.of(Language.EN);
      for (TermHit h : termBase.recognise(w, Language.FR)) {
        if (h.start() != 0 || h.end() != w.length()) continue;
        for (Term t : h.equivalents()) {
          if (t.language() != Language.EN || t.status().isForbidden()) continue;
          Words tw = Words.of(t.text(), tok, lem);
          for (String k : tw.keys) if (k != null && !FUNCTION_KEYS.contains(k)) out.add(k);
        }
      }
      return out;
    });
  }

}
