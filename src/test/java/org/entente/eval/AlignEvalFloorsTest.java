package org.entente.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.align.Alignment;
import org.entente.align.EntenteAligner;
import org.entente.align.GaleChurchAligner;
import org.entente.eval.RawNatoEval;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Floors a little below the measured figures (docs/alignment.md), so that a regression fails the build. */
class AlignEvalFloorsTest {
  static final Path SHARED = Path.of("../shared");

  static AlignScore.Figures score(List<AlignEvaluation.GoldDocument> docs, boolean ours) {
    List<Alignment> out = (ours ? new EntenteAligner() : new GaleChurchAligner())
        .alignAll(docs.stream().map(AlignEvaluation.GoldDocument::document).toList());
    AlignScore s = new AlignScore();
    for (int k = 0; k < docs.size(); k++) s.add(docs.get(k).gold(), AlignScore.pairs(out.get(k)));
    return s.figures();
  }

  @Test
  void unseenTestSetStrictF1StaysAtLeast085() {
    List<AlignEvaluation.GoldDocument> docs = AlignEvaluation.unseenSets(SHARED);
    Assumptions.assumeTrue(!docs.isEmpty(), "../shared/data/parallel (FLORES-101, TICO-19) absent; skipping");
    assertThat(score(docs, true).strictF1()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void natoCorpusStrictF1StaysAtLeast095() {
    Path nato = SHARED.resolve("corpus/nato");
    Assumptions.assumeTrue(Files.isDirectory(nato), "../shared/corpus/nato absent; skipping");
    AlignScore.Figures f = score(AlignEvaluation.natoSets(nato), true);
    assertThat(f.strictF1()).isGreaterThanOrEqualTo(0.95);
    assertThat(f.laxF1()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void transreadStrictF1StaysAtLeast087AndWellAboveGaleChurch() {
    Path tr = SHARED.resolve("data/align/transread");
    Assumptions.assumeTrue(Files.isDirectory(tr), "../shared/data/align/transread absent; skipping");
    List<AlignEvaluation.GoldDocument> docs = AlignEvaluation.transreadSets(tr);
    AlignScore.Figures ours = score(docs, true);
    AlignScore.Figures gc = score(docs, false);
    assertThat(ours.strictF1()).isGreaterThanOrEqualTo(0.87);
    assertThat(ours.strictF1() - gc.strictF1()).isGreaterThan(0.08);
  }

  @Test
  void rawNatoTextStrictF1StaysAtLeast095() {
    Path nato = SHARED.resolve("corpus/nato");
    Assumptions.assumeTrue(Files.isDirectory(nato), "../shared/corpus/nato absent; skipping");
    AlignScore.Figures ours = RawNatoEval.score(nato)[0];
    assertThat(ours.strictF1()).isGreaterThanOrEqualTo(0.95);
    assertThat(ours.laxF1()).isGreaterThanOrEqualTo(0.97);
  }
}
