package org.entente.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.memory.ImportReport;
import org.entente.memory.LookupQuery;
import org.entente.memory.TmMatch;
import org.entente.testing.SharedOpenSearch;
import org.entente.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tmx/} synced into the OpenSearch memory by every instance at its start, on the run's real node: each file's
 * content goes in once across the instances, a changed file replaces its units, a removed one loses them; and
 * {@code reindex} rebuilds every document from its stored unit.
 */
class OpenSearchFolderSyncTest {
  @TempDir Path tmp;

  @BeforeAll
  static void startNode() {
    SharedOpenSearch.node();
  }

  static OpenSearchSettings settings(String prefix) {
    return ImportUpkeepTest.settings(prefix);
  }

  /** A tmx/ folder as an instance has it: two files, one in a subfolder. */
  private Path folder(String instance) throws Exception {
    Path tmx = tmp.resolve(instance).resolve("tmx");
    Files.createDirectories(tmx.resolve("air"));
    Files.writeString(tmx.resolve("nato.tmx"), ImportUpkeepTest.units("Réunion du Conseil", 3), StandardCharsets.UTF_8);
    Files.writeString(tmx.resolve("air/nato.tmx"), ImportUpkeepTest.units("Escadrille", 2), StandardCharsets.UTF_8);
    return tmx;
  }

  private static List<String> targets(OpenSearchTranslationMemory tm, String text) {
    return tm.lookup(new LookupQuery(text, Language.FR, "", "", 100, 10, List.of())).stream().map(TmMatch::target)
        .toList();
  }

  private static List<String> ids(OpenSearchTranslationMemory tm, String text) {
    return tm.lookup(new LookupQuery(text, Language.FR, "", "", 100, 10, List.of())).stream().map(TmMatch::unitId)
        .toList();
  }

  @Test
  void twoInstancesStartingTogetherSyncEachFileOnceThenChangesAndRemovalsFollowTheFolder() throws Exception {
    OpenSearchSettings s = settings("sync-");
    Path a = folder("a");
    Path b = folder("b");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (OpenSearchTranslationMemory one = OpenSearchTranslationMemory.open(s);
        OpenSearchTranslationMemory two = OpenSearchTranslationMemory.open(s)) {
      Future<List<ImportReport>> first = pool.submit(() -> one.synchronize(a, null));
      Future<List<ImportReport>> second = pool.submit(() -> two.synchronize(b, null));
      List<ImportReport> all = new java.util.ArrayList<>(first.get());
      all.addAll(second.get());
      assertThat(all).extracting(ImportReport::file).containsOnly("tmx/nato.tmx", "tmx/air/nato.tmx");
      assertThat(all).as("each file imported by one instance, found unchanged by the other")
          .filteredOn(r -> r.imported() > 0).hasSize(2);
      assertThat(one.size()).as("no unit twice").isEqualTo(5);

      Files.writeString(a.resolve("nato.tmx"), ImportUpkeepTest.units("Réunion du Comité", 1), StandardCharsets.UTF_8);
      Files.delete(a.resolve("air/nato.tmx"));
      List<ImportReport> changed = one.synchronize(a, null);
      assertThat(changed).filteredOn(r -> r.file().equals("tmx/nato.tmx")).singleElement()
          .extracting(ImportReport::imported).isEqualTo(1);
      assertThat(changed).filteredOn(r -> r.file().equals("tmx/air/nato.tmx")).singleElement()
          .extracting(ImportReport::error).asString().contains("file removed");
      assertThat(two.size()).isEqualTo(1);
      assertThat(targets(two, "Réunion du Comité numéro 0.")).containsExactly("Réunion du Comité number 0.");
      assertThat(targets(two, "Escadrille numéro 1.")).isEmpty();
      assertThat(two.synchronize(a, null)).extracting(ImportReport::imported).containsOnly(0);
      one.dropIndexes();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void reindexRebuildsEveryDocumentFromItsStoredUnit() throws Exception {
    OpenSearchSettings s = settings("reindex-");
    try (OpenSearchTranslationMemory tm = OpenSearchTranslationMemory.open(s);
        OpenSearchRest rest = new OpenSearchRest(s)) {
      tm.synchronize(folder("r"), null);
      String id = tm.lookup(new LookupQuery("Escadrille numéro 1.", Language.FR, "", "", 100, 1, List.of())).get(0)
          .unitId();
      // an analysis of another Entente version: the stored unit is right, its indexed keys are not
      rest.ok("POST", "/" + s.prefix() + "memory/_update/" + id, Map.of("routing", "default", "refresh", "true"),
          OpenSearchRest.JSON.readTree("{\"doc\":{\"fr_key\":\"stale\",\"fr_exact\":\"stale\",\"fr_m\":\"x\"}}"));
      assertThat(ids(tm, "Escadrille numéro 1.")).doesNotContain(id);
      assertThat(tm.reindex(org.entente.text.Progress.NONE)).isEqualTo(5);
      assertThat(ids(tm, "Escadrille numéro 1.")).contains(id);
      assertThat(tm.size()).isEqualTo(5);
      assertThat(tm.synchronize(tmp.resolve("r/tmx"), null)).as("the files' identity is kept")
          .extracting(ImportReport::imported).containsOnly(0);
      tm.dropIndexes();
    }
  }
}
