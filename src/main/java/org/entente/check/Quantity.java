package org.entente.check;

import java.math.BigDecimal;

/**
 * A number, amount, date part or ordinal found in a text, with its value ready for comparison across languages:
 * "40 milliards" and "40 billion" both have the value 40000000000; "juin" and "June" the month 6.
 * {@code word} marks numbers written as words ("two-day", "une cinquantaine"), which only confirm figures.
 */
record Quantity(BigDecimal value, boolean month, int start, int end, String surface, boolean word, BigDecimal alternative) {
  Quantity(BigDecimal value, boolean month, int start, int end, String surface, boolean word) {
    this(value, month, start, end, surface, word, null);
  }

  /** The comparison key: {@code 40000000000}, {@code month:6}. */
  String key() {
    return month ? "month:" + value.intValue() : value.stripTrailingZeros().toPlainString();
  }

  /**
   * The other reading of an ambiguous figure: "500,000" in a French text is 500 by French rules but is often
   * written the English way; null when there is none.
   */
  String alternativeKey() {
    return alternative == null ? null : alternative.stripTrailingZeros().toPlainString();
  }

  boolean matches(String k) {
    return key().equals(k) || k.equals(alternativeKey());
  }
}
