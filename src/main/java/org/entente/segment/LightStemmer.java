package org.entente.segment;

import java.util.Locale;
import org.entente.text.Language;
import org.entente.text.TextNormalizer;

/**
 * A light, unaccented stemmer for words the dictionary does not know: lower-cased, accents folded, plural and
 * feminine endings removed. {@code "Etats"} and {@code "États"} both give {@code etat}; {@code "policies"} gives
 * {@code policy}. Used only as the fallback of {@link Lemmatizer}.
 */
final class LightStemmer {
  private LightStemmer() {}

  static String stem(String word, Language language) {
    String w = TextNormalizer.foldAccents(word.toLowerCase(Locale.ROOT));
    return language == Language.FR ? french(w) : english(w);
  }

  private static String french(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("aux")) return w.substring(0, n - 3) + "al";
    if (n > 3 && (w.endsWith("s") || w.endsWith("x"))) w = w.substring(0, --n);
    if (n > 4 && w.endsWith("euse")) return w.substring(0, n - 4) + "eur";
    if (n > 4 && w.endsWith("rice")) return w.substring(0, n - 4) + "eur";
    if (n > 4 && (w.endsWith("elle") || w.endsWith("enne") || w.endsWith("onne"))) return w.substring(0, n - 2);
    if (n > 3 && w.endsWith("e")) w = w.substring(0, --n);
    return w;
  }

  private static String english(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ies") && "aeiou".indexOf(w.charAt(n - 4)) < 0) return w.substring(0, n - 3) + "y";
    if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
