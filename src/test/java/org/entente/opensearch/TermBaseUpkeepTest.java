package org.entente.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.terminology.Concept;
import org.entente.terminology.SearchMode;
import org.entente.terminology.Term;
import org.entente.terminology.TermHit;
import org.entente.terminology.TermStatus;
import org.entente.testing.SharedOpenSearch;
import org.entente.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The upkeep of the OpenSearch termbase's write batches, on the run's real node: the invisible concepts of an import
 * whose process was killed are removed, the committed ones untouched and the version unchanged; a running write is
 * left alone, and one that went silent fails at its commit; past the bound the committed list keeps the newest
 * imports, every concept visible and replaceable by a re-import of its file.
 */
class TermBaseUpkeepTest {
  static final OpenSearchTermBase.Options QUICK = OpenSearchTermBase.Options.DEFAULT.withCheck(Duration.ZERO)
      .withWriteLiveness(Duration.ofMillis(200), Duration.ofSeconds(2));
  static final String TEXT = "La soupape de sûreté et la barre de commande, près de la cuve du réacteur.";
  static final List<Concept> KEPT = List.of(concept("k1", "soupape de sûreté", "safety valve"),
      concept("k2", "barre de commande", "control rod"), concept("k3", "cuve du réacteur", "reactor vessel"));
  static OpenSearchNode node;

  @BeforeAll
  static void startNode() {
    node = SharedOpenSearch.node();
  }

  /** Indexes of their own on the run's node, no replica, a short refresh interval. */
  static OpenSearchSettings settings(String prefix) {
    return OpenSearchSettings.parse(SharedOpenSearch.node().url()).withPrefix(prefix).withShards(1, 0)
        .withRefreshInterval("200ms");
  }

  static Concept concept(String id, String fr, String en) {
    return new Concept(id, "", null, null, "", null, null, "",
        List.of(Term.of(fr, Language.FR, TermStatus.PREFERRED), Term.of(en, Language.EN, TermStatus.PREFERRED)));
  }

  /** {@code n} concepts {@code what-0} … with terms "what terme 0" / "what term 0". */
  static List<Concept> concepts(String what, int n) {
    List<Concept> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(concept(what + "-" + i, what + " terme " + i, what + " term " + i));
    return out;
  }

  /**
   * {@code all}, calling {@code pause} the second time its element {@code at} is read: in the write pass of an
   * import, after the pass that validates the concepts, so with {@code at / 500 * 500} concepts written.
   */
  static List<Concept> pausingAt(List<Concept> all, int at, Runnable pause) {
    AtomicInteger reads = new AtomicInteger();
    return new AbstractList<>() {
      @Override
      public Concept get(int i) {
        if (i == at && reads.incrementAndGet() == 2) pause.run();
        return all.get(i);
      }

      @Override
      public int size() {
        return all.size();
      }
    };
  }

  /** Every concept document of the termbase index, visible or not. */
  static long stored(OpenSearchSettings s) {
    try (OpenSearchRest rest = new OpenSearchRest(s)) {
      rest.ok("POST", "/" + s.prefix() + "terms/_refresh", Map.of(), null);
      return rest.ok("POST", "/" + s.prefix() + "terms/_count", Map.of(), null).path("count").asLong();
    }
  }

  static List<String> recognised(OpenSearchTermBase base) {
    return base.recognise(TEXT, Language.FR).stream().map(TermHit::conceptId).toList();
  }

  @Test
  void theInvisibleConceptsOfAnImportWhoseProcessWasKilledAreRemovedAndTheCommittedOnesAreUntouched()
      throws Exception {
    OpenSearchSettings s = settings("tbcrash-");
    try (OpenSearchTermBase base = OpenSearchTermBase.open(s, QUICK)) {
      base.replaceOrigin("kept.tbx", KEPT, "sha-kept");
      List<TermHit> before = base.recognise(TEXT, Language.FR);
      assertThat(recognised(base)).containsExactly("k1", "k2", "k3");
      long version = base.storedVersion();
      ProcessKilledMidWrite.run(TermImportThatDies.class, node.url(), s.prefix(), "big.tbx");
      assertThat(stored(s)).as("the dead import's concepts are stored, invisible").isEqualTo(1003);
      assertThat(base.visibleDocuments()).isEqualTo(3);
      Thread.sleep(2_500); // its last sign of life is now older than the 2 s bound
      assertThat(base.upkeep()).as("documents removed").isEqualTo(1000);
      assertThat(stored(s)).as("only the committed concepts are left").isEqualTo(3);
      assertThat(base.storedVersion()).as("a clean-up changes nothing visible: no instance reloads").isEqualTo(version);
      assertThat(base.recognise(TEXT, Language.FR)).isEqualTo(before);
      try (OpenSearchTermBase fresh = OpenSearchTermBase.open(s, QUICK)) {
        assertThat(fresh.recognise(TEXT, Language.FR)).isEqualTo(before);
        assertThat(fresh.origins()).containsExactly("kept.tbx");
        assertThat(fresh.search("gros terme 5", Language.FR, SearchMode.EXACT, 10)).isEmpty();
      }
      base.dropIndexes();
    }
  }

