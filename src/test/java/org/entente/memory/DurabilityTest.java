package org.entente.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurabilityTest {
  @TempDir Path tmp;

  @Test
  void everyAcknowledgedWriteSurvivesAKillNine() throws Exception {
    killDuringWrites(1, 5);
  }

  @Test
  void everyGroupCommittedWriteOfEightWritersSurvivesAKillNine() throws Exception {
    killDuringWrites(8, 200);
  }

  /**
   * Kills an importing JVM after it has read the whole file, at delays that land in the import's commit (and one
   * after): the memory then holds the whole file or nothing of it, and opens.
   */
  @Test
  void aKillNineDuringAnImportsCommitLeavesAllOrNothing() throws Exception {
    int units = 2_000;
    List<String> outcomes = new ArrayList<>();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    int killedInCommit = 0;
    for (int delayMs : new int[] {0, 4, 15, 40}) {
      Path dir = tmp.resolve("import-" + delayMs);
      Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          KillNineImporter.class.getName(), dir.toString(), Integer.toString(units))
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      boolean acknowledged = false;
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line = out.readLine();
        assertThat(line).as("the importer's first line").isEqualTo("read-all");
        Thread.sleep(delayMs);
        acknowledged = out.ready() && "imported".equals(out.readLine());
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      if (!acknowledged) killedInCommit++;
      try (LuceneTranslationMemory tm = LuceneTranslationMemory.open(dir)) {
        outcomes.add(delayMs + " ms: " + (acknowledged ? "acknowledged, " : "not acknowledged, ") + tm.size() + " units");
        assertThat(tm.size()).as("units after a kill %d ms into the commit", delayMs).isIn(0L, (long) units);
        if (acknowledged) assertThat(tm.size()).as("an acknowledged import").isEqualTo(units);
        if (tm.size() == units) {
          assertThat(tm.lookup(new LookupQuery("Le lot 1999 du plan numéro 13993 est prêt.", Language.FR, "", "",
              100, 10, List.of()))).as("the last unit is found").isNotEmpty();
        }
      }
    }
    System.out.println("kill -9 during an import's commit: " + outcomes);
    assertThat(killedInCommit).as("kills that landed before the import was acknowledged: %s", outcomes).isPositive();
  }

  /** Starts {@code writers} writers in another JVM, kills it with SIGKILL after {@code acks} acknowledgements. */
  private void killDuringWrites(int writers, int acks) throws Exception {
    Path dir = tmp.resolve("tm");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KillNineWriter.class.getName(),
        dir.toString(), Integer.toString(writers)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<String> acked = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; acked.size() < acks && (line = out.readLine()) != null; ) {
        if (line.startsWith("acked ")) acked.add(line.substring(6));
      }
      p.destroyForcibly(); // SIGKILL: no shutdown hook, no close, writes in flight
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acked).hasSize(acks);
    try (LuceneTranslationMemory tm = LuceneTranslationMemory.open(dir)) {
      for (String id : acked) assertThat(tm.get(id)).as("acknowledged unit %s", id).isPresent();
      for (String id : acked) {
        TranslationUnit u = tm.get(id).orElseThrow();
        assertThat(tm.lookup(new LookupQuery(u.source().plain(), Language.FR, "", "", 100, 10, List.of())))
            .as("lookup of acknowledged unit %s", id).extracting(TmMatch::unitId).contains(id);
      }
    }
  }
}
