package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.Services;
import org.entente.check.CheckConfig;
import org.entente.check.CheckRequest;
import org.entente.check.Finding;
import org.entente.terminology.GlossarySync;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks on professional translations (WMT newstest, UN devset) with the real termbase, segmenter and checks:
 * error findings there are false alarms; their rate per 1,000 pairs stays under ceilings a little above the
 * measured figures (docs/checks.md), on the first 300 pairs of each source file, dev, test, held-out and unseen apart.
 */
class FalseAlarmEvaluationTest {
  static final Path SHARED = Path.of("../shared");
  /**
   * Errors per 1,000 pairs, measured on this slice (dev 1.1, test 1.7, held-out 2.0, unseen 3.6 — its first lines are
   * Hansard's shifted lists of votes; held-out 6.0 before the faults found in its errors were fixed; test 3.3 before
   * the fourth round; dev 3.3, test 3.3 before the severity calibration; 5.6 and 5.0 before the second round), with
   * some room.
   */
  static final Map<FalseAlarmEvaluation.Split, Double> CEILINGS = Map.of(
      FalseAlarmEvaluation.Split.DEV, 2.5, FalseAlarmEvaluation.Split.TEST, 3.0, FalseAlarmEvaluation.Split.HELDOUT, 4.0,
      FalseAlarmEvaluation.Split.UNSEEN, 5.0);

  @TempDir Path dir;

  @Test
  void falseAlarmsOnProfessionalTranslationsStayUnderTheirCeilings() {
    List<FalseAlarmEvaluation.Source> sources = FalseAlarmEvaluation.sources(SHARED);
    Assumptions.assumeTrue(!sources.isEmpty(), "../shared/data/parallel (WMT newstest, UN devset) is absent; skipping");
    try (Services services = Services.open(dir, "test")) {
      GlossarySync.run(Path.of("glossaries"), services.terms());
      var tallies = FalseAlarmEvaluation.parts(new FalseAlarmEvaluation(services.checker()), sources, 300,
          List.of(FalseAlarmEvaluation.Split.values()));
      StringWriter report = new StringWriter();
      FalseAlarmEvaluation.print(tallies, new PrintWriter(report), false);
      System.out.println(report);
      for (var e : tallies.entrySet()) {
        assertThat(e.getValue().pairs()).as(e.getKey().name()).isGreaterThanOrEqualTo(600);
        assertThat(e.getValue().errorsPerThousand()).as(report.toString()).isLessThanOrEqualTo(CEILINGS.get(e.getKey()));
        // the calibration must not buy fewer false alarms with changed figures reported as warnings only (0.826 dev, 0.897 test)
        assertThat(e.getValue().injectedAsErrors() / (double) e.getValue().injected()).as(report.toString()).isGreaterThanOrEqualTo(0.8);
      }
    }
  }

  @Test
  void pairsAreCheckedAsOfTheLatestDateTheirCorpusGives() {
    assertThat(FalseAlarmEvaluation.unDate("2015/a/69/767 ar:3:1 en:2:1")).isEqualTo(LocalDate.of(2015, 12, 31));
    assertThat(FalseAlarmEvaluation.sources(SHARED)).filteredOn(s -> s.name().startsWith("newstest"))
        .allSatisfy(s -> assertThat(s.date()).isEqualTo(LocalDate.of(Integer.parseInt(s.name().substring(8)), 12, 31)));
    try (Services services = Services.open(dir, "test")) {
      GlossarySync.run(Path.of("glossaries"), services.terms());
      CheckRequest turkey = CheckRequest.segments(List.of("Its major markets include Spain, Greece, Poland and Turkey."),
          List.of("Parmi ses marchés principaux se trouvent l'Espagne, la Grèce, la Pologne et la Turquie."),
          CheckConfig.DEFAULT.withWholeDocument(false));
      assertThat(services.checker().check(turkey).findings()).extracting(Finding::checkId).contains("TERM_DEPRECATED_IN_TARGET");
      assertThat(services.checker().check(turkey.on(FalseAlarmEvaluation.unDate("2015/a/69/767"))).findings())
          .extracting(Finding::checkId).doesNotContain("TERM_DEPRECATED_IN_TARGET");
    }
  }

  @Test
  void unDocumentsGoWholeToOneSplit() {
    assertThat(FalseAlarmEvaluation.unSplit("2015/a/ac_182/l_139 ar:9:1 en:11:1"))
        .isEqualTo(FalseAlarmEvaluation.unSplit("2015/a/ac_182/l_139 ar:13:1 en:15:1"));
  }
}
