package org.entente.check;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a text commits to a figure: exactly ("300"), roughly ("environ 50", "about 55"), as a floor ("plus de 300",
 * "over 3 million", "50 or more"), as a ceiling ("moins de 200", "up to 40") or as a figure nearly reached ("près de
 * 1 000", "almost 1,000"). Two figures whose ranges overlap can both be true: "3,2 millions" and "over 3 million",
 * "environ 50" and "55"; "plus de 300" and "fewer than 200" cannot.
 */
enum FigureBound {
  EXACT, ABOUT, AT_LEAST, AT_MOST, NEARLY;

  /** How far a rounded figure may be from the exact one: "about 55" covers 47 to 63. */
  private static final BigDecimal ROUNDING = new BigDecimal("0.15");
  private static final Pattern ABOUT_BEFORE = before("environ|approximativement|quelque|autour de|aux alentours de|"
      + "de l['’]ordre de|about|around|approximately|approx\\.|roughly|some|an estimated|estimated|circa|c\\.|ca\\.|~");
  /** "plus de 300" is more than 300; "en plus de 300" is 300 besides. */
  private static final Pattern AT_LEAST_BEFORE = before("(?<!en\\s)plus de|(?<!en\\s)plus d['’]|au moins|plus que|supérieure? à|dépassant|"
      + "more than|over|at least|above|upwards of|in excess of|exceeding|well over");
  private static final Pattern AT_MOST_BEFORE = before("moins de|moins d['’]|au plus|au maximum|jusqu['’]à|pas plus de|"
      + "inférieure? à|less than|fewer than|under|below|up to|at most|no more than|not more than|just under");
  private static final Pattern NEARLY_BEFORE = before("près de|presque|quasiment|pratiquement|nearly|almost|close to|"
      + "not quite|just short of|pas loin de");
  private static final Pattern AT_LEAST_AFTER = Pattern.compile("^(?:\\s*\\+|\\s+(?:ou plus|or more|et plus)\\b|-odd\\b)",
      Pattern.CASE_INSENSITIVE);

  private static Pattern before(String phrases) {
    // the phrase, then maybe a currency sign, right before the figure: "more than €40", "plus de 450"
    return Pattern.compile("(?:^|[^\\p{L}])(?:" + phrases + ")[\\s\\u00A0]*(?:us\\$|\\$|€|£)?[\\s\\u00A0]*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** How the figure at [{@code start}, {@code end}) of {@code text} is committed to. */
  static FigureBound of(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 30), start).toLowerCase(Locale.ROOT);
    if (AT_MOST_BEFORE.matcher(before).find()) return AT_MOST;
    if (NEARLY_BEFORE.matcher(before).find()) return NEARLY;
    if (AT_LEAST_BEFORE.matcher(before).find()) return AT_LEAST;
    if (ABOUT_BEFORE.matcher(before).find()) return ABOUT;
    if (AT_LEAST_AFTER.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt()) return AT_LEAST;
    return EXACT;
  }

  /** The lowest value this commitment allows for {@code v}, or null when there is none. */
  private BigDecimal low(BigDecimal v) {
    return switch (this) {
      case EXACT, AT_LEAST -> v;
      case ABOUT, NEARLY -> v.subtract(v.abs().multiply(ROUNDING));
      case AT_MOST -> null;
    };
  }

  /** The highest value this commitment allows for {@code v}, or null when there is none. */
  private BigDecimal high(BigDecimal v) {
    return switch (this) {
      case EXACT, AT_MOST, NEARLY -> v;
      case ABOUT -> v.add(v.abs().multiply(ROUNDING));
      case AT_LEAST -> null;
    };
  }

  /**
   * Whether {@code a} committed to this way and {@code b} committed to {@code other}'s way can both be true: "over 3
   * million" and "3,2 millions" can; "300" and "330" cannot.
   */
  boolean overlaps(BigDecimal a, FigureBound other, BigDecimal b) {
    BigDecimal lowA = low(a);
    BigDecimal highA = high(a);
    BigDecimal lowB = other.low(b);
    BigDecimal highB = other.high(b);
    boolean aBelowB = highA != null && lowB != null && highA.compareTo(lowB) < 0;
    boolean bBelowA = highB != null && lowA != null && highB.compareTo(lowA) < 0;
    return !aBelowB && !bBelowA;
  }
}
