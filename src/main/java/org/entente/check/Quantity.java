package org.entente.check;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number, amount, date part, time of day or ordinal found in a text, with its value ready for comparison across
 * languages: "40 milliards" and "40 billion" both have the value 40000000000; "juin" and "June" the month 6; "15 h
 * 30" and "3.30 pm" the time 15:30. {@code word} marks numbers written as words ("two-day", "une cinquantaine",
 * "dix-sept"): each matches one figure on the other side but is never reported alone. {@code alternatives} are the
 * keys of other readings of an ambiguous quantity: "500,000" in a French text is 500 by French rules but is often
 * written the English way; "3:30" may be 15:30; "third" may be 1/3. {@code unscaled} is the figure before its scale
 * word ("12 billion": 12), null when there is none.
 */
record Quantity(BigDecimal value, Kind kind, int start, int end, String surface, boolean word, List<String> alternatives,
    BigDecimal unscaled) {
  /** What a quantity counts. */
  enum Kind {
    NUMBER, MONTH, TIME
  }

  Quantity {
    alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
  }

  Quantity(BigDecimal value, Kind kind, int start, int end, String surface, boolean word) {
    this(value, kind, start, end, surface, word, List.of(), null);
  }

  Quantity(BigDecimal value, Kind kind, int start, int end, String surface, boolean word, List<String> alternatives) {
    this(value, kind, start, end, surface, word, alternatives, null);
  }

  /** Whether this is a figure with a scale word: "12 billion", "40 milliards", "£450m". */
  boolean scaled() {
    return unscaled != null;
  }

  /** This quantity with one more reading. */
  Quantity orAlso(String key) {
    List<String> more = new java.util.ArrayList<>(alternatives);
    more.add(key);
    return new Quantity(value, kind, start, end, surface, word, more, unscaled);
  }

  boolean month() {
    return kind == Kind.MONTH;
  }

  /** The comparison key: {@code 40000000000}, {@code month:6}, {@code time:15:30}. */
  String key() {
    return switch (kind) {
      case MONTH -> "month:" + value.intValue();
      case TIME -> timeKey(value.intValue());
      case NUMBER -> value.stripTrailingZeros().toPlainString();
    };
  }

  static String timeKey(int minutes) {
    return "time:" + minutes / 60 + ":" + String.format(java.util.Locale.ROOT, "%02d", minutes % 60);
  }

  boolean matches(String k) {
    return key().equals(k) || alternatives.contains(k);
  }

  /** Whether some reading of this quantity is some reading of {@code other}. */
  boolean sameAs(Quantity other) {
    if (matches(other.key())) return true;
    for (String a : other.alternatives) if (matches(a)) return true;
    return false;
  }
}
