package org.entente.memory;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.opensearch.OpenSearchNode;
import org.entente.opensearch.OpenSearchSettings;
import org.entente.opensearch.OpenSearchTranslationMemory;
import org.entente.testing.SharedOpenSearch;
import org.junit.jupiter.api.BeforeAll;

/**
 * The memory contract on OpenSearch: on the run's real single-node OpenSearch, a process of its own
 * ({@link SharedOpenSearch}; skipped, saying why, when its jars are not built), each test in indexes of its own prefix,
 * dropped after it.
 */
class OpenSearchMemoryContractTest extends TranslationMemoryContract {
  static OpenSearchNode node;
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private final Map<TranslationMemory, OpenSearchSettings> settings = new IdentityHashMap<>();

  @BeforeAll
  static void startNode() {
    node = SharedOpenSearch.node();
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
