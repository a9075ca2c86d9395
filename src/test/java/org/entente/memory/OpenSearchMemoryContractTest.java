package org.entente.memory;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.opensearch.OpenSearchNode;
import org.entente.opensearch.OpenSearchSettings;
import org.entente.opensearch.OpenSearchTranslationMemory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory contract on OpenSearch: one real single-node OpenSearch started as a process of its own for the class
 * (skipped, saying why, when its jars are not built), each test in indexes of its own prefix, dropped after it.
 */
class OpenSearchMemoryContractTest extends TranslationMemoryContract {
  @TempDir static Path nodeData;
  static OpenSearchNode node;
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private final Map<TranslationMemory, OpenSearchSettings> settings = new IdentityHashMap<>();

  @BeforeAll
  static void startNode() {
    var missing = OpenSearchNode.missing();
    assumeTrue(missing.isEmpty(), () -> "OpenSearch contract tests skipped: " + missing.orElse(""));
    node = OpenSearchNode.start(nodeData.resolve("node"), 0, java.util.List.of());
  }

  @AfterAll
  static void stopNode() {
    if (node != null) node.close();
  }

  /** Settings for a fresh memory on the test node: a prefix of its own, no replica, a short refresh interval. */
  static OpenSearchSettings fresh(OpenSearchNode node) {
    return OpenSearchSettings.parse(node.url()).withPrefix("t" + PREFIXES.incrementAndGet() + "-").withShards(1, 0)
        .withRefreshInterval("100ms");
  }

  @Override
  protected TranslationMemory openFresh() {
    OpenSearchSettings s = fresh(node);
    OpenSearchTranslationMemory m = OpenSearchTranslationMemory.open(s);
    settings.put(m, s);
    return m;
  }

  @Override
  protected TranslationMemory reopen(TranslationMemory memory) {
    OpenSearchSettings s = settings.remove(memory);
    ((OpenSearchTranslationMemory) memory).close();
    OpenSearchTranslationMemory m = OpenSearchTranslationMemory.open(s);
    settings.put(m, s);
    return m;
  }

  @Override
  protected void dispose(TranslationMemory memory) {
    settings.remove(memory);
    OpenSearchTranslationMemory m = (OpenSearchTranslationMemory) memory;
    m.dropIndexes();
    m.close();
  }
}
