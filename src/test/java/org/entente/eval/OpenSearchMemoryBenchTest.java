package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entente.memory.TmMatch;
import org.junit.jupiter.api.Test;

class OpenSearchMemoryBenchTest {
  static TmMatch match(String id, String source, int score) {
    return new TmMatch(id, "default", source, "Rejection of motion", score, null);
  }

  @Test
  void tiesAtTheCutCountByNumberBecauseTheStoresBreakThemByDifferentIds() {
    List<TmMatch> due = new ArrayList<>(List.of(match("a1", "Rejet de la motion no 128", 100)));
    List<TmMatch> got = new ArrayList<>(List.of(match("b1", "Rejet de la motion no 128", 100)));
    for (int i = 0; i < 4; i++) due.add(match("a" + (i + 2), "Rejet de la motion no " + i, 81));
    for (int i = 10; i < 14; i++) got.add(match("b" + i, "Rejet de la motion no " + i, 81));
    assertThat(OpenSearchMemoryBench.found(due, got, 5)).isEqualTo(5);
  }

  @Test
  void belowTheCutEveryMatchIsComparedByItsTextsAndScore() {
    List<TmMatch> due = List.of(match("a1", "Rejet de la motion no 128", 100), match("a2", "Rejet de la motion no 7", 81),
        match("a3", "Rejet de la motion no 8", 81));
    List<TmMatch> got = List.of(match("b1", "Rejet de la motion no 128", 100), match("b2", "Rejet de la motion no 9", 81),
        match("b3", "Rejet de la motion no 8", 80));
    assertThat(OpenSearchMemoryBench.found(due, got, 10)).isEqualTo(1);
  }

  @Test
  void aMatchReturnedOnceCountsOnceForTwoDueUnitsWithTheSameTexts() {
    List<TmMatch> due = List.of(match("a1", "Rejet de la motion no 7", 90), match("a2", "Rejet de la motion no 7", 90));
    List<TmMatch> got = List.of(match("b1", "Rejet de la motion no 7", 90));
    assertThat(OpenSearchMemoryBench.found(due, got, 10)).isEqualTo(1);
  }
}
