package org.entente.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.formats.InlineText;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;

class FuzzyScorerTest {
  static FuzzyScorer.Result score(String query, String source, String target) {
    return FuzzyScorer.score(AnalyzedText.of(InlineText.parseLenient(query), Language.FR),
        AnalyzedText.of(InlineText.parseLenient(source), Language.FR), InlineText.parseLenient(target), Language.EN, 0);
  }

  static List<String> reasons(FuzzyScorer.Result r) {
    return r.penalties().stream().map(TmMatch.Penalty::reason).toList();
  }

  @Test
  void identicalSegmentsScoreOneHundredWithoutPenalties() {
    var r = score("Le Groupe des plans nucléaires s'est réuni.", "Le Groupe des plans nucléaires s'est réuni.", "x");
    assertThat(r.score()).isEqualTo(100);
    assertThat(r.penalties()).isEmpty();
  }

  @Test
  void exactMatchIgnoresLeadingAndTrailingWhitespace() {
    assertThat(score("  Le Groupe se réunit. ", "Le Groupe se réunit.", "x").score()).isEqualTo(100);
  }

  @Test
  void oneWordInTenChangedGivesNinety() {
    var r = score("un deux trois quatre cinq six sept huit neuf dix", "un deux trois quatre cinq six sept huit neuf onze", "x");
    assertThat(r.similarity()).isEqualTo(90);
    assertThat(r.score()).isEqualTo(90);
  }

  @Test
  void similarityIsRoundedDownOverTheLongerSegment() {
    // 1 edit over 3 tokens: 66.67 → 66
    assertThat(score("le groupe nucléaire", "le groupe", "x").similarity()).isEqualTo(66);
  }

  @Test
  void caseAndPunctuationDifferencesCostOnePointEach() {
    var r = score("Le Groupe se réunit.", "le groupe se réunit", "x");
    assertThat(r.similarity()).isEqualTo(100);
    assertThat(reasons(r)).containsExactly("case", "punctuation");
    assertThat(r.score()).isEqualTo(100 - FuzzyScorer.CASE - FuzzyScorer.PUNCTUATION);
  }

  @Test
  void anInnerWhitespaceDifferenceCostsOnePoint() {
    var r = score("Le Groupe  se réunit.", "Le Groupe se réunit.", "x");
    assertThat(reasons(r)).containsExactly("whitespace");
    assertThat(r.score()).isEqualTo(99);
  }

  @Test
  void eachTagDifferenceCostsAPoint() {
    var r = score("Le Groupe se réunit.", "Le <bpt i=\"1\">&lt;b&gt;</bpt>Groupe<ept i=\"1\">&lt;/b&gt;</ept> se réunit.", "x");
    assertThat(r.similarity()).isEqualTo(100);
    assertThat(r.score()).isEqualTo(100 - 2 * FuzzyScorer.TAG);
  }

  @Test
  void numbersOfTheQueryAreSubstitutedIntoTheTargetWhenOnlyNumbersDiffer() {
    var r = score("L'Alliance compte 32 membres.", "L'Alliance compte 30 membres.", "The Alliance has 30 members.");
    assertThat(r.numbersSubstituted()).isTrue();
    assertThat(r.target().plain()).isEqualTo("The Alliance has 32 members.");
    assertThat(r.score()).isEqualTo(100);
  }

  @Test
  void numbersAreWrittenTheTargetLanguagesWay() {
    var r = score("Un budget de 1 500,5 millions.", "Un budget de 2 000,5 millions.", "A budget of 2,000.5 million.");
    assertThat(r.target().plain()).isEqualTo("A budget of 1,500.5 million.");
  }

  @Test
  void aNumberThatCannotBePlacedInTheTargetCostsTwoPoints() {
    var r = score("L'Alliance compte 32 membres.", "L'Alliance compte 30 membres.", "The Alliance has thirty members.");
    assertThat(r.numbersSubstituted()).isFalse();
    assertThat(r.score()).isEqualTo(100 - FuzzyScorer.NUMBER);
    assertThat(r.target().plain()).isEqualTo("The Alliance has thirty members.");
  }

  @Test
  void numbersAreNotSubstitutedWhenWordsDifferToo() {
    var r = score("L'Alliance compte 32 pays membres.", "L'Alliance compte 30 membres.", "The Alliance has 30 members.");
    assertThat(r.numbersSubstituted()).isFalse();
    assertThat(reasons(r)).contains("numbers (1 different)");
  }

  @Test
  void scoresStayWithinZeroToOneHundred() {
    var r = score("a <ph>x</ph><ph>y</ph><ph>z</ph>", "b", "x");
    assertThat(r.score()).isBetween(0, 100);
  }

  @Test
  void theBoundedSimilarityAgreesWithTheFullOneOnSeededRandomPairs() {
    long seed = System.nanoTime();
    System.out.println("FuzzyScorerTest seed: " + seed);
    java.util.Random r = new java.util.Random(seed);
    for (int k = 0; k < 2_000; k++) {
      List<String> a = new java.util.ArrayList<>();
      List<String> b = new java.util.ArrayList<>();
      for (int i = r.nextInt(12); i > 0; i--) a.add("w" + r.nextInt(6));
      for (int i = r.nextInt(12); i > 0; i--) b.add("w" + r.nextInt(6));
      int min = r.nextInt(101);
      int full = FuzzyScorer.similarity(a, b);
      assertThat(FuzzyScorer.similarityAtLeast(a, b, min)).as("%s vs %s at %d", a, b, min)
          .isEqualTo(full >= min ? full : -1);
    }
  }
}
