package org.entente.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.formats.InlineText;
import org.entente.text.Language;
import org.apache.lucene.util.BytesRef;
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

  @Test
  void boundedSimilarityEqualsTheFullEditDistanceOnRandomSequences() {
    java.util.Random random = new java.util.Random(7);
    String[] words = {"plan", "de", "défense", "l'", "alliance", "#", "é", "ſ", "𝟐", "nato"};
    int checked = 0;
    for (int round = 0; round < 3_000; round++) {
      List<String> query = randomTerms(random, words, random.nextInt(12));
      List<String> stored = random.nextInt(4) == 0 ? mutate(random, query, words) : randomTerms(random, words, random.nextInt(14));
      SimilarityBound bound = new SimilarityBound(query);
      BytesRef sequence = new BytesRef(String.join(UnitCodec.SEP, stored));
      for (int min : new int[] {0, 1, 30, 50, 70, 90, 100}) {
        int full = FuzzyScorer.similarity(query, stored);
        int expected = full >= min ? full : -1;
        assertThat(bound.similarity(sequence, min)).as("%s vs %s at %d", query, stored, min).isEqualTo(expected);
        assertThat(FuzzyScorer.similarityAtLeast(query, stored, min)).as("list %s vs %s at %d", query, stored, min)
            .isEqualTo(expected);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(21_000);
  }

  @Test
  void preparedBoundReadsASequenceInsideALargerBuffer() {
    SimilarityBound bound = new SimilarityBound(List.of("plan", "de", "défense"));
    byte[] bytes = ("xx" + String.join(UnitCodec.SEP, "plan", "de", "défense") + "yy")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(bound.similarity(new BytesRef(bytes, 2, bytes.length - 4), 100)).isEqualTo(100);
    assertThat(bound.similarity(new BytesRef(bytes, 2, bytes.length - 3), 100)).isEqualTo(-1);
  }

  private static List<String> randomTerms(java.util.Random random, String[] words, int n) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) out.add(words[random.nextInt(words.length)]);
    return out;
  }

  private static List<String> mutate(java.util.Random random, List<String> query, String[] words) {
    List<String> out = new java.util.ArrayList<>(query);
    int edits = random.nextInt(3);
    for (int e = 0; e < edits && !out.isEmpty(); e++) {
      int at = random.nextInt(out.size());
      switch (random.nextInt(3)) {
        case 0 -> out.set(at, words[random.nextInt(words.length)]);
        case 1 -> out.remove(at);
        default -> out.add(at, words[random.nextInt(words.length)]);
      }
    }
    return out;
  }
}
