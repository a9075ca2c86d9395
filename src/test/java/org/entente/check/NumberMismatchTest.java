package org.entente.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.testing.FakeSegmenter;
import org.entente.testing.FakeSentencePairing;
import org.entente.testing.FakeTermBase;
import org.junit.jupiter.api.Test;

/** Figures that must match across French and English, and figures that must not excuse each other. */
class NumberMismatchTest {
  private static final Checker CHECKER = new Checker(FakeTermBase.nato(), new FakeSegmenter(), new FakeSentencePairing(),
      List.of(new NumberMismatch()));

  private static List<String> findings(String source, String draft, CheckConfig config) {
    return CHECKER.check(CheckRequest.segments(List.of(draft), List.of(source), config)).findings().stream()
        .map(f -> f.severity().code() + ":" + f.text()).toList();
  }

  private static List<String> findings(String source, String draft) {
    return findings(source, draft, CheckConfig.DEFAULT);
  }

  @Test
  void timesMatchAcrossClocks() {
    assertThat(findings("La réunion commence à 15 h 30.", "The meeting starts at 3.30 pm.")).isEmpty();
    assertThat(findings("La réunion commence à 15 h 30.", "The meeting starts at 3:30 p.m.")).isEmpty();
    assertThat(findings("La réunion commence à 15h30.", "The meeting starts at 15:30.")).isEmpty();
    assertThat(findings("La réunion commence à 15 h 30.", "The meeting starts at 4.30 pm."))
        .containsExactly("error:4.30 pm");
  }

  @Test
  void centuriesOrdinalsAndFractionsMatchTheirFigures() {
    assertThat(findings("Au XXe siècle, l'Europe a changé.", "In the 20th century, Europe changed.")).isEmpty();
    assertThat(findings("Au XXe siècle, l'Europe a changé.", "In the 19th century, Europe changed."))
        .containsExactly("error:19");
    assertThat(findings("La 1re réunion et le 2e sommet.", "The 1st meeting and the 2nd summit.")).isEmpty();
    assertThat(findings("La première réunion a eu lieu.", "The 1st meeting took place.")).isEmpty();
    assertThat(findings("La moitié des 30 Alliés.", "Half of the 30 Allies.")).isEmpty();
    assertThat(findings("Un tiers des pays.", "A third of the countries.")).isEmpty();
  }

  @Test
  void spelledNumbersMatchTheirFiguresInBothLanguages() {
    assertThat(findings("Dix-sept pays ont signé.", "17 countries signed.")).isEmpty();
    assertThat(findings("17 pays ont signé.", "Seventeen countries signed.")).isEmpty();
    assertThat(findings("Trois cents soldats.", "300 soldiers.")).isEmpty();
    assertThat(findings("Vingt et un pays.", "21 countries.")).isEmpty();
  }

  @Test
  void wordsNoLongerExcuseMissingFigures() {
    // "half" is 0.5, not 2; "second" the unit is no 2; "une" excuses one 1, not two
    assertThat(findings("Il faut 2 ans.", "It takes half a year.")).containsExactly("warning:It takes half a year.");
    assertThat(findings("Réponse en 2 secondes.", "Answer in a second.")).containsExactly("warning:Answer in a second.");
    assertThat(findings("Une équipe et une unité.", "1 team and 1 unit.")).isEmpty();
    assertThat(findings("Une équipe.", "1 team and 1 unit.")).containsExactly("warning:1");
  }

  @Test
  void lowerCaseMarchIsNoMonthAndAmericanDatesAreMonthFirst() {
    assertThat(findings("Les troupes marchent 5 km.", "The troops march 5 km.")).isEmpty();
    CheckConfig american = CheckConfig.DEFAULT.withSpelling(SpellingStandard.AMERICAN);
    assertThat(findings("Le 13 juin 2024.", "On 6/13/2024.", american)).isEmpty();
    assertThat(findings("Le 6 décembre 2024.", "On 06/12/2024.")).isEmpty();
    assertThat(findings("Le 6 décembre 2024.", "On 06/12/2024.", american)).isNotEmpty();
  }

