package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.opensearch.OpenSearchNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entente dev-opensearch}: a local single-node OpenSearch for trying {@code serve --opensearch}, in a JVM of
 * its own, printing its URL and running until stopped (Ctrl-C stops the node too).
 */
@Command(name = "dev-opensearch", mixinStandardHelpOptions = true,
    description = {"Start a local single-node OpenSearch " + "(for trying 'serve --opensearch'; not for production) "
        + "in a JVM of its own, print its URL and run until stopped.",
        "Its jars are built into target/opensearch-node by ./entente on first use."})
final class DevOpenSearchCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "9200",
      description = "HTTP port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder for the node's indexes, kept after it stops (default: a temporary folder, removed).")
  Path data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var missing = OpenSearchNode.missing();
    if (missing.isPresent()) {
      err.println("entente: " + missing.get());
      return 1;
    }
    boolean temporary = data == null;
    Path folder = temporary ? Files.createTempDirectory("entente-opensearch-") : data;
    err.println("entente: starting OpenSearch (data in " + folder + (temporary ? ", removed at stop" : "") + ")...");
    err.flush();
    OpenSearchNode node = OpenSearchNode.start(folder, port, List.of());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      node.close();
      if (temporary) deleteQuietly(folder);
    }, "dev-opensearch-stop"));
    out.println(node.url());
    out.flush();
    err.println("entente: OpenSearch is ready at " + node.url() + " (pid " + node.pid() + "); try: ./entente serve "
        + "--opensearch " + node.url() + "; stop it with Ctrl-C");
    err.flush();
    int exit = node.waitFor();
    err.println("entente: the OpenSearch node stopped (exit " + exit + "); its log is " + folder.resolve("node.log"));
    return exit == 0 ? 0 : 1;
  }

  private static void deleteQuietly(Path folder) {
    try (var walk = Files.walk(folder)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
