package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.entente.Services;
import org.entente.opensearch.OpenSearchNode;
import org.entente.opensearch.OpenSearchSettings;
import org.entente.opensearch.OpenSearchTranslationMemory;
import org.entente.testing.SharedOpenSearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Entente services, each with its own data folder, keeping their memory on one real OpenSearch node (as
 * {@code serve --opensearch} does): what one imports or writes over HTTP, the other finds at once.
 */
class OpenSearchInstancesTest {
  static final String KEY = "s3cret";
  @TempDir static Path tmp;
  static OpenSearchNode node;

  @BeforeAll
  static void startNode() {
    node = SharedOpenSearch.node();
  }

  static RealService instance(String name, OpenSearchSettings settings) {
    OpenSearchTranslationMemory store = OpenSearchTranslationMemory.open(settings);
    return new RealService(Services.open(tmp.resolve(name), "test " + name, store),
        ApiConfig.local(0).withApiKey(KEY));
  }

  @Test
  void whatOneInstanceImportsOrWritesTheOtherFindsAtOnce() throws Exception {
    OpenSearchSettings settings = OpenSearchSettings.parse(node.url()).withPrefix("two-").withShards(2, 0)
        .withRefreshInterval("200ms");
    try (RealService a = instance("a", settings); RealService b = instance("b", settings)) {
      var imported = a.send("POST", "/api/v1/tm/import?name=inline.tmx", MemoryRoutesTest.inlineTmx(),
          "application/xml", KEY);
      assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
      JsonNode look = Json.MAPPER.readTree(b.send("GET", "/api/v1/tm/lookup?lang=fr&text="
          + MemoryRoutesTest.enc("Voir la note 12."), null, null, null).body());
      assertThat(look.toString()).contains("Voir la note");
      String body = "{\"sourceLanguage\":\"fr\",\"source\":\"Bonjour.\",\"targetLanguage\":\"en\",\"target\":\"Hello.\"}";
      var created = b.send("POST", "/api/v1/tm/units", body, "application/json", KEY);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      String id = Json.MAPPER.readTree(created.body()).path("id").asText();
      var read = a.send("GET", "/api/v1/tm/units/" + id, null, null, null);
      assertThat(read.statusCode()).isEqualTo(200);
      assertThat(read.body()).contains("Hello.");
      assertThat(a.send("DELETE", "/api/v1/tm/units/" + id, null, null, KEY).statusCode()).isEqualTo(204);
      assertThat(b.send("GET", "/api/v1/tm/units/" + id, null, null, null).statusCode()).isEqualTo(404);
      assertThat(a.send("GET", "/api/v1/tm/concordance?text=Brussels", null, null, null).body()).contains("Brussels");
      assertThat(b.send("GET", "/api/v1/tm/export", null, null, null).body()).contains("Voir la note");
    }
  }
}
