package org.entente.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
  static List<String> keys(String text, Language lang) {
    return Quantities.find(text, 0, text.length(), lang).stream().filter(q -> !q.word()).map(Quantity::key).toList();
  }

  @Test
  void amountsWithScaleWordsHaveTheSameValueInBothLanguages() {
    assertThat(keys("40 milliards d’euros", Language.FR)).containsExactly("40000000000");
    assertThat(keys("€40 billion ($43.3 billion)", Language.EN)).containsExactly("40000000000", "43300000000");
    assertThat(keys("$43.3bn and €2m", Language.EN)).containsExactly("43300000000", "2000000");
    assertThat(keys("un milliard de dollars", Language.FR)).isEmpty();
  }

  @Test
  void groupingAndDecimalsFollowEachLanguage() {
    assertThat(keys("500 000 soldats, 1.000 chars, 40,5 %", Language.FR)).containsExactly("500000", "1000", "40.5");
    assertThat(keys("500,000 troops, 40.5%", Language.EN)).containsExactly("500000", "40.5");
    assertThat(keys("500\u202F000", Language.FR)).containsExactly("500000");
  }

  @Test
  void datesGiveDayMonthAndYear() {
    assertThat(keys("le 12 juin 2024", Language.FR)).containsExactly("12", "month:6", "2024");
    assertThat(keys("on 12 June 2024", Language.EN)).containsExactly("12", "month:6", "2024");
    assertThat(keys("15 Feb. 2023", Language.EN)).containsExactly("15", "month:2", "2023");
    assertThat(keys("13.06.2024", Language.FR)).containsExactly("13", "month:6", "2024");
    assertThat(keys("March 30, 2024", Language.EN)).containsExactly("month:3", "30", "2024");
  }

  @Test
  void monthNamesAwayFromFiguresAndTheModalMayAreNotDates() {
    assertThat(keys("Allies may agree in March", Language.EN)).isEmpty();
    assertThat(keys("Les Alliés en mars", Language.FR)).isEmpty();
  }

  @Test
  void ordinalsAreTheirNumber() {
    assertThat(keys("le 75e anniversaire, le 1er juillet", Language.FR)).containsExactly("75", "1", "month:7");
    assertThat(keys("the 75th anniversary, 1st July", Language.EN)).containsExactly("75", "1", "month:7");
  }

  @Test
  void numbersWrittenAsWordsAreKeptApartAsConfirmations() {
    List<Quantity> q = Quantities.find("a two-day meeting of around fifty countries", 0, 43, Language.EN);
    assertThat(q).allMatch(Quantity::word);
    assertThat(q).extracting(Quantity::key).contains("2", "50");
  }

  @Test
  void englishRenderingOfAFigure() {
    assertThat(Quantities.english(Quantities.find("40 milliards", 0, 12, Language.FR).get(0))).isEqualTo("40 billion");
    assertThat(Quantities.english(Quantities.find("500 000", 0, 7, Language.FR).get(0))).isEqualTo("500,000");
    assertThat(Quantities.english(Quantities.find("juin 2024", 0, 9, Language.FR).get(0))).isEqualTo("June");
  }
}
