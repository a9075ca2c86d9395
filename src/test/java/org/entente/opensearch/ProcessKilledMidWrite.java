package org.entente.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of its own running a class of the test classpath ({@link ImportThatDies}, {@link TermImportThatDies}) until
 * it prints {@code WRITTEN}, then killed with SIGKILL: no clean-up, no commit, no goodbye.
 */
final class ProcessKilledMidWrite {
  private ProcessKilledMidWrite() {}

  /** Runs {@code main} with {@code args} until it says it wrote, then kills it and waits for its end. */
  static void run(Class<?> main, String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = out.readLine();
      } while (line != null && !line.equals("WRITTEN"));
      assertThat(line).as("the process reached the middle of its write").isEqualTo("WRITTEN");
    } finally {
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }
}
