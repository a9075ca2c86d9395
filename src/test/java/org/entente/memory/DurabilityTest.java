package org.entente.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurabilityTest {
  @TempDir Path tmp;

  @Test
  void everyAcknowledgedWriteSurvivesAKillNine() throws Exception {
    Path dir = tmp.resolve("tm");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KillNineWriter.class.getName(),
        dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<String> acked = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; acked.size() < 5 && (line = out.readLine()) != null; ) {
        if (line.startsWith("acked ")) acked.add(line.substring(6));
      }
      p.destroyForcibly(); // SIGKILL: no shutdown hook, no close
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acked).hasSize(5);
    try (LuceneTranslationMemory tm = LuceneTranslationMemory.open(dir)) {
      for (String id : acked) assertThat(tm.get(id)).as("acknowledged unit %s", id).isPresent();
    }
  }
}
