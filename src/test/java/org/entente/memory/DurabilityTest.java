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
