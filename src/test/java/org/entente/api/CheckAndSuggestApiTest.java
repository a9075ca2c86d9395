package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckAndSuggestApiTest {
  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() {
    server = new TestServer(dir, new ApiConfig("127.0.0.1", 0, TestServer.KEY, List.of(),
        new ApiConfig.Limits(64 * 1024, 2_000, 5, 20)));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  JsonNode json(String body) throws Exception {
    return Json.MAPPER.readTree(body);
  }

  @Test
  void documentDraftWithSourceGetsFindingsWithOffsetsIntoTheDraft() throws Exception {
    String draft = "Allies met in Kiev on 12 July 2024. The NPG met.";
    String source = "Les Alliés se sont réunis à Kyiv le 12 juin 2024. Le Groupe des plans nucléaires s'est réuni.";
    var res = server.postJson("/api/v1/check", Json.MAPPER.writeValueAsString(
        java.util.Map.of("text", draft, "source", source)));
    assertThat(res.statusCode()).isEqualTo(200);
    JsonNode body = json(res.body());
    Set<String> ids = new HashSet<>();
    for (JsonNode f : body.get("findings")) {
      ids.add(f.get("id").asText());
      assertThat(draft.substring(f.get("start").asInt(), f.get("end").asInt())).isEqualTo(f.get("text").asText());
      assertThat(f.get("segment").asInt()).isZero();
      assertThat(f.get("message").asText()).isNotBlank();
      assertThat(f.get("severity").asText()).isIn("error", "warning", "info");
    }
    assertThat(ids).contains("TERM_DEPRECATED_IN_TARGET", "NUMBER_MISMATCH", "ACRONYM_NOT_EXPANDED");
    assertThat(body.get("sentences").asInt()).isEqualTo(2);
    assertThat(body.get("checksSkipped")).isEmpty();
  }

  @Test
  void withoutSourceOnlyTheChecksNeedingNoneRunAndSaySo() throws Exception {
    JsonNode body = json(server.postJson("/api/v1/check", "{\"text\":\"Allies met in Kiev.\"}").body());
    assertThat(body.get("checksRun").toString()).doesNotContain("NUMBER_MISMATCH").contains("TERM_DEPRECATED_IN_TARGET");
    assertThat(body.get("checksSkipped")).anySatisfy(s -> {
      assertThat(s.get("id").asText()).isEqualTo("TERM_NOT_FOUND_IN_TARGET");
      assertThat(s.get("reason").asText()).contains("French source");
    });
  }

  @Test
  void izeAllowedIsASettingOfTheCheck() throws Exception {
    String draft = "{\"text\":\"The organization will prioritize it.\"";
    assertThat(json(server.postJson("/api/v1/check", draft + "}").body()).get("findings")).hasSize(2);
    assertThat(json(server.postJson("/api/v1/check", draft + ",\"izeAllowed\":true}").body()).get("findings")).isEmpty();
    assertThat(server.postJson("/api/v1/check", draft + ",\"izeAllowed\":\"maybe\"}").statusCode()).isEqualTo(400);
  }

  @Test
  void segmentListsGiveSegmentIndexAndOffsetsInsideIt() throws Exception {
    var res = server.postJson("/api/v1/check", "{\"segments\":[\"Allies met.\",\"They support Kiev.\"],"
        + "\"sourceSegments\":[\"Les Alliés se sont réunis.\",\"Ils soutiennent Kyiv.\"]}");
    JsonNode f = json(res.body()).get("findings").get(0);
    assertThat(f.get("segment").asInt()).isEqualTo(1);
    assertThat(f.get("start").asInt()).isEqualTo("They support ".length());
    assertThat(f.get("replacements").get(0).asText()).isEqualTo("Kyiv");
  }

  @Test
  void badRequestsAnswerProblemDetailsSayingWhereAndHow() throws Exception {
    var both = server.postJson("/api/v1/check", "{\"text\":\"a\",\"segments\":[\"b\"]}");
    assertThat(both.statusCode()).isEqualTo(400);
    assertThat(both.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(json(both.body()).get("detail").asText()).contains("not both");
    var mismatch = server.postJson("/api/v1/check", "{\"segments\":[\"a\",\"b\"],\"sourceSegments\":[\"c\"]}");
    assertThat(mismatch.statusCode()).isEqualTo(400);
    assertThat(json(mismatch.body()).get("where").asText()).isEqualTo("sourceSegments");
    var unknownField = server.postJson("/api/v1/check", "{\"txt\":\"a\"}");
    assertThat(unknownField.statusCode()).isEqualTo(400);
    var unknownCheck = server.postJson("/api/v1/check", "{\"text\":\"a\",\"checks\":[\"NOPE\"]}");
    assertThat(json(unknownCheck.body()).get("hint").asText()).contains("NUMBER_MISMATCH");
    var lang = server.postJson("/api/v1/suggest", "{\"text\":\"a\",\"lang\":\"de\"}");
    assertThat(lang.statusCode()).isEqualTo(400);
    assertThat(json(lang.body()).get("where").asText()).isEqualTo("lang");
  }

  @Test
  void limitsAnswer413And422() throws Exception {
    var longSegment = server.postJson("/api/v1/suggest", "{\"text\":\"" + "a".repeat(2_001) + "\"}");
    assertThat(longSegment.statusCode()).isEqualTo(413);
    assertThat(json(longSegment.body()).get("where").asText()).isEqualTo("text");
    var bigBatch = server.postJson("/api/v1/suggest/batch", "{\"segments\":[{\"text\":\"a\"},{\"text\":\"a\"},{\"text\":\"a\"},"
        + "{\"text\":\"a\"},{\"text\":\"a\"},{\"text\":\"a\"}]}");
    assertThat(bigBatch.statusCode()).isEqualTo(413);
    var tooMany = server.postJson("/api/v1/suggest", "{\"text\":\"a\",\"max\":21}");
    assertThat(tooMany.statusCode()).isEqualTo(422);
    assertThat(json(tooMany.body()).get("where").asText()).isEqualTo("max");
    var hugeBody = server.postJson("/api/v1/check", "{\"text\":\"" + "a ".repeat(40_000) + "\"}");
    assertThat(hugeBody.statusCode()).isEqualTo(413);
    var tooManySegments = server.postJson("/api/v1/check", "{\"segments\":[\"a\",\"a\",\"a\",\"a\",\"a\",\"a\"]}");
    assertThat(tooManySegments.statusCode()).isEqualTo(413);
  }

  @Test
  void suggestGivesMatchesTermsAndARepairedProposal() throws Exception {
    var res = server.postJson("/api/v1/suggest", "{\"text\":\"Les Alliés soutiennent Kyiv.\"}");
    assertThat(res.statusCode()).isEqualTo(200);
    JsonNode body = json(res.body());
    JsonNode m = body.get("matches").get(0);
    assertThat(m.get("score").asInt()).isEqualTo(100);
    assertThat(m.get("explanation").get("similarity").asInt()).isEqualTo(100);
    assertThat(m.get("conflicts").get(0).get("kind").asText()).isEqualTo("deprecated");
    assertThat(body.get("terms")).anySatisfy(t -> {
      assertThat(t.get("conceptId").asText()).isEqualTo("c-kyiv");
      assertThat(t.get("preferred").asText()).isEqualTo("Kyiv");
      assertThat(t.get("nested").isBoolean()).isTrue();
    });
    JsonNode p = body.get("proposal");
    assertThat(p.get("text").asText()).isEqualTo("Allies support Kyiv.");
    assertThat(p.get("repaired").asBoolean()).isTrue();
    assertThat(p.get("note").asText()).contains("Replaced");
  }

  @Test
  void batchSuggestsEverySegmentInOrder() throws Exception {
    var res = server.postJson("/api/v1/suggest/batch", "{\"segments\":[{\"text\":\"Le secrétaire général a parlé.\"},"
        + "{\"text\":\"Les Alliés soutiennent Kyiv.\"}]}");
    JsonNode results = json(res.body()).get("results");
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("proposal").get("text").asText()).isEqualTo("The Secretary General spoke.");
    assertThat(results.get(1).get("proposal").get("text").asText()).isEqualTo("Allies support Kyiv.");
  }

  @Test
  void checksAreListedWithTheirExamples() throws Exception {
    JsonNode list = json(server.get("/api/v1/checks").body());
    assertThat(list).hasSize(7);
    assertThat(list).allSatisfy(c -> assertThat(c.get("examples").size()).isGreaterThanOrEqualTo(2));
  }
}
