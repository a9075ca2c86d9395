package org.entente.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.entente.terminology.Concept;
import org.entente.terminology.GlossarySync;
import org.entente.terminology.SearchMode;
import org.entente.terminology.Term;
import org.entente.terminology.TermHit;
import org.entente.terminology.TermStatus;
import org.entente.text.Language;
import org.entente.testing.SharedOpenSearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several Entente instances on one OpenSearch termbase (the run's real node, a process of its own): what one writes,
 * the others recognise within the documented bound (the version check interval plus one reload), without writing
 * themselves; the glossary folder synchronised by all at once is imported once; concurrent writes of one concept
 * leave one version of it.
 */
class OpenSearchTermBaseInstancesTest {
  static OpenSearchNode node;
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  @TempDir Path dir;

  @BeforeAll
  static void startNode() {
    node = SharedOpenSearch.node();
  }

  static OpenSearchSettings fresh() {
    return OpenSearchSettings.parse(node.url()).withPrefix("tbi" + PREFIXES.incrementAndGet() + "-").withShards(1, 0);
  }

  static Concept concept(String id, String fr, String en) {
    return new Concept(id, "", null, null, "", null, null, "",
        List.of(Term.of(fr, Language.FR, TermStatus.PREFERRED), Term.of(en, Language.EN, TermStatus.PREFERRED)));
  }

  /** Polls {@code done} until it holds; how long it took, or null when {@code limit} passed first. */
  static Duration within(Duration limit, BooleanSupplier done) throws InterruptedException {
    long start = System.nanoTime();
    while (System.nanoTime() - start <= limit.toNanos()) {
      if (done.getAsBoolean()) return Duration.ofNanos(System.nanoTime() - start);
      Thread.sleep(20);
    }
    return done.getAsBoolean() ? Duration.ofNanos(System.nanoTime() - start) : null;
  }

  static boolean recognises(OpenSearchTermBase base, String text, Language lang, String conceptId) {
    return base.recognise(text, lang).stream().map(TermHit::conceptId).anyMatch(conceptId::equals);
  }

  @Test
  void aTermWrittenThroughOneInstanceIsRecognisedByAnotherWithinTheCheckIntervalPlusOneReload() throws Exception {
    OpenSearchSettings s = fresh();
    try (OpenSearchTermBase a = OpenSearchTermBase.open(s); OpenSearchTermBase b = OpenSearchTermBase.open(s)) {
      GlossarySync.run(Path.of("glossaries"), a);
      // the bound at this machine's current speed: one check interval plus one full reload, measured on the spot
      // by a third instance loading the same termbase (twice the reload, for the machine's load varying meanwhile)
      long t0 = System.nanoTime();
      try (OpenSearchTermBase c = OpenSearchTermBase.open(s, Duration.ZERO)) {
        assertThat(c.size()).isEqualTo(a.size());
      }
      Duration bound = OpenSearchTermBase.DEFAULT_CHECK.plus(Duration.ofNanos(2 * (System.nanoTime() - t0)))
          .plusMillis(500);
      assertThat(within(bound, () -> b.size() == a.size())).as("the glossary reaches b within " + bound).isNotNull();
      long reloads = b.reloads();
      int batches = a.committedBatches().size();

      a.put(concept("c-zephyr", "cellule de coordination Zéphyr", "Zephyr Coordination Cell"));
      assertThat(recognises(a, "la cellule de coordination Zéphyr", Language.FR, "c-zephyr")).as("the writer at once").isTrue();
      Duration seen = within(bound, () -> recognises(b, "at the Zephyr Coordination Cell", Language.EN, "c-zephyr"));
      assertThat(seen).as("a term added through a is recognised by b within " + bound).isNotNull();
      assertThat(b.loadedVersion()).isEqualTo(a.loadedVersion());
      assertThat(b.reloads()).as("b learned it by its version check").isGreaterThan(reloads);
      assertThat(b.search("Zephyr Coordination Cell", Language.EN, SearchMode.EXACT, 5)).hasSize(1);

      assertThat(b.delete("c-zephyr")).isTrue();
      assertThat(within(bound, () -> !recognises(a, "at the Zephyr Coordination Cell", Language.EN, "c-zephyr")))
          .as("a delete through b reaches a within " + bound).isNotNull();
      assertThat(a.concept("c-zephyr")).isEmpty();
      assertThat(a.committedBatches()).as("single writes take their batch off the committed list").hasSize(batches);
    }
  }

  @Test
  void instancesSynchronisingTheSameGlossaryFolderAtOnceImportEachFileOnce() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("glossaries"));
    Files.copy(Path.of("glossaries", "nato.tbx"), folder.resolve("nato.tbx"));
    Files.writeString(folder.resolve("extra.csv"), "fr,en\nOTAN,NATO\nAlliance,Alliance\n");
    OpenSearchSettings s = fresh();
    List<OpenSearchTermBase> instances = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      for (int i = 0; i < 3; i++) instances.add(OpenSearchTermBase.open(s, Duration.ZERO));
      long before = instances.get(0).storedVersion();
      List<Future<List<GlossarySync.Outcome>>> runs = new ArrayList<>();
      for (OpenSearchTermBase base : instances) runs.add(pool.submit(() -> GlossarySync.run(folder, base)));
      int imported = 0;
      for (Future<List<GlossarySync.Outcome>> r : runs) {
        for (GlossarySync.Outcome o : r.get()) {
          assertThat(o.error()).isNull();
          if (!o.report().unchanged()) imported++;
        }
      }
      assertThat(imported).as("each of the 2 files imported by one instance only").isEqualTo(2);
      assertThat(instances.get(0).storedVersion()).isEqualTo(before + 2);
      for (OpenSearchTermBase base : instances) {
        base.reload();
        assertThat(base.concepts()).isEqualTo(instances.get(0).concepts());
      }
      assertThat(instances.get(0).visibleDocuments()).isEqualTo(instances.get(0).size());
    } finally {
      pool.shutdownNow();
      for (OpenSearchTermBase base : instances) base.close();
    }
  }

  @Test
  void concurrentWritesOfOneConceptThroughTwoInstancesLeaveOneVersionOfIt() throws Exception {
    OpenSearchSettings s = fresh();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (OpenSearchTermBase a = OpenSearchTermBase.open(s, Duration.ZERO);
         OpenSearchTermBase b = OpenSearchTermBase.open(s, Duration.ZERO)) {
      List<Callable<Void>> writers = new ArrayList<>();
      for (OpenSearchTermBase base : List.of(a, b)) {
        writers.add(() -> {
          for (int i = 0; i < 8; i++) base.put(concept("c-x", "terme " + i, "term " + i));
          return null;
        });
      }
      for (Future<Void> f : pool.invokeAll(writers)) f.get();
      a.reload();
      b.reload();
      assertThat(a.visibleDocuments()).as("one document of c-x is visible").isEqualTo(1);
      assertThat(a.concepts()).isEqualTo(b.concepts()).hasSize(1);
      assertThat(a.loadedVersion()).isEqualTo(b.loadedVersion()).isEqualTo(a.storedVersion());
    } finally {
      pool.shutdownNow();
    }
  }
}
