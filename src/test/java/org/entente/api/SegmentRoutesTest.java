package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentRoutesTest {
  @TempDir Path dataDir;
  RealService service;

  @BeforeEach
  void start() {
    service = new RealService(dataDir, ApiConfig.local(0));
  }

  @AfterEach
  void stop() {
    service.close();
  }

  HttpResponse<String> post(String body) throws Exception {
    return service.send("POST", "/api/v1/segment", body, "application/json", null);
  }

  @Test
  void segmentsTextWithOffsetsIntoTheTextAsSent() throws Exception {
    String text = "« C’est grave. » M. Stoltenberg l’a dit le 15 Feb. 2023.\n\nPublicité";
    var res = post(Json.MAPPER.writeValueAsString(Map.of("lang", "fr_FR", "text", text)));
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    JsonNode body = Json.MAPPER.readTree(res.body());
    assertThat(body.get("lang").asText()).isEqualTo("fr-FR");
    JsonNode segs = body.get("segments");
    assertThat(segs).hasSize(3);
    for (JsonNode s : segs) {
      assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
    }
    assertThat(segs.get(0).get("text").asText()).isEqualTo("« C’est grave. »");
    assertThat(segs.get(2).get("paragraph").asInt()).isEqualTo(1);
  }

  @Test
  void emptyTextGivesNoSegments() throws Exception {
    var res = post("{\"lang\":\"en\",\"text\":\"\"}");
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(Json.MAPPER.readTree(res.body()).get("segments")).isEmpty();
  }

  @Test
  void badLanguageAnswersProblemDetailsNamingTheField() throws Exception {
    var res = post("{\"lang\":\"xx\",\"text\":\"Hallo.\"}");
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith(Problem.MEDIA_TYPE);
    JsonNode body = Json.MAPPER.readTree(res.body());
    assertThat(body.get("where").asText()).isEqualTo("lang");
    assertThat(body.get("detail").asText()).contains("xx");
  }

  @Test
  void missingTextOrBadWrapAnswers400NamingTheField() throws Exception {
    assertThat(Json.MAPPER.readTree(post("{\"lang\":\"fr\"}").body()).get("where").asText()).isEqualTo("text");
    assertThat(Json.MAPPER.readTree(post("{\"text\":\"x\"}").body()).get("where").asText()).isEqualTo("lang");
    var bad = post("{\"lang\":\"fr\",\"text\":\"x\",\"wrap\":\"no\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Json.MAPPER.readTree(bad.body()).get("where").asText()).isEqualTo("wrap");
    assertThat(post("not json").statusCode()).isEqualTo(400);
  }

  @Test
  void healthSaysTheSegmenterIsLoaded() throws Exception {
    var res = service.send("GET", "/health", null, null, null);
    JsonNode seg = Json.MAPPER.readTree(res.body()).get("loaded").get("segmenter");
    assertThat(seg.get("fr").asText()).startsWith("opennlp-fr");
    assertThat(seg.get("en").asText()).startsWith("opennlp-en");
  }
}
