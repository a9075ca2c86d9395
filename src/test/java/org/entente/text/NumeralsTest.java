package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.entente.text.Numerals.Convention;
import org.junit.jupiter.api.Test;

class NumeralsTest {
  private static final Convention FR = Convention.FRENCH;
  private static final Convention EN = Convention.ENGLISH;

  private static Numeral read(String text, Convention convention) {
    Numeral n = Numerals.read(text, 0, text.length(), convention);
    assertThat(n).as(text).isNotNull();
    assertThat(n.start()).isLessThan(n.end());
    assertThat(n.end()).isLessThanOrEqualTo(n.runEnd()).isLessThanOrEqualTo(text.length());
    return n;
  }

  private static BigDecimal value(String text, Convention convention) {
    return read(text, convention).value(text);
  }

  @Test
  void frenchGroupsWithAnySpaceAndPointAndWritesDecimalsWithAComma() {
    for (String space : new String[] {" ", "\u00A0", "\u202F", "\u2009"}) {
      String text = "1" + space + "234" + space + "567,5";
      assertThat(value(text, FR)).as(text).isEqualByComparingTo("1234567.5");
      assertThat(read(text, FR).span()).isEqualTo(new Span(0, text.length()));
    }
    assertThat(value("1.234.567", FR)).isEqualByComparingTo("1234567");
  }

  @Test
  void englishGroupsWithCommasAndNoBreakSpacesButNotPlainSpaces() {
    assertThat(value("1,234.5", EN)).isEqualByComparingTo("1234.5");
    assertThat(value("500\u00A0000", EN)).isEqualByComparingTo("500000");
    Numeral plain = read("500 000 troops", EN);
    assertThat(plain.span()).isEqualTo(new Span(0, 3));
    assertThat(plain.runEnd()).isEqualTo(3);
    assertThat(value("500 000", EN.withSpaceGroups())).isEqualByComparingTo("500000");
  }

  @Test
  void aCommaOrPointBeforeThreeDigitsGroupsInOneLanguageAndIsADecimalInTheOther() {
    assertThat(value("1,234", EN)).isEqualByComparingTo("1234");
    assertThat(value("1,234", FR)).isEqualByComparingTo("1.234");
    assertThat(value("1.234", EN)).isEqualByComparingTo("1.234");
    assertThat(value("1.234", FR)).isEqualByComparingTo("1234");
  }

  @Test
  void theOtherLanguagesDecimalMarkIsReadAsADecimalWhenItCannotGroup() {
    assertThat(value("26.73", FR)).isEqualByComparingTo("26.73");
    assertThat(value("8,25", EN)).isEqualByComparingTo("8.25");
  }

  @Test
  void groupingNeedsALeadOfAtMostThreeDigitsAndSpacesNeedExactlyThreeAfter() {
    Numeral year = read("2009 100 personnes", FR);
    assertThat(year.value("2009 100 personnes")).isEqualByComparingTo("2009");
    assertThat(year.end()).isEqualTo(4);
    assertThat(year.runEnd()).as("the run of groups goes on").isEqualTo(8);
    Numeral date = read("2024 12", FR);
    assertThat(date.end()).isEqualTo(4);
    assertThat(date.runEnd()).isEqualTo(4);
  }

  @Test
  void aDottedDateReadsItsFirstDecimalAndRunsToTheYear() {
    String text = "13.06.2024";
    Numeral n = read(text, FR);
    assertThat(n.value(text)).isEqualByComparingTo("13.06");
    assertThat(n.span()).isEqualTo(new Span(0, 5));
    assertThat(n.runEnd()).isEqualTo(10);
    assertThat(n.decimalAt()).isEqualTo(2);
    assertThat(n.digits(text)).isEqualTo("13062024");
    assertThat(n.digitsAndMarks(text)).isEqualTo("13,06,2024");
  }

  @Test
  void digitsAndMarksMakeTheSameKeyOfBothGroupings() {
    String fr = "1.000";
    String en = "1,000";
    assertThat(read(fr, FR).digitsAndMarks(fr)).isEqualTo(read(en, EN).digitsAndMarks(en)).isEqualTo("1,000");
    String spaced = "1\u00A0000,5";
    assertThat(read(spaced, FR).digitsAndMarks(spaced)).isEqualTo("1000,5");
    assertThat(read(spaced, FR).digits(spaced)).isEqualTo("10005");
  }

  @Test
  void aSignOpensTheNumeral() {
    assertThat(value("-3,5", FR)).isEqualByComparingTo("-3.5");
    assertThat(value("\u221212", EN)).isEqualByComparingTo("-12");
    assertThat(value("+4", EN)).isEqualByComparingTo("4");
    Numeral n = read("-1 000", FR);
    assertThat(n.negative()).isTrue();
    assertThat(n.span()).isEqualTo(new Span(0, 6));
    assertThat(n.digits("-1 000")).isEqualTo("1000");
  }

  @Test
  void noDigitNoNumeral() {
    assertThat(Numerals.read("-", 0, 1, FR)).isNull();
    assertThat(Numerals.read("- 3", 0, 3, FR)).isNull();
    assertThat(Numerals.read("abc", 0, 3, EN)).isNull();
    assertThat(Numerals.read("", 0, 0, EN)).isNull();
  }

  @Test
  void readingStopsAtTheBoundGiven() {
    String text = "1 234 567";
    Numeral n = Numerals.read(text, 0, 5, FR);
    assertThat(n.span()).isEqualTo(new Span(0, 5));
    assertThat(n.value(text)).isEqualByComparingTo("1234");
    assertThat(Numerals.read(text, 2, text.length(), FR).value(text)).isEqualByComparingTo("234567");
  }

  @Test
  void digitsOfOtherScriptsCountWithOffsetsInStringIndices() {
    String math = "\uD835\uDFD0\uD835\uDFCE\uD835\uDFD0\uD835\uDFD2"; // 𝟐𝟎𝟐𝟒
    Numeral n = read(math, EN);
    assertThat(n.span()).isEqualTo(new Span(0, 8));
    assertThat(n.value(math)).isEqualByComparingTo("2024");
    assertThat(value("\u0663", FR)).isEqualByComparingTo("3");
    assertThat(Numerals.digitsEnd(math, 0, 3)).as("a pair cut by the bound is no digit").isEqualTo(2);
  }

  @Test
  void readingIsLinearInTheNumeralsLength() {
    // counted reads of the text, not time: a long run of digits, of groups and of dotted parts
    for (String unit : new String[] {"7", " 000", ".1", ",123", ".12.3"}) {
      int n = 100_000;
      String text = "1" + unit.repeat(n);
      CountingText counted = new CountingText(text);
      Numeral numeral = Numerals.read(counted, 0, text.length(), FR);
      assertThat(numeral.runEnd()).as(unit).isEqualTo(text.length());
      assertThat(counted.reads).as("reads of %d chars of %s", text.length(), unit).isLessThan(8L * text.length());
      counted.reads = 0;
      numeral.digitsAndMarks(counted);
      assertThat(counted.reads).isLessThan(4L * text.length());
    }
  }

  /** A text that counts how often it is read. */
  private static final class CountingText implements CharSequence {
    private final String text;
    long reads;

    CountingText(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      reads += end - start;
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      reads += text.length();
      return text;
    }
  }
}
