package org.entente.text;

/**
 * Reads the numerals of French and English text, the one place that knows how digits are grouped and where the
 * decimals start: "1 234,5" (French) and "1,234.5" (English) are both 1234.5, "500 000" with a space, a no-break
 * space or a narrow no-break space is 500000. Callers keep their own policy on top (the tokenizer's token, the
 * checks' scales and dates, the aligner's and the termbase's keys).
 *
 * <p>A numeral is a run of digit groups joined by points, commas or grouping spaces; a space joins only a group of
 * exactly three digits ("500 000", not "2024 12"). Its value is read from the start of the run in the language's
 * {@link Convention}: the group mark or a space before three digits groups thousands after a lead of one to three
 * digits ("500 000", but "en 2009 100 personnes" is 2009); the decimal mark, or the group mark before other than
 * three digits (the other language's decimal mark in a translation: "26.73" in French), starts the decimals, once.
 * "1,234" is 1234 in English and 1.234 in French; "1.234" the reverse. Reading is linear in the numeral's length.
 */
public final class Numerals {
  private static final char NO_BREAK_SPACE = '\u00A0';
  private static final char NARROW_NO_BREAK_SPACE = '\u202F';
  private static final char THIN_SPACE = '\u2009';
  private static final char MINUS = '\u2212';

  /**
   * How a language writes numerals: its decimal mark, its group mark, and whether a plain space groups thousands
   * as the no-break spaces always do ("500 000" in French; in English only where a caller allows it).
   */
  public record Convention(char decimalMark, char groupMark, boolean spaceGroups) {
    /** "1 234,5", "1.234" (1234), "500 000". */
    public static final Convention FRENCH = new Convention(',', '.', true);
    /** "1,234.5", "1,234" (1234); "500 000" is two numbers. */
    public static final Convention ENGLISH = new Convention('.', ',', false);

    public Convention {
      if (decimalMark == groupMark || ".,".indexOf(decimalMark) < 0 || ".,".indexOf(groupMark) < 0) {
        throw new IllegalArgumentException("the decimal and group marks are a point and a comma, one each");
      }
    }

    public static Convention of(Language language) {
      return language == Language.FR ? FRENCH : ENGLISH;
    }

    /** The same convention with plain spaces grouping thousands too: an English translation may keep "500 000". */
    public Convention withSpaceGroups() {
      return new Convention(decimalMark, groupMark, true);
    }
  }

  private Numerals() {}

  /**
   * The numeral of {@code text} that starts at {@code at} (on a digit, or on a sign before one), read no further
   * than {@code to}; null when there is none.
   */
  public static Numeral read(CharSequence text, int at, int to, Convention convention) {
    if (at < 0 || at >= to || to > text.length()) return null;
    char first = text.charAt(at);
    boolean signed = first == '-' || first == MINUS || first == '+';
    int i = signed ? at + 1 : at;
    if (!isDigitAt(text, i, to)) return null;
    int leadEnd = digitsEnd(text, i, to);
    boolean shortLead = Character.codePointCount(text, i, leadEnd) <= 3;
    i = leadEnd;
    int end = i;
    int decimalAt = -1;
    boolean reading = true;
    while (i + 1 < to) {
      char c = text.charAt(i);
      boolean space = isGroupSpace(c, convention);
      if (!(space || c == '.' || c == ',') || !isDigitAt(text, i + 1, to)) break;
      int j = digitsEnd(text, i + 1, to);
      boolean three = Character.codePointCount(text, i + 1, j) == 3;
      if (space && !three) break;
      if (reading) {
        if ((space || c == convention.groupMark()) && decimalAt < 0 && three && shortLead) {
          end = j;
        } else if (decimalAt < 0 && (c == convention.decimalMark() || c == convention.groupMark() && !three)) {
          decimalAt = i;
          end = j;
        } else {
          reading = false;
        }
      }
      i = j;
    }
    return new Numeral(at, end, i, decimalAt, signed && first != '+');
  }

  /** The end of the run of digits of {@code text} from {@code at}, walking code points ({@code 𝟐𝟎𝟐𝟒} is four digits). */
  public static int digitsEnd(CharSequence text, int at, int to) {
    int i = at;
    while (isDigitAt(text, i, to)) i += Character.charCount(Character.codePointAt(text, i));
    return i;
  }

  /** Whether a digit starts at {@code i} (before {@code to}): ASCII or any script's ("٣", "𝟐"). */
  public static boolean isDigitAt(CharSequence text, int i, int to) {
    if (i >= to) return false;
    int cp = Character.codePointAt(text, i);
    return Character.isDigit(cp) && i + Character.charCount(cp) <= to;
  }

  /** Whether {@code c} groups thousands: a no-break, narrow no-break or thin space, or a plain one if allowed. */
  public static boolean isGroupSpace(char c, Convention convention) {
    return c == NO_BREAK_SPACE || c == NARROW_NO_BREAK_SPACE || c == THIN_SPACE || c == ' ' && convention.spaceGroups();
  }
}
