package org.entente.terminology;

import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.opensearch.OpenSearchNode;
import org.entente.opensearch.OpenSearchSettings;
import org.entente.opensearch.OpenSearchTermBase;
import org.entente.testing.SharedOpenSearch;
import org.junit.jupiter.api.BeforeAll;

/**
 * The termbase contract on OpenSearch: on the run's real single-node OpenSearch, a process of its own
 * ({@link SharedOpenSearch}; skipped, saying why, when its jars are not built), each test in indexes of its own
 * prefix, dropped after it.
 */
class OpenSearchTermBaseContractTest extends TermBaseContract {
  static OpenSearchNode node;
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private final Map<TermStore, OpenSearchSettings> settings = new IdentityHashMap<>();

  @BeforeAll
  static void startNode() {
    node = SharedOpenSearch.node();
  }

  @Override
  protected TermStore openFresh() {
    return open(OpenSearchSettings.parse(node.url()).withPrefix("tb" + PREFIXES.incrementAndGet() + "-")
        .withShards(1, 0).withRefreshInterval("100ms"));
  }

  private TermStore open(OpenSearchSettings s) {
    OpenSearchTermBase store = OpenSearchTermBase.open(s, Duration.ofMillis(200));
    settings.put(store, s);
    return store;
  }

  @Override
  protected TermStore reopen(TermStore store) {
    OpenSearchSettings s = settings.remove(store);
    store.close();
    return open(s);
  }

  @Override
  protected void dispose(TermStore store) {
    settings.remove(store);
    OpenSearchTermBase b = (OpenSearchTermBase) store;
    b.dropIndexes();
    b.close();
  }
}