  @Test
  void aRunningWriteIsLeftAloneAndOneThatWentSilentFailsAtItsCommitAfterItsDocumentsWereRemoved() throws Exception {
    OpenSearchSettings s = settings("tbsilent-");
    OpenSearchTermBase.Options silent = QUICK.withWriteLiveness(Duration.ofHours(1), Duration.ofSeconds(2));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (OpenSearchTermBase upkeeper = OpenSearchTermBase.open(s, QUICK);
        OpenSearchTermBase alive = OpenSearchTermBase.open(s, QUICK);
        OpenSearchTermBase quiet = OpenSearchTermBase.open(s, silent)) {
      upkeeper.replaceOrigin("kept.tbx", KEPT, "sha-kept");
      long version = upkeeper.storedVersion();
      CountDownLatch paused = new CountDownLatch(2);
      CountDownLatch resume = new CountDownLatch(1);
      Runnable pause = () -> {
        paused.countDown();
        try {
          resume.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      };
      Future<Integer> running = pool.submit(() -> alive.replaceOrigin("alive.tbx",
          pausingAt(concepts("vivant", 800), 600, pause), "sha-alive"));
      Future<Integer> gone = pool.submit(() -> quiet.replaceOrigin("quiet.tbx",
          pausingAt(concepts("muet", 800), 600, pause), "sha-quiet"));
      assertThat(paused.await(60, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(2_500); // the silent write's only sign of life is now older than the 2 s bound
      assertThat(upkeeper.upkeep()).as("the silent write's 500 documents, not the running one's").isEqualTo(500);
      assertThat(upkeeper.storedVersion()).isEqualTo(version);
      resume.countDown();
      running.get();
      assertThatThrownBy(gone::get).hasRootCauseInstanceOf(OpenSearchUnavailableException.class)
          .rootCause().hasMessageContaining("no sign of life");
      upkeeper.reload();
      assertThat(upkeeper.size()).isEqualTo(803);
      assertThat(upkeeper.origins()).containsExactlyInAnyOrder("kept.tbx", "alive.tbx");
      assertThat(stored(s)).as("the silent write deleted what it wrote after its refused commit").isEqualTo(803);
      upkeeper.dropIndexes();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void pastTheBoundTheCommittedListKeepsTheNewestImportsAndEveryConceptStaysVisibleAndReplaceable() {
    OpenSearchSettings s = settings("tbcompact-");
    try (OpenSearchTermBase base = OpenSearchTermBase.open(s, QUICK.withCompaction(4, 2))) {
      for (int i = 0; i < 6; i++) base.replaceOrigin("f" + i + ".tbx", concepts("f" + i, 2), "sha-" + i);
      base.put(concept("api-1", "générateur de vapeur", "steam generator"));
      base.replaceOrigin("f1.tbx", concepts("f1", 1), "sha-1b"); // replaces f1's two concepts by one
      List<String> before = base.committedBatches();
      assertThat(before).as("live and one batch per import; the put's is off the list already").hasSize(8);
      long version = base.storedVersion();
      base.upkeep();
      assertThat(base.committedBatches()).as("compacted to the newest 2").containsExactly(CommittedBatches.LIVE,
          before.get(6), before.get(7));
      assertThat(base.storedVersion()).as("a compaction changes nothing visible: no instance reloads")
          .isEqualTo(version);
      assertThat(stored(s)).as("one document per concept, the replaced ones deleted").isEqualTo(12);
      try (OpenSearchTermBase fresh = OpenSearchTermBase.open(s, QUICK)) {
        assertThat(fresh.size()).isEqualTo(12);
        assertThat(fresh.visibleDocuments()).isEqualTo(12);
        assertThat(fresh.concept("f0-1")).isPresent();
        assertThat(fresh.concept("f1-1")).isEmpty();
        assertThat(fresh.search("f0 terme 1", Language.FR, SearchMode.EXACT, 10)).isNotEmpty();
        assertThat(fresh.search("générateur de vapeur", Language.FR, SearchMode.EXACT, 10)).isNotEmpty();
      }
      // the compacted concepts still belong to their file: a re-import replaces them
      assertThat(base.replaceOrigin("f0.tbx", List.of(concept("f0-new", "f0 terme neuf", "f0 new term")), "sha-0b"))
          .isEqualTo(2);
      assertThat(base.size()).isEqualTo(11);
      assertThat(base.concept("f0-0")).isEmpty();
      assertThat(stored(s)).isEqualTo(11);
      try (OpenSearchTermBase fresh = OpenSearchTermBase.open(s, QUICK)) {
        assertThat(fresh.size()).isEqualTo(11);
        assertThat(fresh.search("f0 terme 1", Language.FR, SearchMode.EXACT, 10)).isEmpty();
        assertThat(fresh.search("f0 terme neuf", Language.FR, SearchMode.EXACT, 10)).isNotEmpty();
      }
      base.dropIndexes();
    }
  }
}
