package org.entente.text;

import java.util.HashMap;
import java.util.Map;

/**
 * The months by name in French and English, with and without accents, and their usual abbreviations: "août",
 * "aout" and "August" are 8; "déc." and "Dec." are 12. Callers give the word in lower case.
 */
public final class Months {
  private static final String[] FRENCH = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
      "septembre", "octobre", "novembre", "décembre"};
  private static final String[] ENGLISH = {"january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december"};
  private static final Map<String, Integer> NAMES = names();
  private static final Map<String, Integer> ABBREVIATIONS = Map.ofEntries(
      Map.entry("janv.", 1), Map.entry("févr.", 2), Map.entry("sept.", 9), Map.entry("oct.", 10), Map.entry("nov.", 11),
      Map.entry("déc.", 12), Map.entry("jan.", 1), Map.entry("feb.", 2), Map.entry("mar.", 3), Map.entry("apr.", 4),
      Map.entry("jun.", 6), Map.entry("jul.", 7), Map.entry("aug.", 8), Map.entry("sep.", 9), Map.entry("sept", 9),
      Map.entry("dec.", 12));

  private Months() {}

  /** The month a full name gives, 1 to 12, or null: {@code "juin"} and {@code "june"} are 6; {@code "jun."} is null. */
  public static Integer byName(String lowerCase) {
    return NAMES.get(lowerCase);
  }

  /** The month a full name or an abbreviation gives, or null: {@code "févr."} is 2. */
  public static Integer byNameOrAbbreviation(String lowerCase) {
    Integer m = NAMES.get(lowerCase);
    return m != null ? m : ABBREVIATIONS.get(lowerCase);
  }

  private static Map<String, Integer> names() {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < 12; i++) {
      m.put(FRENCH[i], i + 1);
      m.put(TextNormalizer.MATCHING_NO_ACCENTS.apply(FRENCH[i]), i + 1);
      m.put(ENGLISH[i], i + 1);
    }
    return Map.copyOf(m);
  }
}
