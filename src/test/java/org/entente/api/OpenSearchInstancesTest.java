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

  /** Indexes of their own on the test node, no replica, a short refresh interval. */
  static OpenSearchSettings settings(String prefix, int shards) {
    return OpenSearchSettings.parse(node.url()).withPrefix(prefix).withShards(shards, 0).withRefreshInterval("200ms");
  }

  static RealService instance(String name, OpenSearchSettings settings) {
    OpenSearchTranslationMemory store = OpenSearchTranslationMemory.open(settings);
    return new RealService(Services.open(tmp.resolve(name), "test " + name, store),
        ApiConfig.local(0).withApiKey(KEY));
  }

  @Test
  void whatOneInstanceImportsOrWritesTheOtherFindsAtOnce() throws Exception {
    OpenSearchSettings settings = settings("two-", 2);
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

  @Test
  void anImportJobRunOnOneInstanceIsAnsweredForByTheOther() throws Exception {
    OpenSearchSettings settings = settings("jobs-", 1);
    try (RealService a = instance("ja", settings); RealService b = instance("jb", settings)) {
      var accepted = a.send("POST", "/api/v1/tm/import?async=true&name=inline.tmx", MemoryRoutesTest.inlineTmx(),
          "application/xml", KEY);
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
      String statusUrl = Json.MAPPER.readTree(accepted.body()).path("statusUrl").asText();
      // B never ran the job: it answers from the status A keeps in the cluster
      JsonNode status = null;
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline) {
        var got = b.send("GET", statusUrl, null, null, null);
        assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
        status = Json.MAPPER.readTree(got.body());
        if (status.path("status").asText().matches("done|failed")) break;
        Thread.sleep(100);
      }
      assertThat(status.path("status").asText()).as(status.toString()).isEqualTo("done");
      assertThat(status.path("durable").asBoolean()).isTrue();
      assertThat(status.path("file").asText()).isEqualTo("inline.tmx");
      assertThat(status.path("report").path("imported").asInt()).isEqualTo(3);
      assertThat(b.send("GET", "/api/v1/tm/import/no-such-job", null, null, null).statusCode()).isEqualTo(404);
    }
  }
  @Test
  void anotherInstanceSeesARunningImportsProgress() throws Exception {
    OpenSearchSettings settings = settings("progress-", 1);
    StringBuilder tmx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header "
        + "creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" "
        + "srclang=\"fr\" datatype=\"plaintext\"/>\n<body>");
    for (int i = 0; i < 20_000; i++) {
      tmx.append("<tu><tuv xml:lang=\"fr\"><seg>La réunion numéro ").append(i).append(" a eu lieu.</seg></tuv>")
          .append("<tuv xml:lang=\"en\"><seg>Meeting number ").append(i).append(" took place.</seg></tuv></tu>\n");
    }
    tmx.append("</body></tmx>");
    try (RealService a = instance("pa", settings); RealService b = instance("pb", settings)) {
      var accepted = a.send("POST", "/api/v1/tm/import?async=true&name=many.tmx", tmx.toString(), "application/xml", KEY);
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
      String statusUrl = Json.MAPPER.readTree(accepted.body()).path("statusUrl").asText();
      // B never ran the job: while it runs, B reads A's progress from the cluster, not only its status
      long seenRunning = -1;
      JsonNode status = null;
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(300).toNanos();
      while (System.nanoTime() < deadline) {
        status = Json.MAPPER.readTree(b.send("GET", statusUrl, null, null, null).body());
        String state = status.path("status").asText();
        if (state.equals("running")) seenRunning = Math.max(seenRunning, status.path("unitsDone").asLong());
        if (state.matches("done|failed")) break;
        Thread.sleep(100);
      }
      assertThat(status.path("status").asText()).as(status.toString()).isEqualTo("done");
      assertThat(seenRunning).as("the largest unitsDone B saw while the job ran").isGreaterThan(0);
      assertThat(status.path("unitsDone").asLong()).isEqualTo(20_000);
    }
  }
}
