package org.entente.omegat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Our real service as a separate process, as translators run it: the main build's {@code target/entente-all.jar}
 * started with {@code serve --port 0} over a temporary data folder and the project's shipped {@code glossaries/}
 * and {@code tmx/}, on the JDK running the tests. The port is read from its "listening on" line. Tests that need it
 * are skipped, with a message saying why, when the jar has not been built.
 */
final class EntenteProcess implements AutoCloseable {
  static final String API_KEY = "omegat-it-key";
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+:\\d+)");
  private static final long START_TIMEOUT_S = 300;

  private final Process process;
  private final Path data;
  private final List<String> output = new ArrayList<>();
  final String baseUrl;

  private EntenteProcess(Process process, Path data, String baseUrl) {
    this.process = process;
    this.data = data;
    this.baseUrl = baseUrl;
  }

  /** Starts the service, or skips the calling test when {@code entente-all.jar} is absent. */
  static EntenteProcess start() throws Exception {
    Path jar = Path.of(System.getProperty("entente.server.jar", "../target/entente-all.jar"));
    Path project = Path.of(System.getProperty("entente.project.dir", ".."));
    assumeTrue(Files.isRegularFile(jar), "skipped: " + jar.toAbsolutePath().normalize()
        + " is absent; build the service first (mvn package in the project folder, or ./entente test)");
    Path data = Files.createTempDirectory("entente-omegat-it");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8",
        "-jar", jar.toString(), "serve", "--port", "0", "--data", data.toString(), "--api-key", API_KEY,
        "--glossaries", project.resolve("glossaries").toString(), "--tmx", project.resolve("tmx").toString())
        .redirectErrorStream(true);
    Process p = pb.start();
    List<String> lines = new ArrayList<>();
    CompletableFuture<String> url = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          synchronized (lines) {
            lines.add(line);
          }
          Matcher m = LISTENING.matcher(line);
          if (m.find()) url.complete(m.group(1));
        }
      } catch (IOException e) {
        // the process ended
      }
      url.complete(null);
    }, "entente-serve-output");
    reader.setDaemon(true);
    reader.start();
    String base;
    try {
      base = url.get(START_TIMEOUT_S, TimeUnit.SECONDS);
    } catch (Exception e) {
      base = null;
    }
    if (base == null || !healthy(base)) {
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      deleteTree(data);
      synchronized (lines) {
        throw new IllegalStateException("the Entente service did not start within " + START_TIMEOUT_S + " s; its output:\n"
            + String.join("\n", lines));
      }
    }
    EntenteProcess s = new EntenteProcess(p, data, base);
    synchronized (lines) {
      s.output.addAll(lines);
    }
    return s;
  }

  private static boolean healthy(String base) throws IOException {
    HttpURLConnection c = (HttpURLConnection) new URL(base + "/health").openConnection();
    c.setConnectTimeout(5_000);
    c.setReadTimeout(30_000);
    try {
      return c.getResponseCode() == 200;
    } finally {
      c.disconnect();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    deleteTree(data);
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