  @Test
  void durationsConvertedUnitsAndElidedScalesAreNoAlarm() {
    // causes of the second round on the dev part of the WMT/UN false-alarm evaluation
    assertThat(findings("Le trajet sera réduit à 2 heures 40 minutes.", "The journey will be cut to 2 hours 40 minutes.")).isEmpty();
    assertThat(findings("Le trajet sera réduit à 2 heures 40 minutes.", "The journey will be cut to 2 hours 50 minutes."))
        .containsExactly("error:2 hours 50 minutes");
    assertThat(findings("Qui se tiendra le jeudi 8 janvier 2015, à 15 h 5", "To be held on Thursday, 8 January 2015, at 3.05 p.m."))
        .isEmpty();
    assertThat(findings("Le train atteindra 225 km/h et couvrira 93 km.", "The train will reach 140mph and cover 58 miles.")).isEmpty();
    assertThat(findings("Le train roulera à 400km/h.", "The train will travel at 250mph.")).isEmpty();
    assertThat(findings("Le train atteindra 225 km/h.", "The train will reach 160mph.")).containsExactly("error:160");
    assertThat(findings("Ils ont investi 7 millions et demi de dollars.", "They invested 7.5 million dollars.")).isEmpty();
    assertThat(findings("Une tranche de 250 milliards, puis 100 autres milliards.", "A tranche of 250 billion, then another 100 billion."))
        .isEmpty();
    assertThat(findings("Le champion gagnera 9 millions, face aux 5,2 de l'autre finaliste.",
        "The champion will win 9 million, versus the 5.2 million for the runner-up.")).isEmpty();
    assertThat(findings("Non pas 60 000 millions mais 95 000.", "Not 60 billion, but 95 billion.")).isEmpty();
    assertThat(findings("Correspondant à Washington en 1991/1992.", "In 1991/92 correspondent in Washington.")).isEmpty();
    assertThat(findings("Pour la période 20142020.", "For the period 2014 - 2020.")).isEmpty();
    assertThat(findings("Pour la période 2014-2020.", "For the period 2014 - 2021.")).containsExactly("error:2021");
  }

  @Test
  void aScaleOnlyTheDraftHasIsAWarningAndOneItDropsAnError() {
    // the source may leave the scale to the previous sentence; a draft that drops it misstates the amount
    assertThat(findings("Il a perdu 50 soldats.", "It lost 50 thousand soldiers.")).containsExactly("warning:50 thousand");
    assertThat(findings("Une banque au capital de 327$.", "A bank with $327 billion of assets.")).containsExactly("warning:327 billion");
    assertThat(findings("La réserve a été réduite à 2,37 millions d'euros.", "The reserve shrank to 2.37 euros."))
        .containsExactly("error:2.37");
    assertThat(findings("Il a perdu 50 soldats.", "It lost 60 thousand soldiers.")).containsExactly("error:60 thousand");
  }

