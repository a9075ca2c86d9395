package org.entente.extract;

import java.util.HashSet;
import java.util.Set;
import org.entente.segment.Lemmatizer;
import org.entente.segment.Tokenizer;
import org.entente.text.Language;

/**
 * The matching keys extraction compares terms by (lemmas, French prepositions unified, articles after them left
 * out): "plans de la défense" and "plan de défense" both have the key {@code plan de défense}. For comparing
 * candidates with a glossary, and for finding which terms a text contains.
 */
public final class ExtractionKeys {
  private ExtractionKeys() {}

  /** The key of a whole term; empty when it has no word. */
  public static String key(String term, Language language) {
    Words w = Words.of(term, new Tokenizer(language), Lemmatizer.of(language));
    String k = w.size() == 0 ? null : w.spanKey(0, w.size());
    return k == null ? "" : k;
  }

  /** The keys of every span of a text up to eight tokens: a term's key is among them when the text contains it. */
  public static Set<String> keysIn(String text, Language language) {
    Set<String> out = new HashSet<>();
    if (!text.isBlank()) Words.of(text, new Tokenizer(language), Lemmatizer.of(language)).forEachSpan((k, f, t) -> out.add(k));
    return out;
  }
}
