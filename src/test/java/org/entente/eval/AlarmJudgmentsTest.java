package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.check.Finding;
import org.entente.check.IssueType;
import org.entente.check.Severity;
import org.entente.eval.FalseAlarmEvaluation.Alarm;
import org.entente.eval.FalseAlarmEvaluation.Split;
import org.entente.eval.FalseAlarmEvaluation.Tally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlarmJudgmentsTest {
  @TempDir Path dir;

  private static Alarm alarm(String source, int line, String surface) {
    Finding f = new Finding("NUMBER_MISMATCH", IssueType.NUMBERS, Severity.ERROR, 0, 0, surface.length(), surface,
        "Number mismatch", List.of(), "", null);
    return new Alarm(source, line, f, "fr", "en");
  }

  private static Tally tally(int pairs, List<Alarm> alarms) {
    return new Tally(pairs, alarms.size(), alarms.size(), 0, Map.of(), Map.of(), alarms, List.of(), 0, 0, 0, List.of());
  }

  @Test
  void judgedErrorsGiveTheCheckerFaultsPerThousandPairsAndUnjudgedOnesAreLeftOut() throws Exception {
    Path file = dir.resolve("j.tsv");
    Files.writeString(file, String.join("\n", "# comment",
        "test\tnews\t3\t43\tdifference\t47% / 43%\tfr\ten",
        "test\tnews\t5\t7.2 thousand\tfault\tthousand million\tfr\ten",
        "test\tnews\t9\t2102\tdefect\ttypo\tfr\ten",
        "test\tnews\t11\t12\t?\t\tfr\ten"), StandardCharsets.UTF_8);
    AlarmJudgments j = AlarmJudgments.read(file);
    List<Alarm> alarms = List.of(alarm("news", 3, "43"), alarm("news", 5, "7.2 thousand"), alarm("news", 9, "2102"),
        alarm("news", 11, "12"));
    AlarmJudgments.Summary s = j.summarise(Split.TEST, tally(1000, alarms));
    assertThat(s.judged()).isEqualTo(3);
    assertThat(s.differences()).isEqualTo(1);
    assertThat(s.defects()).isEqualTo(1);
    assertThat(s.faults()).isEqualTo(1);
    // 4 errors in 1,000 pairs, a third of the judged ones faults
    assertThat(s.faultsPerThousand()).isCloseTo(4.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.low()).isLessThan(s.faultsPerThousand());
    assertThat(s.high()).isGreaterThan(s.faultsPerThousand());
    // the same errors in the dev part are not judged: judgments belong to their part
    assertThat(j.summarise(Split.DEV, tally(1000, alarms)).judged()).isZero();
  }

  @Test
  void aBadJudgmentSaysWhereAndWhatIsAllowed() throws Exception {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "dev\tnews\t3\t43\twrong\tnote\tfr\ten\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> AlarmJudgments.read(file)).hasMessageContaining("bad.tsv:1")
        .hasMessageContaining("difference, defect, misaligned, termbase, fault");
    assertThat(AlarmJudgments.read(dir.resolve("absent.tsv")).byKey()).isEmpty();
  }

  @Test
  void theErrorsToJudgeNeverIncludeTheHeldOutPartUnlessAsked() {
    Map<Split, Tally> tallies = new LinkedHashMap<>();
    tallies.put(Split.DEV, tally(100, List.of(alarm("a", 1, "1"))));
    tallies.put(Split.TEST, tally(100, List.of(alarm("b", 1, "2"), alarm("b", 2, "3"), alarm("b", 3, "4"))));
    tallies.put(Split.HELDOUT, tally(100, List.of(alarm("c", 1, "5"))));
    AlarmJudgments none = new AlarmJudgments(Map.of());
    assertThat(none.toJudge(tallies, 2, false)).hasSize(3).noneMatch(l -> l.startsWith("heldout"))
        .allMatch(l -> l.split("\t")[4].equals("?"));
    assertThat(none.toJudge(tallies, 2, true)).hasSize(4).anyMatch(l -> l.startsWith("heldout"));
  }

  @Test
  void wilsonIntervalOfNoneAndAll() {
    assertThat(AlarmJudgments.wilson(0, 0)).containsExactly(0, 0);
    assertThat(AlarmJudgments.wilson(0, 20)[0]).isZero();
    assertThat(AlarmJudgments.wilson(20, 20)[1]).isEqualTo(1.0);
  }
}