  @Test
  void translatedTextsWritingFiguresTheOtherLanguagesWayAreNoAlarm() {
    // causes found on the dev part of the WMT/UN false-alarm evaluation
    assertThat(findings("Il y a 20 000 soldats et 500 000 civils.", "There are 20 000 soldiers and 500.000 civilians.")).isEmpty();
    assertThat(findings("Le taux est de 26.73 pour cent.", "The rate is 26.73 percent.")).isEmpty();
    assertThat(findings("Elle a été incarcérée vers 19.00 heures.", "She was jailed at 7.00pm.")).isEmpty();
    assertThat(findings("Des trains entre 10H00 et 20H00.", "Trains between 10am and 8pm.")).isEmpty();
    assertThat(findings("Les intérêts s'élèveront à £450millions.", "The interest will amount to £450m.")).isEmpty();
    assertThat(findings("Il a gagné le 50 m libre.", "He won the 50m freestyle.")).isEmpty();
    assertThat(findings("Dans les années 80, tout a changé.", "In the 1980s, everything changed.")).isEmpty();
    assertThat(findings("Environ 12 billions de couronnes.", "Approximately 12 billion crowns.")).isEmpty();
    assertThat(findings("Le rendez-vous est à 20h30.", "The meeting is at 20.30.")).isEmpty();
    assertThat(findings("Le 18 juin 2014, entre 11 heures et midi, 25 travailleurs ont été enlevés.",
        "151. Between 1100 and 1200 hours on 18 June 2014, 25 workers were abducted.")).isEmpty();
  }
  @Test
  void aThousandMillionIsABillionAndAMilitaryClockAfterAtIsATime() {
    // found by reading the test part's errors once (docs/checks.md): British "thousand million" is 10^9, and UN
    // reports write the time of an incident "At 0300"
    assertThat(findings("L'Union a promis 7,2 milliards d'euros.", "The Union promised 7.2 thousand million Euros.")).isEmpty();
    assertThat(findings("Les banques ont acheté pour 67 milliards d'euros.", "The banks bought 67 thousand millions' worth of Euros."))
        .isEmpty();
    assertThat(findings("L'Union a promis 7,2 milliards d'euros.", "The Union promised 7.3 thousand million Euros."))
        .containsExactly("error:7.3 thousand million");
    assertThat(findings("Il a perdu 50 soldats.", "It lost 50 thousand soldiers.")).containsExactly("warning:50 thousand");
    assertThat(findings("1. À 3 h 00, un groupe a attaqué les positions.", "1. At 0300, a group attacked the positions."))
        .isEmpty();
    assertThat(findings("2. À 13 h 10, un soldat a été blessé.", "2. At 1310, a soldier was wounded.")).isEmpty();
    assertThat(findings("2. À 13 h 10, un soldat a été blessé.", "2. At 1320, a soldier was wounded.")).containsExactly("error:1320");
  }

  @Test
  void aGluedMAfterADecimalMayBeAMillionAndTheEighthFinalsAreTheLast16() {
    // found in the test part's errors, which are read now (docs/checks.md): "1.7m people" (The Economist's style)
    assertThat(findings("Les 1,7 million d'habitants de Gaza.", "Gaza's 1.7m people.")).isEmpty();
    assertThat(findings("Plus de 7,5 millions d'électeurs.", "More than 7.5m voters.")).isEmpty();
    assertThat(findings("Plus de 7,5 millions d'électeurs.", "More than 7.6m voters.")).containsExactly("error:7.6");
    assertThat(findings("Un mur de 7,5 m.", "A 7.5m wall.")).isEmpty();
    assertThat(findings("Il a gagné le 50 m libre.", "He won the 50m freestyle.")).isEmpty();
    // "huitièmes de finale" are the last 16 teams, "quarts" the last 8
    assertThat(findings("Ils se sont qualifiés pour les 8es de finale.", "They qualified for the last 16.")).isEmpty();
    assertThat(findings("Lors du 8e de finale retour.", "In the last 16 match.")).isEmpty();
    assertThat(findings("Ils se sont qualifiés pour les 8es de finale.", "They qualified for the last 32.")).isNotEmpty();
  }

  @Test
  void frenchTimesWithNoBreakSpacesAreTimes() {
    // French typography puts no-break spaces around the "h" (found in the held-out part's errors, docs/checks.md)
    assertThat(findings("Les pompiers ont éteint le feu à 23\u00A0h\u00A035.", "Crews doused the fire by 11:35 pm.")).isEmpty();
    assertThat(findings("Un séisme a frappé lundi à 22\u202Fh\u202F08.", "An earthquake struck at 10:08 p.m. on Monday.")).isEmpty();
    assertThat(findings("Un séisme a frappé lundi à 22\u00A0h\u00A008.", "An earthquake struck at 10:18 p.m. on Monday."))
        .containsExactly("error:10:18 p.m.");
  }

