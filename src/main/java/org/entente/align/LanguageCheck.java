package org.entente.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.segment.Token;
import org.entente.segment.Tokenizer;
import org.entente.text.Language;

/**
 * A cheap check that the French side reads as French and the English side as English, by counting frequent
 * function words; it warns ({@code "the French side looks English"}) rather than refusing, since the alignment is
 * still computed.
 */
public final class LanguageCheck {
  private static final Set<String> FR = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans",
      "pour", "que", "qui", "sur", "au", "aux", "ne", "pas", "avec", "il", "elle", "nous", "sont", "ont");
  private static final Set<String> EN = Set.of("the", "of", "and", "to", "is", "in", "that", "for", "with", "on",
      "are", "was", "it", "be", "by", "this", "he", "she", "we", "have", "has", "not", "from", "which", "at");

  private LanguageCheck() {}

  /** Warnings about the document's sides; empty when both look right or are too short to tell. */
  public static List<String> warnings(Document d) {
    List<String> out = new ArrayList<>();
    Language fr = guess(d.fr(), Language.FR);
    Language en = guess(d.en(), Language.EN);
    if (fr == Language.EN) out.add("the French side looks English: check the order of the files (French first)");
    if (en == Language.FR) out.add("the English side looks French: check the order of the files (French first)");
    if (d.fr().isEmpty() && !d.en().isEmpty()) out.add("the French side is empty: every English sentence is 0-1");
    if (d.en().isEmpty() && !d.fr().isEmpty()) out.add("the English side is empty: every French sentence is 1-0");
    return out;
  }

  private static Language guess(List<Item> items, Language tokenizerLanguage) {
    Tokenizer t = new Tokenizer(tokenizerLanguage);
    int f = 0;
    int e = 0;
    int words = 0;
    for (int i = 0; i < items.size() && words < 5000; i++) {
      for (Token tok : t.tokenize(items.get(i).text())) {
        if (tok.type() != Token.Type.WORD) continue;
        words++;
        String w = tok.text().toLowerCase(Locale.ROOT);
        if (FR.contains(w)) f++;
        if (EN.contains(w)) e++;
      }
    }
    if (f + e < 8) return null;
    return f > 2 * e ? Language.FR : e > 2 * f ? Language.EN : null;
  }
}
