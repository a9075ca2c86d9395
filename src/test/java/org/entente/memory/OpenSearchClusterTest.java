package org.entente.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * A three-node loopback OpenSearch cluster with one replica per shard keeps answering, and loses no acknowledged
 * write, when one node is killed ({@code kill -9}) in the middle of writes. Three nodes (512 MB of heap each) start in
 * about 10 s on a quiet 2-core machine; the test runs in every build and skips when the local node is not built.
 */
class OpenSearchClusterTest {
  @TempDir Path tmp;

  @Test
  void aThreeNodeClusterWithOneReplicaKeepsAnsweringAndLosesNoAcknowledgedWriteWhenANodeIsKilled() throws Exception {
    var missing = OpenSearchNode.missing();
    assumeTrue(missing.isEmpty(), () -> "OpenSearch cluster test skipped: " + missing.orElse(""));
    int[] transport = {freePort(), freePort(), freePort()};
    String seeds = "127.0.0.1:" + transport[0] + ",127.0.0.1:" + transport[1] + ",127.0.0.1:" + transport[2];
    ExecutorService starting = Executors.newFixedThreadPool(3);
    List<Future<OpenSearchNode>> futures = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      int n = i;
      futures.add(starting.submit(() -> OpenSearchNode.start(tmp.resolve("n" + n), 0, List.of("--name", "n" + n,
          "--cluster", "entente-three", "--transport-port", Integer.toString(transport[n]), "--seeds", seeds,
          "--managers", "n0,n1,n2"))));
    }
    List<OpenSearchNode> nodes = new ArrayList<>();
    try {
      for (Future<OpenSearchNode> f : futures) nodes.add(f.get());
      starting.shutdown();
      String urls = String.join(",", nodes.stream().map(OpenSearchNode::url).toList());
      OpenSearchSettings settings = OpenSearchSettings.parse(urls).withShards(2, 1).withRefreshInterval("200ms");
      ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
      try (OpenSearchTranslationMemory tm = OpenSearchTranslationMemory.open(settings)) {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(nodes.get(0).url()
            + "/_cluster/health?wait_for_status=green&timeout=120s")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"status\":\"green\"");
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
          int writer = w;
          writers.add(pool.submit(() -> {
            for (int i = 0; !stop.get(); i++) {
              try {
                acknowledged.add(tm.add(TranslationUnit.of(Language.FR, "Le navire " + writer + " porte le numéro "
                    + i + ".", Language.EN, "Ship " + writer + " is number " + i + ".")).id());
              } catch (RuntimeException e) {
                // not acknowledged while the cluster fails over: the writer tries the next one
              }
            }
          }));
        }
        while (acknowledged.size() < 30) Thread.sleep(20);
        nodes.get(2).kill();
        int before = acknowledged.size();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (acknowledged.size() < before + 30 && System.nanoTime() < deadline) Thread.sleep(50);
        stop.set(true);
        for (Future<?> f : writers) f.get();
        pool.shutdown();
        assertThat(acknowledged.size()).as("writes acknowledged after the kill").isGreaterThanOrEqualTo(before + 30);
        List<String> lost = acknowledged.stream().filter(id -> tm.get(id).isEmpty()).toList();
        assertThat(lost).as("acknowledged units lost of %d", acknowledged.size()).isEmpty();
        assertThat(tm.lookup(LookupQuery.of("Le navire 0 porte le numéro 3.", Language.FR))).isNotEmpty();
      }
    } finally {
      starting.shutdownNow();
      for (OpenSearchNode n : nodes) n.close();
      for (Future<OpenSearchNode> f : futures) {
        if (f.isDone() && !f.isCancelled()) {
          try {
            f.get().close();
          } catch (Exception e) {
            // a node that failed to start has nothing to stop
          }
        }
      }
    }
  }

  private static int freePort() throws java.io.IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