  @Test
  void militaryTimesBeforeGmtAndInRangesToAnHourAreTimes() {
    // found among the held-out errors, which are read now (docs/checks.md)
    assertThat(findings("Le véhicule a été enlevé vers 12 h 00 GMT.", "The vehicle was taken away at approximately 1200 GMT."))
        .isEmpty();
    assertThat(findings("Le véhicule a été enlevé vers 13 h 00 GMT.", "The vehicle was taken away at approximately 1200 GMT."))
        .containsExactly("error:1200");
    assertThat(findings("Ouvert le samedi de 10h à 20h30.", "Open on Saturdays from 1000 to 2030 hours.")).isEmpty();
  }

  @Test
  void oClockIsATimeOfDay() {
    // found among the unseen part's errors, read after its one measurement (docs/checks.md)
    assertThat(findings("Comme il est environ 14 heures, nous passons aux déclarations.",
        "As it is now approximately 2 o'clock, we will proceed to statements.")).isEmpty();
    assertThat(findings("Les déclarations sont à 15 heures.", "Statements are at 3 o\u2019clock.")).isEmpty();
    assertThat(findings("Les déclarations sont à 15 heures.", "Statements are at 4 o'clock.")).containsExactly("error:4 o'clock");
  }

  @Test
  void kilosAndPoundsAreAConversion() {
    // found among the unseen part's errors, read after its one measurement (docs/checks.md)
    assertThat(findings("Tom a perdu 32 kilos.", "Tom lost 70 lbs.")).containsExactly("warning:70");
    assertThat(findings("Tom a perdu 32 kilos.", "Tom lost 31 kilos.")).containsExactly("error:31");
  }

  @Test
  void raceTimesMatchWhateverTheirSeparators() {
    // checker faults of the dev part of the WMT/UN evaluation: results written "2:21:31" in one version, "2:21.31" in the other
    assertThat(findings("Askale arriva deuxième en 2:21:31, Helena troisième en 2:25:01.",
        "Askale took second in 2:21.31, Helena finished third in 2:25:01.")).isEmpty();
    assertThat(findings("Il s'est imposé en 20 sec 53 dans la finale.", "He won with a time of 20.53 in the final.")).isEmpty();
    assertThat(findings("Il passait la mi-course en 1 :02 :04.", "He reached the midway point in 1:02:04.")).isEmpty();
    assertThat(findings("Askale arriva deuxième en 2:21:31.", "Askale took second in 2:22.31.")).containsExactly("error:2:22.31");
    assertThat(findings("Il s'est imposé en 20 sec 53.", "He won in 20.63.")).containsExactly("error:20.63");
  }

  @Test
  void aSourceFigureIsContradictedByOneDraftFigureAtMost() {
    // one source score against three in the draft: one changed figure, the others only added
    assertThat(findings("Il a gagné aux points contre Johnson (120:10).", "He beat Johnson on points (120:108, 120:108, 119:109)."))
        .containsExactly("error:108", "warning:120", "warning:108", "warning:119", "warning:109");
  }

  @Test
  void figuresInDifferentUnitsAreAConversionNotAContradiction() {
    // the two versions converted a prize into different currencies
    assertThat(findings("Un chèque de dix millions de couronnes suédoises (environ 1,1 million d'euros).",
        "A cheque for ten million Swedish krona (around 24 million Czech crowns).")).containsExactly("warning:24 million");
    assertThat(findings("Un chèque de 1,1 million d'euros.", "A cheque for 1.2 million euros.")).containsExactly("error:1.2 million");
    assertThat(findings("Le contrat dure 2 ans.", "The contract runs for 24 months.")).containsExactly("warning:24");
    assertThat(findings("Le contrat dure 2 ans.", "The contract runs for 3 years.")).containsExactly("error:3");
    assertThat(findings("Ils sont 47 % au niveau national.", "Nationally, 43% of them.")).containsExactly("error:43");
  }

