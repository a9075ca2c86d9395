package org.entente.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.memory.LookupQuery;
import org.entente.memory.TmMatch;
import org.entente.memory.TranslationUnit;
import org.entente.testing.SharedOpenSearch;
import org.entente.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Concurrent single writes to the OpenSearch memory leave in shared {@code _bulk} requests, on the run's real node:
 * each writer is acknowledged only once its own unit is durable and visible, and a version conflict goes to the
 * writer whose write it was, not to the others of the same request.
 */
class BulkWritesTest {
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  static OpenSearchNode node;

  @BeforeAll
  static void startNode() {
    node = SharedOpenSearch.node();
  }

  static OpenSearchSettings fresh() {
    return OpenSearchSettings.parse(node.url()).withPrefix("bulk" + PREFIXES.incrementAndGet() + "-")
        .withShards(1, 0).withRefreshInterval("200ms");
  }

  @Test
  void manyConcurrentWritersShareRequestsAndEachAcknowledgedUnitIsVisibleAndKept() throws Exception {
    OpenSearchSettings settings = fresh();
    int threads = 16;
    int each = 15;
    List<String> all = new ArrayList<>();
    long[] counts;
    try (OpenSearchTranslationMemory tm = OpenSearchTranslationMemory.open(settings)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<List<String>>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          start.await();
          List<String> ids = new ArrayList<>();
          for (int i = 0; i < each; i++) {
            String fr = "Le convoi " + thread + " quitte le port numéro " + i + ".";
            TranslationUnit u = tm.add(TranslationUnit.of(Language.FR, fr, Language.EN,
                "Convoy " + thread + " leaves port number " + i + "."));
            // acknowledged: visible at once, by id and by lookup
            assertThat(tm.get(u.id())).as(fr).isPresent();
            assertThat(tm.lookup(new LookupQuery(fr, Language.FR, "", "", 100, 10, List.of())))
                .extracting(TmMatch::unitId).contains(u.id());
            if (i % 5 == 4) {
              TranslationUnit changed = TranslationUnit.of(Language.FR, fr, Language.EN,
                  "Convoy " + thread + " left port " + i + ".").withId(u.id());
              assertThat(tm.update(changed)).isPresent();
              assertThat(tm.get(u.id()).orElseThrow().target().plain()).endsWith("left port " + i + ".");
            }
            ids.add(u.id());
          }
          return ids;
        }));
      }
      for (Future<List<String>> f : done) all.addAll(f.get());
      pool.shutdown();
      counts = tm.writeCounts();
    }
    assertThat(counts[1]).isEqualTo(threads * each + threads * each / 5);
    assertThat(counts[0]).as("bulk requests for %d writes", counts[1]).isLessThan(counts[1]);
    try (OpenSearchTranslationMemory again = OpenSearchTranslationMemory.open(settings)) {
      for (String id : all) assertThat(again.get(id)).as(id).isPresent();
      assertThat(again.size()).isEqualTo(threads * each);
      again.dropIndexes();
    }
  }

  @Test
  void aVersionConflictGoesToItsOwnWriterAndTheRestOfTheRequestIsAcknowledged() throws Exception {
    OpenSearchSettings settings = fresh();
    try (OpenSearchTranslationMemory tm = OpenSearchTranslationMemory.open(settings);
        OpenSearchRest rest = new OpenSearchRest(settings)) {
      List<TranslationUnit> units = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        units.add(tm.add(TranslationUnit.of(Language.FR, "Phrase " + i + ".", Language.EN, "Sentence " + i + ".")));
      }
      String index = settings.prefix() + "memory";
      int writers = 20;
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      CyclicBarrier start = new CyclicBarrier(writers);
      List<Future<Integer>> statuses = new ArrayList<>();
      try (BulkWrites writes = new BulkWrites(rest, index, "wait_for", true)) {
        for (int w = 0; w < writers; w++) {
          int writer = w;
          statuses.add(pool.submit(() -> {
            start.await();
            if (writer % 2 == 0) {
              // an update of a version that never was: refused with a conflict
              TranslationUnit u = units.get(writer / 2);
              ObjectNode action = OpenSearchRest.object();
              action.putObject("index").put("_id", u.id()).put("routing", u.memory()).put("if_seq_no", 1_000_000)
                  .put("if_primary_term", 1);
              TranslationUnit overwritten = TranslationUnit.of(Language.FR, "Écrasée.", Language.EN, "Overwritten.")
                  .withId(u.id());
              return writes.write(action, UnitDocuments.document(overwritten, OpenSearchTranslationMemory.LIVE))
                  .status();
            }
            TranslationUnit fresh = TranslationUnit.of(Language.FR, "Nouvelle phrase " + writer + ".", Language.EN,
                "New sentence " + writer + ".").withId("new-" + writer);
            ObjectNode action = OpenSearchRest.object();
            action.putObject("create").put("_id", fresh.id()).put("routing", fresh.memory());
            return writes.write(action, UnitDocuments.document(fresh, OpenSearchTranslationMemory.LIVE)).status();
          }));
        }
        for (int w = 0; w < writers; w++) {
          assertThat(statuses.get(w).get()).as("writer %d", w).isEqualTo(w % 2 == 0 ? 409 : 201);
        }
        assertThat(writes.counts()[0]).as("requests for %d writes", writers).isLessThan(writers);
      } finally {
        pool.shutdown();
      }
      for (int w = 1; w < writers; w += 2) assertThat(tm.get("new-" + w)).as("new-%d", w).isPresent();
      for (TranslationUnit u : units) {
        assertThat(tm.get(u.id()).orElseThrow().target().plain()).isEqualTo(u.target().plain());
      }
      tm.dropIndexes();
    }
  }
}
