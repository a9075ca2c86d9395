package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.entente.Services;
import org.entente.opensearch.OpenSearchNode;
import org.entente.opensearch.OpenSearchSettings;
import org.entente.opensearch.OpenSearchTermBase;
import org.entente.opensearch.OpenSearchTranslationMemory;
import org.entente.testing.SharedOpenSearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Entente services, each with its own data folder, keeping memory and termbase on one real OpenSearch node (as
 * {@code serve --opensearch} does): a concept created through one over {@code /api/v1/concepts} is answered and
 * recognised by the other once its version check has run, and a delete through the other reaches the first.
 */
class OpenSearchTermbaseApiTest {
  static final String KEY = "s3cret";
  @TempDir static Path tmp;
  static OpenSearchNode node;

  @BeforeAll
  static void startNode() {
    node = SharedOpenSearch.node();
  }

  static RealService instance(String name, OpenSearchSettings settings) {
    OpenSearchTranslationMemory store = OpenSearchTranslationMemory.open(settings);
    OpenSearchTermBase terms = OpenSearchTermBase.open(settings, Duration.ofMillis(200));
    return new RealService(Services.open(tmp.resolve(name), "test " + name, store, terms),
        ApiConfig.local(0).withApiKey(KEY));
  }

  /** Asks until {@code path}'s answer contains {@code text} (or not), for at most ten seconds. */
  static boolean eventually(RealService s, String method, String path, String body, String text, boolean present)
      throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    do {
      var r = s.send(method, path, body, body == null ? null : "application/json", null);
      if (r.body().contains(text) == present) return true;
      Thread.sleep(50);
    } while (System.nanoTime() < end);
    return false;
  }

  @Test
  void aConceptCreatedThroughOneInstanceIsAnsweredAndRecognisedByTheOther() throws Exception {
    OpenSearchSettings settings = OpenSearchSettings.parse(node.url()).withPrefix("tapi-").withShards(1, 0)
        .withRefreshInterval("200ms");
    try (RealService a = instance("a", settings); RealService b = instance("b", settings)) {
      String concept = "{\"id\":\"c-hq\",\"terms\":[{\"text\":\"siège de l'OTAN\",\"language\":\"fr\",\"status\":\"preferred\"},"
          + "{\"text\":\"NATO Headquarters\",\"language\":\"en\",\"status\":\"preferred\"}]}";
      var created = a.send("POST", "/api/v1/concepts", concept, "application/json", KEY);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      String recognize = "{\"text\":\"Le ministre s'est rendu au siège de l'OTAN.\",\"lang\":\"fr\"}";
      assertThat(eventually(b, "POST", "/api/v1/terms/recognize", recognize, "c-hq", true)).isTrue();
      assertThat(b.send("GET", "/api/v1/concepts/c-hq", null, null, null).body()).contains("NATO Headquarters");
      assertThat(b.send("GET", "/api/v1/terms/search?q=NATO%20Head&lang=en", null, null, null).body()).contains("c-hq");
      var conflict = b.send("POST", "/api/v1/concepts", concept, "application/json", KEY);
      assertThat(conflict.statusCode()).isEqualTo(409);
      assertThat(b.send("DELETE", "/api/v1/concepts/c-hq", null, null, KEY).statusCode()).isEqualTo(204);
      assertThat(eventually(a, "POST", "/api/v1/terms/recognize", recognize, "c-hq", false)).isTrue();
      assertThat(a.send("GET", "/api/v1/concepts/c-hq", null, null, null).statusCode()).isEqualTo(404);
    }
  }
}
