package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignScoreTest {
  static final List<String> GOLD = List.of("[0]:[0]", "[1]:[1,2]", "[2]:[]", "[3,4]:[3]", "[5]:[4]");
  static final List<String> TEST = List.of("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[]", "[5]:[4]");

  @Test
  void countsLikeTheReferenceScorer() {
    // python3 ../shared/tools/align_score.py gold test on these beads prints:
    // strict P 0.333 R 0.500 F1 0.400 | lax P 0.667 R 1.000 F1 0.800
    AlignScore.Figures f = AlignScore.of(AlignScore.parse(GOLD, "gold"), AlignScore.parse(TEST, "test"));
    assertThat(f.line()).isEqualTo("strict P 0.333 R 0.500 F1 0.400 | lax P 0.667 R 1.000 F1 0.800");
  }

  @Test
  void identicalAlignmentsScoreOne() {
    AlignScore.Figures f = AlignScore.of(AlignScore.parse(GOLD, "g"), AlignScore.parse(GOLD, "g"));
    assertThat(f.strictF1()).isEqualTo(1.0);
    assertThat(f.laxF1()).isEqualTo(1.0);
  }

  @Test
  void malformedBeadSaysWhere() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AlignScore.parse(List.of("[0]:[0]", "0-1"), "g.align"))
        .hasMessageContaining("not a vecalign bead")
        .satisfies(e -> assertThat(((org.entente.text.BadInputException) e).where()).isEqualTo("g.align:2"));
  }
}
