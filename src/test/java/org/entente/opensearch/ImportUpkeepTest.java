package org.entente.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.memory.ImportOptions;
import org.entente.memory.ImportReport;
import org.entente.memory.LookupQuery;
import org.entente.memory.TmMatch;
import org.entente.testing.SharedOpenSearch;
import org.entente.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The upkeep of the OpenSearch memory's import batches, on the run's real node: the invisible units of an import
 * whose process was killed are removed and no committed unit is touched; a running import is left alone, and one
 * that went silent cannot commit afterwards; the committed list is compacted with every unit still visible.
 */
class ImportUpkeepTest {
  static final OpenSearchTranslationMemory.Options QUICK = OpenSearchTranslationMemory.Options.DEFAULT
      .withImportLiveness(Duration.ofMillis(200), Duration.ofSeconds(2));
  static OpenSearchNode node;

  @BeforeAll
  static void startNode() {
    node = SharedOpenSearch.node();
  }

  /** Indexes of their own on the run's node (started on first use), no replica, a short refresh interval. */
  static OpenSearchSettings settings(String prefix) {
    return OpenSearchSettings.parse(SharedOpenSearch.node().url()).withPrefix(prefix).withShards(1, 0).withRefreshInterval("200ms");
  }

  static String tmx(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\" "
        + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"fr\" "
        + "datatype=\"plaintext\"/>\n<body>" + body + "</body></tmx>";
  }

