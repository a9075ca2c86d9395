package org.entente.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.text.Language;
import org.junit.jupiter.api.Test;

/** Figures the numeral reader takes that the checks' own readings must not choke on. */
class QuantitiesReadingTest {
  @Test
  void anEightCharacterDecimalIsNoPairOfGluedYears() {
    // "20,14202" once went to the glued-years reading, which parsed "20,1" and failed
    assertThat(QuantitiesTest.keys("20,14202", Language.FR)).containsExactly("20.14202");
    assertThat(QuantitiesTest.keys("20241.12", Language.EN)).containsExactly("20241.12");
    assertThat(QuantitiesTest.keys("20142020", Language.FR)).containsExactly("2014", "2020");
  }

  @Test
  void digitsOutsideTheBasicPlaneAfterAFigureAreReadAsItsDigits() {
    // 𝟐 (U+1D7D0) is a digit the tokenizer always took; the time, year and day readings skip such figures
    assertThat(QuantitiesTest.keys("1.\uD835\uDFD0", Language.EN)).containsExactly("1.2");
    assertThat(QuantitiesTest.keys("19\uD835\uDFD0\uD835\uDFD0\uD835\uDFD0", Language.FR)).containsExactly("19222");
    assertThat(QuantitiesTest.keys("March \uD835\uDFD0", Language.EN)).isEmpty();
  }
}