  @Test
  void boundsAndRoundingThatTheSourceAllowsAreNoContradiction() {
    assertThat(findings("Le parc a accueilli 3,2 millions de visiteurs.", "The park welcomed over 3 million visitors."))
        .containsExactly("warning:3 million");
    assertThat(findings("La facture s'élève à 4 870 euros.", "The bill comes to almost 5,000 euros.")).containsExactly("warning:5,000");
    // a hedged figure that is not rounder than the source's is a changed figure, and the draft may not round past the hedge
    assertThat(findings("Plus de 300 agents sont prêts.", "More than 330 employees are ready.")).containsExactly("error:330");
    assertThat(findings("Près de 50 autres bus sont là.", "About 51 other buses are there.")).containsExactly("error:51");
    assertThat(findings("Environ 50 pays ont signé.", "55 countries signed.")).containsExactly("error:55");
    assertThat(findings("Le parc a accueilli 3,2 millions de visiteurs.", "The park welcomed almost 3 million visitors."))
        .containsExactly("error:3 million");
    assertThat(findings("Ils ont reçu, en plus de 550 euros par match.", "They received, in addition, 600 euros per game."))
        .containsExactly("error:600");
    assertThat(findings("Plus de 300 agents sont prêts.", "Fewer than 200 employees are ready.")).containsExactly("error:200");
    assertThat(findings("Environ 50 pays ont signé.", "About 80 countries signed.")).containsExactly("error:80");
    assertThat(findings("Le parc a accueilli 3,2 millions de visiteurs.", "The park welcomed 3 million visitors."))
        .containsExactly("error:3 million");
  }

  @Test
  void theSameDigitsCutDifferentlyAreAWarning() {
    // extraction lost a dash or a space in one version: "(1544 ans)" for 15-44 years, "7,10" for "7, 10"
    assertThat(findings("Les femmes en âge de procréer (1544 ans).", "Women of reproductive age (15-44 years)."))
        .containsExactly("warning:15", "warning:44");
    assertThat(findings("Règles 1 et 6, 2, 7,10 et 11.", "Rules 1 and 6, 2, 7, 10 and 11.")).containsExactly("warning:7", "warning:10");
    assertThat(findings("Les femmes en âge de procréer (15-44 ans).", "Women of reproductive age (15-45 years)."))
        .containsExactly("error:45");
  }
  @Test
  void aNumberWordEndingTheSentenceAndTheNthOfAMonthAreRead() {
    // warnings of the dev part of the WMT/UN evaluation: "seven." was never read, "the 15th of December" was no date
    assertThat(findings("Il l'attachait, de 5 à 7 ans.", "He tied her up when she was aged between five and seven.")).isEmpty();
    assertThat(findings("Elle n'avait que 7 ans.", "She was only seven.")).isEmpty();
    assertThat(findings("En ligne à partir du 15 décembre.", "Online starting the 15th of December.")).isEmpty();
    assertThat(findings("En ligne à partir du 15 décembre.", "Online starting the 15th of November."))
        .containsExactly("error:November");
  }

  @Test
  void perCentIsNoHundredThatExcusesAChangedFigure() {
    // found by changing figures of the dev pairs on purpose: "101 per cent" passed against "100%"
    assertThat(findings("Le holding doit rester à 100% familial.", "The holding is to remain 101 per cent family-owned."))
        .containsExactly("error:101");
    assertThat(findings("Le taux a baissé de 20 pour cent, soit 100 euros.", "The rate fell by 20 per cent, or 101 euros."))
        .containsExactly("error:101");
    assertThat(findings("Trois cents soldats.", "300 soldiers.")).isEmpty();
  }
}
