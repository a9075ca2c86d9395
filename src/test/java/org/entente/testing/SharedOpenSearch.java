package org.entente.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.entente.opensearch.OpenSearchNode;

/**
 * One real single-node OpenSearch shared by every test class of the run that needs one (started at the first,
 * stopped when the test JVM ends), so the suite pays its start once. A test calling {@link #node()} is skipped,
 * saying why, when the node's jars are not built.
 */
public final class SharedOpenSearch {
  private static OpenSearchNode node;

  private SharedOpenSearch() {}

  /** The running node, started on first use. */
  public static synchronized OpenSearchNode node() {
    var missing = OpenSearchNode.missing();
    assumeTrue(missing.isEmpty(), () -> "OpenSearch tests skipped: " + missing.orElse(""));
    if (node != null && node.isAlive()) return node;
    try {
      Path data = Files.createTempDirectory("entente-test-opensearch-");
      OpenSearchNode started = OpenSearchNode.start(data, 0, List.of());
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        started.close();
        try (var walk = Files.walk(data)) {
          walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
          // a temporary folder left behind is harmless
        }
      }, "shared-opensearch-stop"));
      node = started;
      return node;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
