package org.entente.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.entente.opensearch.OpenSearchNode;
import org.entente.opensearch.OpenSearchSettings;
import org.entente.opensearch.OpenSearchTranslationMemory;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged writes to the OpenSearch memory survive a {@code kill -9} of the node: four writers add units until
 * the node is killed; a node restarted on the same folder holds every unit whose add returned.
 */
class OpenSearchDurabilityTest {
  @TempDir Path tmp;

  @Test
  void everyAcknowledgedWriteSurvivesAKillNineOfTheNode() throws Exception {
    var missing = OpenSearchNode.missing();
    assumeTrue(missing.isEmpty(), () -> "OpenSearch durability test skipped: " + missing.orElse(""));
    Path data = tmp.resolve("node");
    ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    OpenSearchNode node = OpenSearchNode.start(data, 0, List.of());
    OpenSearchSettings settings;
    try {
      settings = OpenSearchSettings.parse(node.url()).withShards(1, 0).withRefreshInterval("100ms");
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try (OpenSearchTranslationMemory tm = OpenSearchTranslationMemory.open(settings)) {
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
          int writer = w;
          writers.add(pool.submit(() -> {
            for (int i = 0; !stop.get(); i++) {
              try {
                acknowledged.add(tm.add(TranslationUnit.of(Language.FR, "Le navire " + writer + " porte le numéro "
                    + i + ".", Language.EN, "Ship " + writer + " is number " + i + ".")).id());
              } catch (RuntimeException e) {
                return; // the node is gone: this write was never acknowledged
              }
            }
          }));
        }
        while (acknowledged.size() < 40) Thread.sleep(20);
        node.kill();
        stop.set(true);
        for (Future<?> f : writers) f.get();
      } finally {
        pool.shutdownNow();
      }
    } finally {
      node.kill();
    }
    OpenSearchNode again = OpenSearchNode.start(data, 0, List.of());
    try (OpenSearchTranslationMemory tm = OpenSearchTranslationMemory.open(
        OpenSearchSettings.parse(again.url()).withShards(1, 0))) {
      List<String> lost = acknowledged.stream().filter(id -> tm.get(id).isEmpty()).toList();
      assertThat(lost).as("acknowledged units lost of %d", acknowledged.size()).isEmpty();
      assertThat(tm.size()).isGreaterThanOrEqualTo(acknowledged.size());
    } finally {
      again.close();
    }
  }
}
