package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentationScoreTest {
  @Test
  void countsExactSegmentsAndBoundariesIgnoringWhitespace() {
    // gold boundaries after "Ab." (3) and "Cd." (6); test has 3 and a false one at 8
    SegmentationScore s = SegmentationScore.of(List.of("A b.", "C d.", "Ef gh."), List.of("Ab.", " Cd. Ef", "gh."));
    assertThat(s.exact()).isEqualTo(1);
    assertThat(s.gold()).isEqualTo(3);
    assertThat(s.truePositives()).isEqualTo(1);
    assertThat(s.falsePositives()).isEqualTo(1);
    assertThat(s.falseNegatives()).isEqualTo(1);
    assertThat(s.f1()).isCloseTo(0.5, within(1e-9));
    assertThat(s.describe()).isEqualTo("exact 1/3 = 0.333 | boundary P 0.500 R 0.500 F1 0.500");
  }

  @Test
  void poolsCountsOverDocumentsAndIgnoresBlankSegments() {
    SegmentationScore a = SegmentationScore.of(List.of("A.", "B."), List.of("A.", "", "B."));
    SegmentationScore b = SegmentationScore.of(List.of("C."), List.of("C."));
    SegmentationScore total = a.plus(b);
    assertThat(total.exact()).isEqualTo(3);
    assertThat(total.exactRatio()).isEqualTo(1.0);
    assertThat(total.precision()).isEqualTo(1.0);
    assertThat(SegmentationScore.of(List.of("A."), List.of("A.")).precision()).isZero();
  }

  @Test
  void noBreakSpacesCountAsWhitespaceAsInPython() {
    SegmentationScore s = SegmentationScore.of(List.of("« Oui\u00a0! »", "Non."), List.of("«Oui!»", "Non."));
    assertThat(s.exact()).isEqualTo(2);
  }
}
