package org.entente.check;

import java.math.BigDecimal;

/**
 * A number, amount, date part or ordinal found in a text, with its value ready for comparison across languages:
 * "40 milliards" and "40 billion" both have the value 40000000000; "juin" and "June" the month 6.
 * {@code word} marks numbers written as words ("two-day", "une cinquantaine"), which only confirm figures.
 */
record Quantity(BigDecimal value, boolean month, int start, int end, String surface, boolean word) {
  /** The comparison key: {@code 40000000000}, {@code month:6}. */
  String key() {
    return month ? "month:" + value.intValue() : value.stripTrailingZeros().toPlainString();
  }
}
