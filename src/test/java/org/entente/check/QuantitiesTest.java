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

  @Test
  void timesOfDayHaveOneValueWhateverTheClock() {
    assertThat(keys("à 15 h 30, puis à 15h30 et à 9 h", Language.FR)).containsExactly("time:15:30", "time:15:30", "time:9:00");
    assertThat(keys("at 3.30 pm, 3:30 p.m., 15:30 and 3 PM", Language.EN))
        .containsExactly("time:15:30", "time:15:30", "time:15:30", "time:15:00");
    assertThat(Quantities.find("at 3:30", 0, 7, Language.EN).get(0).alternatives()).containsExactly("time:15:30");
    assertThat(Quantities.find("pendant 15 h", 0, 12, Language.FR).get(0).alternatives()).containsExactly("15");
    assertThat(keys("les 3 hélicoptères", Language.FR)).containsExactly("3");
  }

  @Test
  void centuriesAndOrdinalsAreTheirNumber() {
    assertThat(keys("au XXe siècle et au XXIe", Language.FR)).containsExactly("20", "21");
    assertThat(keys("in the 20th century", Language.EN)).containsExactly("20");
    assertThat(keys("la 1re et la 2e réunion, le 1er mai", Language.FR)).containsExactly("1", "2", "1", "month:5");
    assertThat(keys("Me Dupont et Ce document", Language.FR)).isEmpty();
  }

  @Test
  void spelledNumbersCombineAndFractionsAreFractions() {
    assertThat(words("dix-sept, vingt et un, trois cents, quatre-vingt-dix, deux mille", Language.FR))
        .containsExactly("17", "21", "300", "90", "2000");
    assertThat(words("seventeen, twenty-one, two hundred, three thousand, the twenty-third", Language.EN))
        .containsExactly("17", "21", "200", "3000", "23");
    assertThat(words("la moitié, un quart, un tiers", Language.FR)).containsExactly("0.5", "1", "0.25", "1", "0.3333");
    assertThat(words("half, a quarter, a third", Language.EN)).containsExactly("0.5", "0.25", "3");
  }

  @Test
  void secondAsAUnitOfTimeIsNoOrdinal() {
    assertThat(words("the second meeting", Language.EN)).containsExactly("2");
    assertThat(words("wait a second, per second", Language.EN)).isEmpty();
    assertThat(words("une seconde", Language.FR)).containsExactly("1");
  }

  @Test
  void monthsCountOnlyInADate() {
    assertThat(keys("the troops march 5 km", Language.EN)).containsExactly("5");
    assertThat(keys("On March 5 the ministers met", Language.EN)).containsExactly("month:3", "5");
    assertThat(keys("le 5 mars et en mars", Language.FR)).containsExactly("5", "month:3");
    assertThat(keys("Mars 2 est une sonde", Language.FR)).containsExactly("2");
    assertThat(keys("Photo publiée le Saturday, March 30, 2024.", Language.FR)).containsExactly("month:3", "30", "2024");
  }

  @Test
  void slashedDatesAreMonthFirstOnlyInAmericanEnglish() {
    List<String> gb = Quantities.find("on 06/12/2024", 0, 13, Language.EN, false).stream().map(Quantity::key).toList();
    List<String> us = Quantities.find("on 06/12/2024", 0, 13, Language.EN, true).stream().map(Quantity::key).toList();
    assertThat(gb).containsExactly("6", "month:12", "2024");
    assertThat(us).containsExactly("month:6", "12", "2024");
    assertThat(Quantities.find("on 13/06/2024", 0, 13, Language.EN, true).stream().map(Quantity::key))
        .containsExactly("13", "month:6", "2024");
    assertThat(keys("le 2024-06-12", Language.FR)).containsExactly("2024", "month:6", "12");
  }

  static List<String> words(String text, Language lang) {
    return Quantities.find(text, 0, text.length(), lang).stream().filter(Quantity::word).map(Quantity::key).toList();
  }
}
