package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.memory.ImportOptions;
import org.entente.terminology.GlossarySync;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Date-aware checks and suggestions, term extraction and the term-rendering report, over HTTP on our real service
 * with the shipped glossary and the shipped NATO memory.
 */
class TermsOverTimeApiTest {
  @TempDir static Path dir;
  static RealService service;

  @BeforeAll
  static void start() throws Exception {
    service = new RealService(dir, ApiConfig.local(0));
    GlossarySync.run(Path.of("glossaries"), service.services.terms());
    try (InputStream in = Files.newInputStream(Path.of("tmx/nato.tmx"))) {
      service.services.memory().importTmx(in, "nato.tmx", ImportOptions.DEFAULT);
    }
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  static JsonNode post(String path, String json, int status) throws Exception {
    var res = service.send("POST", path, json, "application/json", null);
    assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
    return Json.MAPPER.readTree(res.body());
  }

  static List<String> ids(JsonNode check) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : check.get("findings")) out.add(f.get("id").asText() + ":" + f.get("text").asText());
    return out;
  }

  @Test
  void turkeyIsFineInADraftDated2021AndAnErrorInOneDated2023() throws Exception {
    String text = "Turkey hosted the meeting of NATO Defence Ministers.";
    assertThat(ids(post("/api/v1/check", "{\"text\":\"" + text + "\",\"date\":\"2021-05-04\"}", 200)))
        .doesNotContain("TERM_DEPRECATED_IN_TARGET:Turkey");
    JsonNode in2023 = post("/api/v1/check", "{\"text\":\"" + text + "\",\"date\":\"2023-03-01\"}", 200);
    assertThat(ids(in2023)).contains("TERM_DEPRECATED_IN_TARGET:Turkey");
    assertThat(in2023.get("findings").get(0).get("replacements").get(0).asText()).isEqualTo("Türkiye");
    // no date: today, after the change
    assertThat(ids(post("/api/v1/check", "{\"text\":\"" + text + "\"}", 200))).contains("TERM_DEPRECATED_IN_TARGET:Turkey");
  }

  @Test
  void theFormerNameOfNorthMacedoniaIsFineBeforeFebruary2019() throws Exception {
    String seg = "{\"segments\":[\"Allies welcomed the former Yugoslav Republic of Macedonia.\"],"
        + "\"sourceSegments\":[\"Les Alliés ont accueilli l’ex-République yougoslave de Macédoine.\"],\"date\":\"%s\"}";
    assertThat(ids(post("/api/v1/check", seg.formatted("2018-07-11"), 200))).noneMatch(s -> s.startsWith("TERM_"));
    assertThat(ids(post("/api/v1/check", seg.formatted("2019-02-12"), 200)))
        .contains("TERM_DEPRECATED_IN_TARGET:the former Yugoslav Republic of Macedonia");
  }

  @Test
  void suggestionsProposeTheTermOfTheDocumentDate() throws Exception {
    JsonNode in2021 = post("/api/v1/suggest", "{\"text\":\"La Turquie\",\"date\":\"2021-05-04\"}", 200);
    JsonNode in2023 = post("/api/v1/suggest", "{\"text\":\"La Turquie\",\"date\":\"2023-05-04\"}", 200);
    assertThat(in2021.get("terms").get(0).get("preferred").asText()).isEqualTo("Turkey");
    assertThat(in2023.get("terms").get(0).get("preferred").asText()).isEqualTo("Türkiye");
  }

  @Test
  void anUnreadableDateIsAProblemNamingTheField() throws Exception {
    JsonNode p = post("/api/v1/check", "{\"text\":\"Turkey.\",\"date\":\"04/05/2021\"}", 400);
    assertThat(p.toString()).contains("date").contains("2021-05-04");
    JsonNode s = post("/api/v1/suggest", "{\"text\":\"La Turquie\",\"date\":\"2021-13-01\"}", 400);
    assertThat(s.toString()).contains("date");
  }

  @Test
  void extractionProposesPairsFromTheMemoryWithContextsAndConcepts() throws Exception {
    JsonNode res = post("/api/v1/terms/extract", "{\"max\":30,\"minFrequency\":2}", 200);
    assertThat(res.get("units").asInt()).isGreaterThan(50);
    JsonNode cands = res.get("candidates");
    assertThat(cands.size()).isBetween(10, 30);
    List<String> pairs = new ArrayList<>();
    double previous = Double.MAX_VALUE;
    for (JsonNode c : cands) {
      pairs.add(c.get("fr").asText() + " = " + c.get("en").asText());
      assertThat(c.get("score").asDouble()).isLessThanOrEqualTo(previous);
      previous = c.get("score").asDouble();
      assertThat(c.get("frequency").asInt()).isGreaterThanOrEqualTo(2);
      assertThat(c.get("contexts").size()).isBetween(1, 3);
      for (JsonNode x : c.get("contexts")) assertThat(x.get("unitId").asText()).isNotBlank();
    }
    assertThat(pairs).contains("OTAN = NATO", "secrétaire général = Secretary General");
    JsonNode nato = find(cands, "OTAN");
    assertThat(nato.get("conceptId").asText()).isEqualTo("nato-nato");
    assertThat(nato.get("matchesPreferred").asBoolean()).isTrue();
  }

  @Test
  void extractionRejectsBadOptionsAndUnknownMemories() throws Exception {
    assertThat(post("/api/v1/terms/extract", "{\"max\":0}", 422).toString()).contains("max");
    assertThat(post("/api/v1/terms/extract", "{\"max\":\"ten\"}", 400).toString()).contains("max");
    assertThat(post("/api/v1/terms/extract", "[1]", 400).toString()).contains("object");
    assertThat(post("/api/v1/terms/extract", "{\"memory\":\"nope\"}", 400).toString()).contains("nope");
  }

  @Test
  void theReportCountsRenderingsByStatusMostOffGlossaryFirst() throws Exception {
    var res = service.send("GET", "/api/v1/terms/report?max=500", null, null, null);
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    JsonNode concepts = Json.MAPPER.readTree(res.body()).get("concepts");
    assertThat(concepts.size()).isGreaterThan(20);
    int previous = Integer.MAX_VALUE;
    for (JsonNode c : concepts) {
      assertThat(c.get("offGlossary").asInt()).isLessThanOrEqualTo(previous);
      previous = c.get("offGlossary").asInt();
      int sum = 0;
      for (JsonNode r : c.get("renderings")) sum += r.get("units").asInt();
      assertThat(sum).as(c.toString()).isGreaterThanOrEqualTo(c.get("units").asInt());
    }
    JsonNode sg = concepts.findParents("conceptId").stream().filter(c -> c.get("conceptId").asText().equals("nato-secretary-general"))
        .findFirst().orElseThrow();
    assertThat(sg.get("renderings").toString()).contains("\"text\":\"Secretary General\",\"status\":\"admitted\"");
    assertThat(service.send("GET", "/api/v1/terms/report?max=0", null, null, null).statusCode()).isEqualTo(422);
  }

  static JsonNode find(JsonNode cands, String fr) {
    for (JsonNode c : cands) if (c.get("fr").asText().equals(fr)) return c;
    throw new AssertionError("no candidate " + fr + " in " + cands);
  }
}
