package org.entente.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A local OpenSearch node run as a process of its own from the jars {@code opensearch-node/pom.xml} copies to
 * {@code target/opensearch-node} (never on Entente's classpath: their Lucene, Netty, httpclient5 and logging versions
 * differ), with a small heap, the serial collector and C1 only, so it starts in seconds and stays light.
 * {@code OpenSearchNode.start(Path.of("/tmp/os"), 0, List.of())} gives a node whose {@link #url()} is
 * {@code http://127.0.0.1:41234}; {@link #close()} stops it, {@link #kill()} kills it as {@code kill -9} does.
 */
public final class OpenSearchNode implements AutoCloseable {
  /** The system property naming the folder of the node's jars, when not {@code target/opensearch-node}. */
  public static final String HOME_PROPERTY = "entente.opensearch.node";
  static final String MAIN_CLASS = "org.entente.devnode.DevNode";
  static final String JAR = "entente-opensearch-node.jar";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final Process process;
  private final String url;
  private final int transportPort;
  private final Path data;

  private OpenSearchNode(Process process, String url, int transportPort, Path data) {
    this.process = process;
    this.url = url;
    this.transportPort = transportPort;
    this.data = data;
  }

  /**
   * The folder holding the node's jar and {@code lib/}: {@value #HOME_PROPERTY} when set, else
   * {@code opensearch-node} beside Entente's own jar or classes folder (both in {@code target/}).
   */
  public static Path home() {
    String given = System.getProperty(HOME_PROPERTY);
    if (given != null && !given.isBlank()) return Path.of(given);
    try {
      Path code = Path.of(OpenSearchNode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return code.toAbsolutePath().getParent().resolve("opensearch-node");
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("target", "opensearch-node").toAbsolutePath();
    }
  }

  /** Why the node cannot start here (its jars are not built), or empty when they are. */
  public static Optional<String> missing() {
    Path home = home();
    if (Files.isRegularFile(home.resolve(JAR)) && Files.isDirectory(home.resolve("lib"))) return Optional.empty();
    return Optional.of("the OpenSearch node's jars are not built in " + home + ": run "
        + "'mvn -f opensearch-node/pom.xml package' (./entente dev-opensearch and ./entente test do it)");
  }

  /**
   * Starts a node keeping its files in {@code data}, its HTTP on {@code port} (0: any free port) of 127.0.0.1, and
   * waits until it answers. {@code options} are more of the node's options ({@code --name n1 --seeds ...}).
   */
  public static OpenSearchNode start(Path data, int port, List<String> options) {
    missing().ifPresent(why -> {
      throw new UncheckedIOException(why, new java.io.FileNotFoundException(home().toString()));
    });
    Path home = home();
    try {
      Files.createDirectories(data);
      Path ready = data.resolve("ready");
      Files.deleteIfExists(ready);
      String javaBinary = ProcessHandle.current().info().command().orElse("java");
      List<String> cmd = new ArrayList<>(List.of(javaBinary, "-Xms256m", "-Xmx512m", "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC", "-XX:ActiveProcessorCount=1", "-Dfile.encoding=UTF-8",
          "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
          "-cp", home.resolve(JAR) + java.io.File.pathSeparator + home.resolve("lib") + java.io.File.separator + "*",
          MAIN_CLASS, "--data", data.toString(), "--port", Integer.toString(port),
          "--ready-file", ready.toString()));
      cmd.addAll(options);
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("node.log").toFile())).start();
      long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
      while (!Files.exists(ready)) {
        if (!p.isAlive()) {
          throw new IllegalStateException("the OpenSearch node stopped while starting (exit " + p.exitValue()
              + "); its log " + data.resolve("node.log") + " ends with:\n" + tail(data.resolve("node.log")));
        }
        if (System.nanoTime() > deadline) {
          p.destroyForcibly();
          throw new IllegalStateException("the OpenSearch node did not start within " + START_TIMEOUT.toSeconds()
              + " s; its log " + data.resolve("node.log") + " ends with:\n" + tail(data.resolve("node.log")));
        }
        Thread.sleep(100);
      }
      List<String> lines = Files.readAllLines(ready, StandardCharsets.UTF_8);
      return new OpenSearchNode(p, lines.get(0), Integer.parseInt(lines.get(1).strip()), data);
    } catch (IOException e) {
      throw new UncheckedIOException("the OpenSearch node could not be started in " + data, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the OpenSearch node started", e);
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  /** The node's HTTP address: {@code http://127.0.0.1:41234}. */
  public String url() {
    return url;
  }

  /** The node's transport port, for the other nodes of a cluster to find it. */
  public int transportPort() {
    return transportPort;
  }

  public long pid() {
    return process.pid();
  }

  public Path data() {
    return data;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Waits until the node's process ends (a node run in the foreground). */
  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** Kills the node at once, as {@code kill -9} does: no flush, no goodbye to the cluster. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the node cleanly (SIGTERM), killing it when it takes more than 30 s. */
  @Override
  public void close() {
    if (!process.isAlive()) return;
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) kill();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
    }
  }
}
