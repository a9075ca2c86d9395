package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.Services;
import org.entente.align.AlignerSettings;
import org.entente.align.EntenteAligner;
import org.entente.check.AlignerPairing;
import org.entente.check.Severity;
import org.entente.terminology.GlossarySync;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks on the NATO corpus with the real termbase (glossaries/nato.tbx), segmenter and aligner. */
class CheckEvaluationTest {
  static final Path CORPUS = Path.of("../shared/corpus/nato");
  static final long SEED = 20240612L;

  @TempDir Path dir;

  @Test
  void cleanNatoTextsHaveNoErrorsAndInjectedErrorsAreFound() {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/nato is absent; skipping");
    System.out.println("CheckEvaluationTest seed " + SEED);
    try (Services services = Services.open(dir, "test")) {
      GlossarySync.run(Path.of("glossaries"), services.terms());
      CheckEvaluation eval = new CheckEvaluation(services.checker(), services.termBase(), services.segmenter(),
          new AlignerPairing(new EntenteAligner(AlignerSettings.DEFAULTS, services.termBase(), null)), 3);
      CheckEvaluation.Result r = eval.run(CORPUS, SEED);
      StringWriter report = new StringWriter();
      CheckEvaluation.print(r, new PrintWriter(report));
      System.out.println(report);
      assertThat(r.cleanFindings()).filteredOn(f -> f.severity() == Severity.ERROR).as(report.toString()).isEmpty();
      assertThat(r.injected()).isGreaterThanOrEqualTo(40);
      assertThat(r.found() / (double) r.injected()).as(report.toString()).isGreaterThanOrEqualTo(0.93);
      assertThat(r.recall().values()).allSatisfy(a -> assertThat(a[0]).isPositive());
      // changed numbers and deprecated terms must still be errors, not only warnings
      for (CheckEvaluation.Kind k : new CheckEvaluation.Kind[] {CheckEvaluation.Kind.NUMBER_CHANGED, CheckEvaluation.Kind.DEPRECATED_TERM}) {
        int[] a = r.recall().get(k);
        assertThat(a[2] / (double) a[0]).as(k + " at error severity\n" + report).isGreaterThanOrEqualTo(0.93);
      }
    }
  }
}
