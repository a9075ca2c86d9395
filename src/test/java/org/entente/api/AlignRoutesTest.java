package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignRoutesTest {
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

  HttpResponse<String> post(Object body) throws Exception {
    return service.send("POST", "/api/v1/align", Json.MAPPER.writeValueAsString(body), "application/json", null);
  }

  @Test
  void alignsTwoListsOfSentencesAndFlagsTheOmission() throws Exception {
    var res = post(Map.of(
        "frSentences", List.of("Les Alliés se sont réunis le 12 juin 2024.", "Publicité", "L’OTAN a 75 ans."),
        "enSentences", List.of("Allies met on 12 June 2024.", "NATO is 75 years old.")));
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    JsonNode body = Json.MAPPER.readTree(res.body());
    assertThat(body.get("method").asText()).isEqualTo("entente");
    JsonNode beads = body.get("beads");
    assertThat(beads.size()).isEqualTo(3);
    assertThat(beads.get(1).get("shape").asText()).isEqualTo("1-0");
    assertThat(beads.get(1).get("flagged").asBoolean()).isTrue();
    assertThat(beads.get(2).get("enText").asText()).isEqualTo("NATO is 75 years old.");
    assertThat(beads.get(0).get("score").asDouble()).isBetween(0.0, 1.0);
    assertThat(body.get("fr").size()).isEqualTo(3);
  }

  @Test
  void alignsTwoRawTextsAfterSegmentingThem() throws Exception {
    var res = post(Map.of("fr", "Les Alliés se sont réunis. L’OTAN a 75 ans.",
        "en", "Allies met. NATO is 75 years old.", "method", "gale-church"));
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    JsonNode body = Json.MAPPER.readTree(res.body());
    assertThat(body.get("beads").size()).isEqualTo(2);
    assertThat(body.get("method").asText()).isEqualTo("gale-church");
  }

  @Test
  void mixingTextsAndListsIsAProblem() throws Exception {
    var res = post(Map.of("fr", "Bonjour.", "enSentences", List.of("Hello.")));
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith(Problem.MEDIA_TYPE);
    assertThat(res.body()).contains("either the two texts or the two lists");
  }

  @Test
  void unknownMethodNamesTheParameter() throws Exception {
    var res = post(Map.of("frSentences", List.of("a"), "enSentences", List.of("b"), "method", "hunalign"));
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(Json.MAPPER.readTree(res.body()).toString()).contains("method");
  }
}
