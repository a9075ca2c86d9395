package org.entente.eval;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.entente.segment.ModelAndRulesSegmenter;
import org.entente.segment.OpenNlpSegmenter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Floors a little below the measured figures of {@code entente eval segment}, so that a regression fails CI. */
class SegmentEvalTest {
  static final Path SHARED = Path.of("../shared");

  /** Per set: the floor of our exact-segment ratio and of our boundary F1. */
  static final Map<String, double[]> FLOORS = Map.of(
      "NATO corpus fr", new double[] {0.98, 0.99},
      "NATO corpus en", new double[] {0.98, 0.99},
      "UD French GSD dev", new double[] {0.94, 0.98},
      "UD French Sequoia dev", new double[] {0.67, 0.87},
      "UD French GSD test", new double[] {0.90, 0.965},
      "UD French Sequoia test", new double[] {0.70, 0.89},
      "MultiLegalSBD Constitution", new double[] {0.92, 0.97},
      "MultiLegalSBD Civil Code", new double[] {0.97, 0.985},
      "Golden rules (pySBD fr)", new double[] {1.0, 1.0});

  @Test
  void segmenterStaysAboveItsFloorsAndBeatsOpenNlpAloneOnEverySet() {
    Assumptions.assumeTrue(Files.isDirectory(SHARED), "../shared is absent; skipping the segmentation floors");
    SegmentationEvaluation eval = new SegmentationEvaluation(SHARED, new PrintWriter(Writer.nullWriter()), false, null);
    int scored = 0;
    for (SegmentationGold.GoldSet set : SegmentationGold.all(SHARED)) {
      if (set.skipped() != null) {
        System.out.println(set.skipped());
        continue;
      }
      SegmentationScore ours = eval.score(set, new ModelAndRulesSegmenter());
      SegmentationScore baseline = eval.score(set, new OpenNlpSegmenter());
      System.out.println(set.name() + ": Entente " + ours.describe() + " / OpenNLP alone " + baseline.describe());
      double[] floor = FLOORS.get(set.name());
      assertThat(ours.exactRatio()).as("%s exact", set.name()).isGreaterThanOrEqualTo(floor[0]);
      assertThat(ours.f1()).as("%s boundary F1", set.name()).isGreaterThanOrEqualTo(floor[1]);
      assertThat(ours.f1()).as("%s: beats OpenNLP alone", set.name()).isGreaterThanOrEqualTo(baseline.f1());
      scored++;
    }
    Assumptions.assumeTrue(scored > 0, "no segmentation gold set under ../shared; skipping");
  }
}