  static String units(String what, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("<tu><tuv xml:lang=\"fr\"><seg>").append(what).append(" numéro ").append(i)
          .append(".</seg></tuv><tuv xml:lang=\"en\"><seg>").append(what).append(" number ").append(i)
          .append(".</seg></tuv></tu>");
    }
    return tmx(b.toString());
  }

  static ImportReport importString(OpenSearchTranslationMemory tm, String xml, String name, Runnable unitRead) {
    return tm.importTmx(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), name, ImportOptions.DEFAULT,
        unitRead);
  }

  /** Every document of the memory index, visible or not. */
  static long stored(OpenSearchSettings s) {
    try (OpenSearchRest rest = new OpenSearchRest(s)) {
      rest.ok("POST", "/" + s.prefix() + "memory/_refresh", Map.of(), null);
      return rest.ok("POST", "/" + s.prefix() + "memory/_count", Map.of(), null).path("count").asLong();
    }
  }

  static List<String> found(OpenSearchTranslationMemory tm, String text) {
    return tm.lookup(new LookupQuery(text, Language.FR, "", "", 70, 10, List.of())).stream().map(TmMatch::target)
        .toList();
  }

  @Test
  void theInvisibleUnitsOfAnImportWhoseProcessWasKilledAreRemovedAndNoCommittedUnitIsTouched() throws Exception {
    OpenSearchSettings s = settings("crash-");
    try (OpenSearchTranslationMemory tm = OpenSearchTranslationMemory.open(s, QUICK)) {
      importString(tm, units("Phrase gardée", 3), "big.tmx", () -> { });
      ProcessKilledMidWrite.run(ImportThatDies.class, node.url(), s.prefix(), "big.tmx");
      assertThat(stored(s)).as("the dead import's units are stored, invisible").isGreaterThan(1000);
      assertThat(tm.size()).isEqualTo(3);
      Thread.sleep(2_500); // its sign of life is now older than the 2 s bound
      tm.upkeep();
      assertThat(stored(s)).as("only the committed units are left").isEqualTo(3);
      assertThat(tm.size()).isEqualTo(3);
      assertThat(found(tm, "Phrase gardée numéro 1.")).contains("Phrase gardée number 1.");
      tm.dropIndexes();
    }
  }

  @Test
  void aRunningImportIsLeftAloneAndOneThatWentSilentCannotCommitAfterItsUnitsWereRemoved() throws Exception {
    OpenSearchSettings s = settings("silent-");
    OpenSearchTranslationMemory.Options silent = OpenSearchTranslationMemory.Options.DEFAULT
        .withImportLiveness(Duration.ofHours(1), Duration.ofSeconds(2));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (OpenSearchTranslationMemory upkeeper = OpenSearchTranslationMemory.open(s, QUICK);
        OpenSearchTranslationMemory alive = OpenSearchTranslationMemory.open(s, QUICK);
        OpenSearchTranslationMemory quiet = OpenSearchTranslationMemory.open(s, silent)) {
      CountDownLatch paused = new CountDownLatch(2);
      CountDownLatch resume = new CountDownLatch(1);
      Future<ImportReport> running = pool.submit(() -> importString(alive, units("Vivante", 800), "alive.tmx",
          pauseAt(600, paused, resume)));
      Future<ImportReport> gone = pool.submit(() -> importString(quiet, units("Silencieuse", 800), "quiet.tmx",
          pauseAt(600, paused, resume)));
      assertThat(paused.await(60, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(2_500);
      upkeeper.upkeep();
      resume.countDown();
      assertThat(running.get().imported()).isEqualTo(800);
      assertThatThrownBy(gone::get).hasRootCauseInstanceOf(OpenSearchUnavailableException.class)
          .rootCause().hasMessageContaining("no sign of life");
      assertThat(upkeeper.size()).isEqualTo(800);
      assertThat(stored(s)).isEqualTo(800);
      upkeeper.dropIndexes();
    } finally {
      pool.shutdownNow();
    }
  }

  private static Runnable pauseAt(int unit, CountDownLatch paused, CountDownLatch resume) {
    AtomicInteger read = new AtomicInteger();
    return () -> {
      if (read.incrementAndGet() != unit) return;
      paused.countDown();
      try {
        resume.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  @Test
  void compactionEmptiesTheCommittedListAndEveryUnitStaysVisibleAndReplaceable() {
    OpenSearchSettings s = settings("compact-");
    try (OpenSearchTranslationMemory tm = OpenSearchTranslationMemory.open(s)) {
      importString(tm, units("Alpha", 3), "a.tmx", () -> { });
      importString(tm, units("Bravo", 3), "b.tmx", () -> { });
      importString(tm, units("Alpha révisée", 2), "a.tmx", () -> { });
      assertThat(tm.committedBatches()).hasSize(4);
      List<String> before = found(tm, "Bravo numéro 2.");
      tm.compact(0);
      assertThat(tm.committedBatches()).containsExactly(OpenSearchTranslationMemory.LIVE);
      assertThat(tm.size()).isEqualTo(5);
      assertThat(stored(s)).as("the replaced units are gone").isEqualTo(5);
      assertThat(found(tm, "Bravo numéro 2.")).isEqualTo(before).contains("Bravo number 2.");
      assertThat(found(tm, "Alpha numéro 2.")).doesNotContain("Alpha number 2.");
      // the compacted units still belong to their file: a re-import replaces them
      importString(tm, units("Bravo révisée", 1), "b.tmx", () -> { });
      assertThat(tm.size()).isEqualTo(3);
      assertThat(found(tm, "Bravo numéro 2.")).doesNotContain("Bravo number 2.");
      tm.dropIndexes();
    }
  }

  @Test
  void aFailedImportAndTheUnitsAReimportReplacedLeaveNothingStored() {
    // no periodic refresh during the test: the failed import's units are written but not yet searchable when it
    // is abandoned, as on a loaded node (this test failed in CI that way before the sweep refreshed first)
    OpenSearchSettings s = settings("failed-").withRefreshInterval("60s");
    try (OpenSearchTranslationMemory tm = OpenSearchTranslationMemory.open(s)) {
      importString(tm, units("Charlie", 4), "c.tmx", () -> { });
      importString(tm, units("Charlie révisée", 2), "c.tmx", () -> { });
      assertThat(stored(s)).as("the replaced units are deleted, not only hidden").isEqualTo(2);
      AtomicInteger read = new AtomicInteger();
      assertThatThrownBy(() -> importString(tm, units("Delta", 800), "d.tmx", () -> {
        if (read.incrementAndGet() == 700) throw new IllegalStateException("the disk holding the upload failed");
      })).hasMessageContaining("disk");
      assertThat(stored(s)).as("the failed import's 500 written units are deleted").isEqualTo(2);
      assertThat(tm.size()).isEqualTo(2);
      tm.dropIndexes();
    }
  }
}
