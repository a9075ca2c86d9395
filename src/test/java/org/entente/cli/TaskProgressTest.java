package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.cli.TermCommandsTest.Run;
import org.junit.jupiter.api.Test;

class TaskProgressTest {
  private final AtomicLong clock = new AtomicLong();
  private final StringWriter err = new StringWriter();

  private TaskProgress progress(TaskProgress.Display display, String unit) {
    return new TaskProgress(display, "import", "importing nato.tmx", 4L * 1024 * 1024, unit, new PrintWriter(err), 5_000,
        clock::get);
  }

  @Test
  void withoutATerminalALineEveryIntervalAndALastOne() {
    try (TaskProgress p = progress(TaskProgress.Display.LINES, "bytes")) {
      p.at(1024 * 1024, 4L * 1024 * 1024); // at 0 s: too soon
      clock.set(6_000_000_000L);
      p.at(2L * 1024 * 1024, 4L * 1024 * 1024);
      clock.set(7_000_000_000L);
      p.at(3L * 1024 * 1024, 4L * 1024 * 1024); // 1 s after the last line: too soon
      clock.set(9_000_000_000L);
      p.at(4L * 1024 * 1024, 4L * 1024 * 1024);
    }
    assertThat(err.toString().lines().toList()).containsExactly(
        "entente import: importing nato.tmx: 50% (2.0 of 4.0 MB), 6 s",
        "entente import: importing nato.tmx: 100% (4.0 of 4.0 MB) in 9 s");
  }

  @Test
  void quietShowsNothingAndNotesAreLinesOnlyWithoutATerminal() {
    try (TaskProgress p = progress(TaskProgress.Display.NONE, "units")) {
      clock.set(60_000_000_000L);
      p.at(10, 20);
      p.note("[1/2] https://www.nato.int/fr → 3 new pairs");
    }
    assertThat(err.toString()).isEmpty();
    try (TaskProgress p = progress(TaskProgress.Display.LINES, "pages")) {
      p.note("[1/2] https://www.nato.int/fr → 3 new pairs");
      p.at(1, 2);
    }
    assertThat(err.toString()).startsWith("entente import: [1/2] https://www.nato.int/fr → 3 new pairs\n")
        .endsWith("entente import: importing nato.tmx: 50% (1 of 2 pages) in 0 s\n");
  }

  @Test
  void importShowsItsProgressOnStandardErrorAndNothingWithQuiet() throws Exception {
    java.nio.file.Path tmp = java.nio.file.Files.createTempDirectory("entente-progress");
    java.nio.file.Path tmx = tmp.resolve("inline.tmx");
    try (var in = getClass().getResourceAsStream("/tmx/inline.tmx")) {
      java.nio.file.Files.write(tmx, in.readAllBytes());
    }
    Run loud = TermCommandsTest.run("import", "--data", tmp.resolve("a").toString(), tmx.toString());
    assertThat(loud.err()).contains("entente import: importing inline.tmx: 100% (");
    Run quiet = TermCommandsTest.run("import", "--quiet", "--data", tmp.resolve("b").toString(), tmx.toString());
    assertThat(quiet.code()).isZero();
    assertThat(quiet.err()).isEmpty();
    Run reindex = TermCommandsTest.run("reindex", "--data", tmp.resolve("a").toString());
    assertThat(reindex.err()).contains("entente reindex: reindexing: 100% (3 of 3 units)");
  }

  @Test
  void completionCoversEveryCommandAndItsOptions() {
    Run r = TermCommandsTest.run("completion");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("complete -F").contains("check").contains("--format").contains("term-search")
        .contains("--quiet");
  }
}
