package org.entente.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.entente.formats.InlineText;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;

class MatchRankerTest {
  private static final String[] WORDS = {"le", "plan", "de", "défense", "l'Alliance", "Plan", "navires", "13", "3",
      "avions", "et", "la", "posture", ",", "2024"};

  /**
   * Ranking best-similarity first and stopping when no unit left can enter gives exactly the matches, scores and
   * order of scoring every unit: random units with numbers, case and punctuation differences, duplicates, memory
   * penalties and priorities, in-context exact matches.
   */
  @Test
  void stoppingEarlyRanksAsScoringEveryUnit() {
    Random random = new Random(11);
    Map<String, MemoryInfo> configs = Map.of("default", new MemoryInfo("default", 0, 0, 0),
        "old", new MemoryInfo("old", 0, 3, 0), "best", new MemoryInfo("best", 5, 0, 0));
    String[] memories = {"default", "old", "best"};
    int compared = 0;
    int stoppedEarly = 0;
    for (int round = 0; round < 400; round++) {
      String source = sentence(random, 3 + random.nextInt(8));
      List<TranslationUnit> units = new ArrayList<>();
      int n = 5 + random.nextInt(60);
      for (int i = 0; i < n; i++) {
        String s = random.nextInt(3) == 0 ? source : random.nextInt(2) == 0 ? edit(random, source)
            : sentence(random, 3 + random.nextInt(8));
        TranslationUnit u = TranslationUnit.of(Language.FR, s, Language.EN, "Target " + (i % 7) + " " + s)
            .withId("u" + i).withMemory(memories[random.nextInt(3)])
            .withChange(Instant.ofEpochSecond(1_000 + random.nextInt(5)), "");
        if (random.nextInt(5) == 0) u = u.withProperties(u.properties(), new Context("Avant.", "Après."));
        units.add(u);
      }
      int min = new int[] {0, 50, 70, 90, 100}[random.nextInt(5)];
      int max = 1 + random.nextInt(10);
      LookupQuery q = new LookupQuery(source, Language.FR, random.nextBoolean() ? "Avant." : "", "Après.", min, max,
          random.nextInt(4) == 0 ? List.of("default", "best") : List.of());
      AnalyzedText query = AnalyzedText.of(InlineText.parseLenient(source), Language.FR);
      List<MatchRanker.Candidate> candidates = new ArrayList<>();
      for (TranslationUnit u : units) {
        int sim = FuzzyScorer.similarityAtLeast(query.terms(),
            AnalyzedText.of(u.text(Language.FR), Language.FR).terms(), Math.min(min, 100));
        if (sim >= 0) candidates.add(new MatchRanker.Candidate(u, sim));
      }
      // with no similarity known every unit's bound is 101: every unit is scored
      List<MatchRanker.Candidate> unknown = candidates.stream()
          .map(c -> new MatchRanker.Candidate(c.unit(), MatchRanker.Candidate.UNKNOWN)).toList();
      List<TmMatch> everyUnit = MatchRanker.rankCandidates(q, query, unknown, configs);
      List<TmMatch> early = MatchRanker.rankCandidates(q, query, candidates, configs);
      assertThat(early).as("round %d", round).isEqualTo(everyUnit);
      compared += everyUnit.size();
      if (candidates.size() > max && candidates.stream().anyMatch(c -> c.similarity() < 100)) stoppedEarly++;
    }
    assertThat(compared).isGreaterThan(500);
    assertThat(stoppedEarly).isGreaterThan(50);
  }

  private static String sentence(Random random, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    return b.append('.').toString();
  }

  private static String edit(Random random, String source) {
    String[] w = source.substring(0, source.length() - 1).split(" ");
    w[random.nextInt(w.length)] = WORDS[random.nextInt(WORDS.length)];
    return String.join(" ", w) + (random.nextBoolean() ? "." : " !");
  }
}
