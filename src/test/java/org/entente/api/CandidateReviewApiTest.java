package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.extract.RejectedPairs;
import org.entente.memory.ImportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review of extracted candidates over HTTP on our real service with the shipped NATO memory: a rejected pair is
 * kept in the data folder, survives a restart, and no later extraction proposes it; rejecting needs the API key.
 */
class CandidateReviewApiTest {
  static final String KEY = "review-key";

  @TempDir Path dir;

  private RealService start() throws Exception {
    RealService s = new RealService(dir, ApiConfig.local(0).withApiKey(KEY));
    if (s.services.memory().size() == 0) {
      try (InputStream in = Files.newInputStream(Path.of("tmx/nato.tmx"))) {
        s.services.memory().importTmx(in, "nato.tmx", ImportOptions.DEFAULT);
      }
    }
    return s;
  }

  private static JsonNode send(RealService s, String method, String path, String json, String key, int status) throws Exception {
    var res = s.send(method, path, json, "application/json", key);
    assertThat(res.statusCode()).as(method + " " + path + ": " + res.body()).isEqualTo(status);
    return Json.MAPPER.readTree(res.body());
  }

  private static List<String> pairs(JsonNode extraction) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : extraction.get("candidates")) out.add(c.get("fr").asText() + " = " + c.get("en").asText());
    return out;
  }

  @Test
  void aRejectedPairIsKeptInTheDataFolderAndNeverProposedAgainEvenAfterARestart() throws Exception {
    String fr;
    String en;
    try (RealService s = start()) {
      JsonNode first = send(s, "POST", "/api/v1/terms/extract", "{\"max\":40}", null, 200);
      JsonNode pick = first.get("candidates").get(2);
      fr = pick.get("fr").asText();
      en = pick.get("en").asText();
      String body = Json.MAPPER.writeValueAsString(java.util.Map.of("fr", fr, "en", en));
      assertThat(send(s, "POST", "/api/v1/terms/rejections", body, null, 401).toString()).contains("X-API-Key");
      assertThat(send(s, "POST", "/api/v1/terms/rejections", body, KEY, 201).get("added").asBoolean()).isTrue();
      assertThat(send(s, "POST", "/api/v1/terms/rejections", body, KEY, 200).get("added").asBoolean()).isFalse();
      assertThat(pairs(send(s, "POST", "/api/v1/terms/extract", "{\"max\":40}", null, 200))).doesNotContain(fr + " = " + en)
          .as("the other candidates stay").contains(pairs(first).get(0), pairs(first).get(1));
    }
    assertThat(Files.readString(dir.resolve(RejectedPairs.FILE), StandardCharsets.UTF_8)).startsWith(fr + "\t" + en + "\t");
    try (RealService s = start()) {
      JsonNode listed = send(s, "GET", "/api/v1/terms/rejections", null, null, 200).get("rejections");
      assertThat(listed).hasSize(1);
      assertThat(listed.get(0).get("fr").asText()).isEqualTo(fr);
      assertThat(pairs(send(s, "POST", "/api/v1/terms/extract", "{\"max\":40}", null, 200))).doesNotContain(fr + " = " + en);
    }
  }

  @Test
  void aRejectionWithoutATermOrWithALineBreakIsAProblemNamingTheField() throws Exception {
    try (RealService s = start()) {
      assertThat(send(s, "POST", "/api/v1/terms/rejections", "{\"fr\":\"plan\"}", KEY, 400).toString()).contains("en");
      assertThat(send(s, "POST", "/api/v1/terms/rejections", "{\"fr\":\"plan\\nde\",\"en\":\"plan\"}", KEY, 400).toString())
          .contains("line break");
      assertThat(send(s, "POST", "/api/v1/terms/rejections", "[\"plan\"]", KEY, 400).toString()).contains("object");
      assertThat(send(s, "POST", "/api/v1/terms/rejections", "{\"fr\":", KEY, 400).toString()).contains("JSON");
      assertThat(send(s, "GET", "/api/v1/terms/rejections", null, null, 200).get("rejections")).isEmpty();
      assertThat(Files.exists(dir.resolve(RejectedPairs.FILE))).isFalse();
    }
  }
}
