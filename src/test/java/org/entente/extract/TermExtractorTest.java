package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.entente.testing.FakeTermBase;
import org.junit.jupiter.api.Test;

class TermExtractorTest {
  static final List<String[]> SENTENCES = List.of(
      new String[] {"Les Alliés ont adopté un nouveau plan de défense.", "Allies adopted a new defence plan."},
      new String[] {"Le plan de défense de la région est prêt.", "The defence plan for the region is ready."},
      new String[] {"Les plans de défense seront révisés en juin.", "The defence plans will be revised in June."},
      new String[] {"Ce plan de défense renforce la dissuasion.", "This defence plan strengthens deterrence."},
      new String[] {"Le Groupe des plans nucléaires s’est réuni à Bruxelles.", "The Nuclear Planning Group met in Brussels."},
      new String[] {"Le Groupe des plans nucléaires a examiné la dissuasion.", "The Nuclear Planning Group reviewed deterrence."},
      new String[] {"Une réunion du Groupe des plans nucléaires a eu lieu.", "A meeting of the Nuclear Planning Group took place."},
      new String[] {"Les ministres ont parlé de la dissuasion.", "Ministers spoke about deterrence."},
      new String[] {"Le temps était beau à Bruxelles.", "The weather was fine in Brussels."});

  static List<AlignedUnit> units(int copies) {
    List<AlignedUnit> out = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      for (int i = 0; i < SENTENCES.size(); i++) out.add(new AlignedUnit("u-" + c + "-" + i, SENTENCES.get(i)[0], SENTENCES.get(i)[1]));
    }
    return out;
  }

  static TermCandidate find(Extraction x, String fr) {
    return x.candidates().stream().filter(c -> ExtractionKeys.key(c.fr(), org.entente.text.Language.FR)
        .equals(ExtractionKeys.key(fr, org.entente.text.Language.FR))).findFirst()
        .orElseThrow(() -> new AssertionError("no candidate " + fr + " in " + x.candidates()));
  }

  static void assertInvariants(Extraction x, ExtractionOptions o) {
    assertThat(x.candidates()).hasSizeLessThanOrEqualTo(o.max());
    double previous = Double.MAX_VALUE;
    for (TermCandidate c : x.candidates()) {
      assertThat(c.score()).isLessThanOrEqualTo(previous);
      previous = c.score();
      assertThat(c.frequency()).isGreaterThanOrEqualTo(o.minFrequency());
      assertThat(c.contexts()).hasSizeBetween(1, 3);
      for (TermCandidate.Context u : c.contexts()) {
        assertThat(ExtractionKeys.keysIn(u.fr(), org.entente.text.Language.FR)).contains(ExtractionKeys.key(c.fr(), org.entente.text.Language.FR));
        assertThat(ExtractionKeys.keysIn(u.en(), org.entente.text.Language.EN)).contains(ExtractionKeys.key(c.en(), org.entente.text.Language.EN));
      }
    }
    assertThat(x.candidates().stream().map(c -> c.fr()).distinct().count()).as("one pair per French term").isEqualTo(x.candidates().size());
  }

  @Test
  void pairsMultiWordTermsAcrossInflectionAndWordOrder() {
    ExtractionOptions o = ExtractionOptions.DEFAULT.withMax(20);
    Extraction x = new TermExtractor(new FakeTermBase(List.of())).extract(UnitSource.of(units(2)), o, line -> { });
    assertInvariants(x, o);
    TermCandidate plan = find(x, "plan de défense");
    assertThat(ExtractionKeys.key(plan.en(), org.entente.text.Language.EN)).isEqualTo("defence plan");
    assertThat(plan.frequency()).isEqualTo(8); // four sentences, twice, plural included
    assertThat(plan.conceptId()).isNull();
    TermCandidate npg = find(x, "Groupe des plans nucléaires");
    assertThat(npg.en()).isEqualTo("Nuclear Planning Group");
    assertThat(x.units()).isEqualTo(18);
  }

  @Test
  void namesTheConceptTheTermbaseAlreadyHasAndWhetherThePairIsItsPreferredTerms() {
    Extraction x = new TermExtractor(FakeTermBase.nato()).extract(UnitSource.of(units(2)), ExtractionOptions.DEFAULT, line -> { });
    TermCandidate npg = find(x, "Groupe des plans nucléaires");
    assertThat(npg.conceptId()).isEqualTo("c-npg");
    assertThat(npg.matchesPreferred()).isTrue();
  }

  @Test
  void cognatesShareTheirFirstFourLettersAccentsAside() {
    assertThat(TranslationEvidence.cognates("défense", "defence")).isTrue();
    assertThat(TranslationEvidence.cognates("nucléaire", "nuclear")).isTrue();
    assertThat(TranslationEvidence.cognates("dissuasion", "deterrence")).isFalse();
    assertThat(TranslationEvidence.cognates("OTAN", "NATO")).isFalse();
    assertThat(new TranslationEvidence(new FakeTermBase(List.of())).of("plan de défense", "defence plan")).isEqualTo(1.0);
  }

  @Test
  void staysWithinItsMemoryBoundAndStillFindsTheFrequentTerms() {
    long seed = new Random().nextLong();
    System.out.println("TermExtractorTest seed " + seed);
    Random r = new Random(seed);
    List<AlignedUnit> all = new ArrayList<>(units(3));
    // 1,500 units with two made-up nouns each: far more distinct candidates than the bound of 1,000
    for (int i = 0; i < 1_500; i++) {
      String a = word(r);
      String b = word(r);
      all.add(new AlignedUnit("n-" + i, "Le " + a + " et la " + b + " sont arrivés.", "The " + a + " and the " + b + " arrived."));
    }
    ExtractionOptions o = new ExtractionOptions(20, 2, 1_000, null);
    List<String> progress = new ArrayList<>();
    Extraction x = new TermExtractor(new FakeTermBase(List.of())).extract(UnitSource.of(all), o, progress::add);
    assertThat(x.dropped()).as("seed " + seed).isPositive();
    assertThat(x.frenchCandidates()).isLessThan(1_000);
    assertThat(x.englishCandidates()).isLessThan(1_000);
    assertInvariants(x, o);
    assertThat(ExtractionKeys.key(find(x, "plan de défense").en(), org.entente.text.Language.EN)).isEqualTo("defence plan");
    assertThat(progress).anyMatch(l -> l.startsWith("pass 1 of 3")).anyMatch(l -> l.startsWith("pass 3 of 3"));
  }

  private static String word(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 8; i++) b.append((char) ('a' + r.nextInt(26)));
    return b.toString();
  }

  @Test
  void threadsAndTheTextCacheGiveTheSameCandidatesAsOneThreadAndATaggedSampleTheSamePairs() {
    // 225 units, more than one batch, so several batches are in flight at once; the first 27 hold every candidate
    List<AlignedUnit> all = units(25);
    ExtractionOptions o = ExtractionOptions.DEFAULT.withMax(20);
    Extraction baseline = new TermExtractor(FakeTermBase.nato()).extract(UnitSource.of(all), o.sequential(), line -> { });
    for (ExtractionOptions fast : List.of(o.withSpeed(4, Integer.MAX_VALUE, 0), o.withSpeed(3, Integer.MAX_VALUE, 5))) {
      Extraction x = new TermExtractor(FakeTermBase.nato()).extract(UnitSource.of(all), fast, line -> { });
      assertThat(x.candidates()).as(fast.toString()).isEqualTo(baseline.candidates());
    }
    // after the sample, a known candidate's lemma key counts wherever it occurs, not only where the tagger saw the
    // pattern: termhood (so scores and order) may move, the pairs and the units they share do not
    for (ExtractionOptions sample : List.of(o.withSpeed(3, 27, 5), o.withSpeed(1, 27, 100))) {
      Extraction x = new TermExtractor(FakeTermBase.nato()).extract(UnitSource.of(all), sample, line -> { });
      assertThat(x.candidates()).as(sample.toString()).extracting(c -> c.fr() + " = " + c.en() + " " + c.frequency())
          .containsExactlyInAnyOrderElementsOf(baseline.candidates().stream().map(c -> c.fr() + " = " + c.en() + " " + c.frequency()).toList());
    }
    assertThat(find(baseline, "plan de défense").frequency()).isEqualTo(100);
  }

  @Test
  void unitsAfterTheTaggedSampleAreCountedNotTagged() {
    ExtractionOptions o = ExtractionOptions.DEFAULT.withMax(20).withSpeed(2, 9, 0);
    Extraction x = new TermExtractor(new FakeTermBase(List.of())).extract(UnitSource.of(units(2)), o, line -> { });
    assertThat(find(x, "plan de défense").frequency()).isEqualTo(8);
    Extraction all = new TermExtractor(new FakeTermBase(List.of())).extract(UnitSource.of(units(2)), o.sequential(), line -> { });
    assertThat(x.tokens()).isEqualTo(all.tokens() / 2);
  }

  @Test
  void aMemoryWithNothingRepeatedGivesNoCandidate() {
    Extraction x = new TermExtractor(new FakeTermBase(List.of())).extract(UnitSource.of(units(1).subList(0, 1)),
        ExtractionOptions.DEFAULT, line -> { });
    assertThat(x.candidates()).isEmpty();
    assertThat(x.units()).isEqualTo(1);
  }
}
