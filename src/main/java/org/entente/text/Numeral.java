package org.entente.text;

import java.math.BigDecimal;

/**
 * A numeral found in a text by {@link Numerals}: where its value is written and where its run of digit groups
 * ends, in {@code String} indices of that text. "13.06.2024" read the French way has the value 13.06
 * ({@code [0, 5)}) and runs to the end of the year ({@code runEnd} 10): a date the tokenizer keeps as one token.
 *
 * @param start where the numeral starts, on its sign if it has one
 * @param end where the value's reading ends ({@code start < end <= runEnd})
 * @param runEnd where the run of digit groups joined by points, commas or grouping spaces ends
 * @param decimalAt the index of the decimal mark inside {@code [start, end)}, or -1 for a whole number
 * @param negative whether a minus sign ({@code -} or {@code −}) opens it
 */
public record Numeral(int start, int end, int runEnd, int decimalAt, boolean negative) {
  public Numeral {
    if (start < 0 || end <= start || runEnd < end || decimalAt != -1 && (decimalAt <= start || decimalAt >= end)) {
      throw new IllegalArgumentException("bad numeral [" + start + ", " + end + ") run to " + runEnd
          + ", decimal at " + decimalAt);
    }
  }

  /** Where the value is written: {@code [start, end)}. */
  public Span span() {
    return new Span(start, end);
  }

  /**
   * The value of the numeral in {@code text}, the text it was read from: "1 234,5" read the French way is 1234.5,
   * "1,234" read the English way 1234; digits of any script count ("٣" is 3).
   */
  public BigDecimal value(CharSequence text) {
    StringBuilder b = new StringBuilder(end - start + 1);
    if (negative) b.append('-');
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      if (i == decimalAt) b.append('.');
      else if (Character.isDigit(cp)) b.append((char) ('0' + Character.digit(cp, 10)));
      i += Character.charCount(cp);
    }
    return new BigDecimal(b.toString());
  }

  /**
   * Every digit of the whole run in {@code text}, in ASCII and without separators or sign: "1 000,5" gives
   * "10005", "13.06.2024" gives "13062024".
   */
  public String digits(CharSequence text) {
    return run(text, false);
  }

  /**
   * The whole run in {@code text} in ASCII digits, every point or comma written as a comma and grouping spaces
   * left out: "1 000,5" gives "1000,5", "1.000" and "1,000" both give "1,000".
   */
  public String digitsAndMarks(CharSequence text) {
    return run(text, true);
  }

  private String run(CharSequence text, boolean marks) {
    StringBuilder b = new StringBuilder(runEnd - start);
    for (int i = start; i < runEnd; ) {
      int cp = Character.codePointAt(text, i);
      if (Character.isDigit(cp)) b.append((char) ('0' + Character.digit(cp, 10)));
      else if (marks && (cp == '.' || cp == ',')) b.append(',');
      i += Character.charCount(cp);
    }
    return b.toString();
  }
}
