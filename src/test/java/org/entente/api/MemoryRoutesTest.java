package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryRoutesTest {
  static final String KEY = "s3cret";
  @TempDir Path dataDir;
  RealService service;

  @BeforeEach
  void start() {
    service = new RealService(dataDir, ApiConfig.local(0).withApiKey(KEY));
  }

  @AfterEach
  void stop() {
    service.close();
  }

  HttpResponse<String> send(String method, String path, String body, String contentType, boolean key) throws Exception {
    return service.send(method, path, body, contentType, key ? KEY : null);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.MAPPER.readTree(r.body());
  }

  static String inlineTmx() throws Exception {
    try (InputStream in = MemoryRoutesTest.class.getResourceAsStream("/tmx/inline.tmx")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void importThenLookupThenConcordanceOverHttp() throws Exception {
    var imp = send("POST", "/api/v1/tm/import?name=inline.tmx", inlineTmx(), "application/xml", true);
    assertThat(imp.statusCode()).isEqualTo(200);
    assertThat(json(imp).get("imported").asInt()).isEqualTo(3);

    var look = send("GET", "/api/v1/tm/lookup?text=" + enc("Voir la note 12.") + "&lang=fr", null, null, false);
    assertThat(look.statusCode()).isEqualTo(200);
    JsonNode m = json(look).get("matches").get(0);
    assertThat(m.get("source").asText()).isEqualTo("Voir la note 12.");
    assertThat(m.get("target").asText()).isEqualTo("See note 12.");
    assertThat(m.get("score").asInt()).isEqualTo(100 - 2); // the stored unit has two tags the query lacks
    assertThat(m.get("explanation").get("penalties").get(0).get("reason").asText()).startsWith("tags");

    var posted = send("POST", "/api/v1/tm/lookup", "lang=fr&text=" + enc("Voir la note 12."),
        "application/x-www-form-urlencoded", false);
    assertThat(json(posted).get("matches").get(0).get("target").asText()).isEqualTo("See note 12.");

    var conc = send("GET", "/api/v1/tm/concordance?text=Brussels", null, null, false);
    JsonNode hit = json(conc).get("hits").get(0);
    assertThat(hit.get("language").asText()).isEqualTo("en");
    assertThat(hit.get("highlighted").asText()).contains("<mark>Brussels</mark>");

    var health = send("GET", "/health", null, null, false);
    assertThat(json(health).get("loaded").get("memory").get("units").asInt()).isEqualTo(3);
  }

  @Test
  void unitsCanBeCreatedReadUpdatedAndDeletedWithTheKey() throws Exception {
    String body = "{\"sourceLanguage\":\"fr-FR\",\"source\":\"Bonjour.\",\"targetLanguage\":\"en\",\"target\":\"Hello.\","
        + "\"properties\":{\"domain\":\"greetings\",\"client\":\"\",\"project\":\"\",\"document\":\"\",\"status\":\"draft\"},"
        + "\"user\":\"jdoe\"}";
    assertThat(send("POST", "/api/v1/tm/units", body, "application/json", false).statusCode()).isEqualTo(401);
    var created = send("POST", "/api/v1/tm/units", body, "application/json", true);
    assertThat(created.statusCode()).isEqualTo(201);
    String id = json(created).get("id").asText();
    assertThat(json(created).get("origin").get("kind").asText()).isEqualTo("API_USER");
    var read = send("GET", "/api/v1/tm/units/" + id, null, null, false);
    assertThat(json(read).get("properties").get("domain").asText()).isEqualTo("greetings");
    var updated = send("PUT", "/api/v1/tm/units/" + id, body.replace("Hello.", "Good morning."), "application/json", true);
    assertThat(json(updated).get("target").asText()).isEqualTo("Good morning.");
    assertThat(send("DELETE", "/api/v1/tm/units/" + id, null, null, true).statusCode()).isEqualTo(204);
    var gone = send("GET", "/api/v1/tm/units/" + id, null, null, false);
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(gone.headers().firstValue("Content-Type").orElse("")).startsWith(Problem.MEDIA_TYPE);
  }

  @Test
  void anAsynchronousImportAnswers202AndItsStatusSaysWhenDurable() throws Exception {
    var accepted = send("POST", "/api/v1/tm/import?async=true&name=inline.tmx", inlineTmx(), "application/xml", true);
    assertThat(accepted.statusCode()).isEqualTo(202);
    String statusUrl = json(accepted).get("statusUrl").asText();
    JsonNode status = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      status = json(send("GET", statusUrl, null, null, false));
      if (status.get("status").asText().equals("done") || status.get("status").asText().equals("failed")) break;
      Thread.sleep(50);
    }
    assertThat(status.get("status").asText()).isEqualTo("done");
    assertThat(status.get("durable").asBoolean()).isTrue();
    assertThat(status.get("report").get("imported").asInt()).isEqualTo(3);
  }

  @Test
  void aMalformedTmxIsAProblemWithWhereAndNothingImported() throws Exception {
    var r = send("POST", "/api/v1/tm/import?name=bad.tmx", inlineTmx().replace("</body>", ""), "application/xml", true);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("where").asText()).startsWith("bad.tmx:");
    assertThat(service.services.memory().size()).isZero();
  }

  @Test
  void exportStreamsTmx() throws Exception {
    send("POST", "/api/v1/tm/import?name=inline.tmx", inlineTmx(), "application/xml", true);
    var r = send("GET", "/api/v1/tm/export", null, null, false);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).startsWith("<?xml").contains("<tmx version=\"1.4\">").contains("Nuclear Planning Group");
  }

  @Test
  void badParametersAreProblemsNamingTheParameter() throws Exception {
    var r = send("GET", "/api/v1/tm/lookup?text=x&min=abc", null, null, false);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("where").asText()).isEqualTo("min");
    var noText = send("GET", "/api/v1/tm/lookup", null, null, false);
    assertThat(json(noText).get("where").asText()).isEqualTo("text");
  }

  @Test
  void uploadsWithoutANameNeverReplaceEachOther() throws Exception {
    String first = "<?xml version=\"1.0\"?><tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" "
        + "segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"fr\" datatype=\"plaintext\"/><body>"
        + "<tu><tuv xml:lang=\"fr\"><seg>Les avions décollent.</seg></tuv><tuv xml:lang=\"en\"><seg>The aircraft take "
        + "off.</seg></tuv></tu></body></tmx>";
    String second = first.replace("Les avions décollent.", "Les navires appareillent.")
        .replace("The aircraft take off.", "The ships sail.");
    assertThat(send("POST", "/api/v1/tm/import", first, "application/xml", true).statusCode()).isEqualTo(200);
    assertThat(send("POST", "/api/v1/tm/import", second, "application/xml", true).statusCode()).isEqualTo(200);
    for (String fr : new String[] {"Les avions décollent.", "Les navires appareillent."}) {
      var look = json(send("GET", "/api/v1/tm/lookup?min=100&lang=fr&text=" + enc(fr), null, null, false));
      assertThat(look.get("matches")).as(fr).hasSize(1);
    }
  }

  @Test
  void aLongQueryIsAnsweredAndOneOverTheLimitIs413() throws Exception {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < 700; i++) {
      // 700 distinct letter-only words: mot + i written in the letters a to j
      words.append("mot").append(Integer.toString(i).chars().mapToObj(c -> Character.toString('a' + c - '0'))
          .collect(java.util.stream.Collectors.joining())).append(' ');
    }
    var ok = send("POST", "/api/v1/tm/lookup", "lang=fr&min=50&text=" + enc(words.toString()),
        "application/x-www-form-urlencoded", false);
    assertThat(ok.statusCode()).isEqualTo(200);
    var tooLong = send("POST", "/api/v1/tm/lookup", "lang=fr&text=" + enc("mot ".repeat(30_000)),
        "application/x-www-form-urlencoded", false);
    assertThat(tooLong.statusCode()).isEqualTo(413);
    assertThat(tooLong.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
  }
}
