package org.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees from {@code ./entente}: the command's output and nothing else (no Lucene vector warning, no JDK
 * incubator notice, no start-up logs), and its errors on standard error before it returns. Runs the real launcher
 * over the built jar; skipped when the jar is missing or older than the sources (the launcher would build it).
 */
class LauncherTest {
  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  private static Result launch(Path dir, String... args) throws Exception {
    Path launcher = Path.of("entente").toAbsolutePath();
    ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of("bash", launcher.toString()), Stream.of(args)).toList())
        .directory(dir.toFile())
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
    // read right after the exit, as a script would: nothing may still be on its way
    return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private static boolean jarIsFresh() throws IOException {
    Path jar = Path.of("target/entente-all.jar");
    if (!Files.isRegularFile(jar)) return false;
    FileTime built = Files.getLastModifiedTime(jar);
    try (Stream<Path> sources = Files.walk(Path.of("src/main"))) {
      for (Path p : (Iterable<Path>) sources::iterator) {
        if (Files.getLastModifiedTime(p).compareTo(built) > 0) return false;
      }
    }
    return Files.getLastModifiedTime(Path.of("pom.xml")).compareTo(built) <= 0;
  }

  @Test
  void aCommandPrintsItsOutputAndNothingElse() throws Exception {
    assumeTrue(jarIsFresh(), "target/entente-all.jar is missing or older than the sources: run mvn package first");
    Result r = launch(dir, "lookup", "--data", dir.resolve("data").toString(), "Bonjour.");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("no match at 70% or more\n");
    // no "vector incubator module is not readable", no "Using incubator modules", no "opened index"
    assertThat(r.err()).isEmpty();
  }

  @Test
  void anErrorReachesStandardErrorBeforeTheCommandReturns() throws Exception {
    assumeTrue(jarIsFresh(), "target/entente-all.jar is missing or older than the sources: run mvn package first");
    for (int i = 0; i < 3; i++) {
      Result r = launch(dir, "lookup", "--data", dir.resolve("data").toString(), "--min", "200", "Bonjour.");
      assertThat(r.code()).isEqualTo(2);
      assertThat(List.of(r.err())).containsExactly("entente lookup: --min: --min must be 0..101\n");
    }
  }
}
