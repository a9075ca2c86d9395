package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermRoutesTest {
  static final String KEY = "s3cret";
  static final String NPG = """
      {"id":"c-npg","subjectField":"Nuclear policy","definitions":{"en":"The NATO body for nuclear policy."},
       "subsets":[],"terms":[
        {"text":"Groupe des plans nucléaires","language":"fr","status":"preferred","gender":"masculine"},
        {"text":"Nuclear Planning Group","language":"en","status":"preferred"},
        {"text":"NPG","language":"en","status":"admitted","type":"acronym"}]}""";

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

  HttpResponse<String> send(String method, String path, String body, String key) throws Exception {
    return service.send(method, path, body, "application/json", key);
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.MAPPER.readTree(r.body());
  }

  @Test
  void conceptCrudNeedsTheKeyForWritesAndIsVisibleAtOnce() throws Exception {
    assertThat(send("POST", "/api/v1/concepts", NPG, null).statusCode()).isEqualTo(401);
    assertThat(send("POST", "/api/v1/concepts", NPG, "wrong").statusCode()).isEqualTo(403);
    var created = send("POST", "/api/v1/concepts", NPG, KEY);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).contains("/api/v1/concepts/c-npg");
    assertThat(send("POST", "/api/v1/concepts", NPG, KEY).statusCode()).isEqualTo(409);
    JsonNode got = json(send("GET", "/api/v1/concepts/c-npg", null, null));
    assertThat(got.get("terms")).hasSize(3);
    assertThat(got.get("terms").get(0).get("gender").asText()).isEqualTo("masculine");
    var replaced = send("PUT", "/api/v1/concepts/c-npg", NPG.replace("\"admitted\"", "\"deprecated\""), KEY);
    assertThat(replaced.statusCode()).isEqualTo(200);
    assertThat(json(replaced).get("terms").get(2).get("status").asText()).isEqualTo("deprecated");
    assertThat(send("DELETE", "/api/v1/concepts/c-npg", null, KEY).statusCode()).isEqualTo(204);
    var gone = send("GET", "/api/v1/concepts/c-npg", null, null);
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(gone.headers().firstValue("Content-Type").orElse("")).startsWith(Problem.MEDIA_TYPE);
  }

  @Test
  void badConceptsAreRejectedNamingTheField() throws Exception {
    var r = send("POST", "/api/v1/concepts", NPG.replace("\"preferred\",\"gender\"", "\"favourite\",\"gender\""), KEY);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("detail").asText()).contains("favourite");
    var noTerms = send("POST", "/api/v1/concepts", "{\"id\":\"c1\",\"terms\":[]}", KEY);
    assertThat(noTerms.statusCode()).isEqualTo(400);
  }

  @Test
  void recognitionReturnsHitsWithOffsetsIntoTheTextAsSent() throws Exception {
    send("POST", "/api/v1/concepts", NPG, KEY);
    String text = "Les ministres ont réuni le Groupe des plans nucléaires.";
    var r = send("POST", "/api/v1/terms/recognize", Json.MAPPER.writeValueAsString(
        java.util.Map.of("text", text, "lang", "fr-FR")), null);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode hit = json(r).get("hits").get(0);
    assertThat(text.substring(hit.get("start").asInt(), hit.get("end").asInt())).isEqualTo("Groupe des plans nucléaires");
    assertThat(hit.get("conceptId").asText()).isEqualTo("c-npg");
    assertThat(hit.get("status").asText()).isEqualTo("preferred");
    assertThat(hit.get("nested").asBoolean()).isFalse();
    assertThat(hit.get("equivalents").get(0).get("text").asText()).isEqualTo("Nuclear Planning Group");
    var segs = send("POST", "/api/v1/terms/recognize", "{\"lang\":\"en\",\"segments\":[\"Hello.\",\"The NPG met.\"]}", null);
    JsonNode seg = json(segs).get("hits").get(0);
    assertThat(seg.get("segment").asInt()).isEqualTo(1);
    assertThat(seg.get("start").asInt()).isEqualTo(4);
    assertThat(send("POST", "/api/v1/terms/recognize", "{\"text\":\"x\",\"lang\":\"de\"}", null).statusCode()).isEqualTo(400);
  }

  @Test
  void recognitionCanBeLimitedToSubjectFields() throws Exception {
    send("POST", "/api/v1/concepts", NPG, KEY);
    String body = "{\"text\":\"The NPG met.\",\"lang\":\"en\",\"subjectFields\":%s}";
    assertThat(json(send("POST", "/api/v1/terms/recognize", body.formatted("[\"nuclear POLICY\"]"), null)).get("hits")).hasSize(1);
    assertThat(json(send("POST", "/api/v1/terms/recognize", body.formatted("[\"Sports\"]"), null)).get("hits")).isEmpty();
    assertThat(json(send("POST", "/api/v1/terms/recognize", body.formatted("[]"), null)).get("hits")).hasSize(1);
    var bad = send("POST", "/api/v1/terms/recognize", body.formatted("[\"Sports\", 3]"), null);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("detail").asText()).contains("subjectFields[1]");
    assertThat(send("POST", "/api/v1/terms/recognize", body.formatted("\"Sports\""), null).statusCode()).isEqualTo(400);
  }

  @Test
  void searchFindsByPrefixAndWithTypos() throws Exception {
    send("POST", "/api/v1/concepts", NPG, KEY);
    JsonNode prefix = json(send("GET", "/api/v1/terms/search?q=" + URLEncoder.encode("Groupe des pl", StandardCharsets.UTF_8), null, null));
    assertThat(prefix.get("matches").get(0).get("conceptId").asText()).isEqualTo("c-npg");
    assertThat(prefix.get("matches").get(0).get("how").asText()).isEqualTo("prefix");
    JsonNode typo = json(send("GET", "/api/v1/terms/search?lang=en&q=" + URLEncoder.encode("Nucleer Planning", StandardCharsets.UTF_8), null, null));
    assertThat(typo.get("matches").get(0).get("how").asText()).isEqualTo("fuzzy");
    assertThat(send("GET", "/api/v1/terms/search", null, null).statusCode()).isEqualTo(400);
    JsonNode page = json(send("GET", "/api/v1/concepts?limit=10", null, null));
    assertThat(page.get("total").asInt()).isEqualTo(1);
    assertThat(page.get("concepts").get(0).get("id").asText()).isEqualTo("c-npg");
    JsonNode health = json(send("GET", "/health", null, null));
    assertThat(health.get("loaded").get("concepts").asInt()).isEqualTo(1);
  }

  @Test
  void aConceptKeepsItsTermsDatesAndChecksUseThem() throws Exception {
    String body = """
        {"terms":[{"text":"Eswatini","language":"en","status":"preferred","validFrom":"2018-04-19"},
        {"text":"Swaziland","language":"en","status":"superseded","supersededFrom":"2018-04-19"},
        {"text":"Eswatini","language":"fr","status":"preferred"}]}""";
    var put = send("PUT", "/api/v1/concepts/c-eswatini", body, KEY);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
    JsonNode c = Json.MAPPER.readTree(service.send("GET", "/api/v1/concepts/c-eswatini", null, null, null).body());
    assertThat(c.get("terms").toString()).contains("\"validFrom\":\"2018-04-19\"").contains("\"supersededFrom\":\"2018-04-19\"");

    String before = "{\"text\":\"Swaziland joined the talks.\",\"date\":\"2017-01-01\"}";
    String after = "{\"text\":\"Swaziland joined the talks.\",\"date\":\"2018-04-19\"}";
    assertThat(validityFindings(before)).doesNotContain("TERM_DEPRECATED_IN_TARGET");
    assertThat(validityFindings(after)).contains("TERM_DEPRECATED_IN_TARGET");
  }

  String validityFindings(String checkBody) throws Exception {
    return Json.MAPPER.readTree(service.send("POST", "/api/v1/check", checkBody, "application/json", null).body())
        .get("findings").toString();
  }

  @Test
  void aBadDateNamesTheTermField() throws Exception {
    var bad = send("PUT", "/api/v1/concepts/c-x",
        "{\"terms\":[{\"text\":\"x\",\"language\":\"en\",\"validFrom\":\"19 April 2018\"}]}", KEY);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("terms[0].validFrom").doesNotContain("Exception");
    var reversed = send("PUT", "/api/v1/concepts/c-x", "{\"terms\":[{\"text\":\"x\",\"language\":\"en\","
        + "\"validFrom\":\"2020-01-01\",\"supersededFrom\":\"2019-01-01\"}]}", KEY);
    assertThat(reversed.statusCode()).isEqualTo(400);
    assertThat(reversed.body()).contains("terms[0].supersededFrom");
  }
}
