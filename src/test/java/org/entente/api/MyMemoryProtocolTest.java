package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replays Okapi's and OmegaT's MyMemory requests (raw {@code |}, invented lower-case regions) against /get. */
class MyMemoryProtocolTest {
  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() {
    server = new TestServer(dir);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void okapiGetWithRawPipeGetsEveryFieldItReads() throws Exception {
    var res = server.raw("GET", "/get?q=Le%20secr%C3%A9taire%20g%C3%A9n%C3%A9ral%20a%20parl%C3%A9.&langpair=fr-fr|en-us&numres=25");
    assertThat(res.status()).isEqualTo(200);
    assertThat(res.head().toLowerCase(java.util.Locale.ROOT)).contains("content-type: application/json");
    JsonNode body = Json.MAPPER.readTree(res.body());
    assertThat(body.get("responseStatus").isNumber()).isTrue();
    assertThat(body.get("responseStatus").asLong()).isEqualTo(200L);
    assertThat(body.get("responseData").get("translatedText").asText()).isEqualTo("The Secretary General spoke.");
    assertThat(body.get("responseData").get("match").isNumber()).isTrue();
    for (String key : new String[] {"quotaFinished", "mtLangSupported", "responseDetails", "responderId", "exception_code"}) {
      assertThat(body.has(key)).as(key).isTrue();
    }
    JsonNode matches = body.get("matches");
    assertThat(matches.isArray()).isTrue();
    assertThat(matches.size()).isGreaterThanOrEqualTo(2);
    double previous = 2;
    for (JsonNode m : matches) {
      for (String key : new String[] {"id", "segment", "translation", "source", "target", "quality", "reference", "usage-count",
          "subject", "created-by", "last-updated-by", "create-date", "last-update-date", "match", "tm_properties"}) {
        assertThat(m.has(key)).as(key).isTrue();
      }
      assertThat(m.get("match").isNumber()).isTrue();
      assertThat(m.get("match").asDouble()).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
      previous = m.get("match").asDouble();
      assertThat(m.get("create-date").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
      assertThat(m.get("created-by").asText()).isNotEqualTo("MT!");
      assertThat(m.get("source").asText()).isEqualTo("fr-FR");
      assertThat(m.get("target").asText()).isEqualTo("en-US");
    }
    assertThat((int) (matches.get(0).get("match").asDouble() * 100)).isEqualTo(100);
  }

  @Test
  void translatedTextIsTheProposalWithTheDeprecatedTermRepaired() throws Exception {
    var res = server.get("/get?q=Les%20Alli%C3%A9s%20soutiennent%20Kyiv.&langpair=fr%7Cen");
    JsonNode body = Json.MAPPER.readTree(res.body());
    assertThat(body.get("responseData").get("translatedText").asText()).isEqualTo("Allies support Kyiv.");
    assertThat(body.get("matches").get(0).get("translation").asText()).isEqualTo("Allies support Kyiv.");
    assertThat(body.get("matches").get(0).get("tm_properties").asText()).contains("x-term-repair");
  }

  @Test
  void postFormWorksLikeGet() throws Exception {
    var res = server.postForm("/get", "q=Le+secr%C3%A9taire+g%C3%A9n%C3%A9ral+a+parl%C3%A9.&langpair=fr_FR%7Cen_GB");
    JsonNode body = Json.MAPPER.readTree(res.body());
    assertThat(body.get("responseStatus").asInt()).isEqualTo(200);
    assertThat(body.get("responseData").get("translatedText").asText()).isEqualTo("The Secretary General spoke.");
  }

  @Test
  void noHitGivesAnEmptyArrayAndEmptyTranslation() throws Exception {
    var res = server.get("/get?q=Rien%20du%20tout&langpair=fr|en".replace("|", "%7C"));
    JsonNode body = Json.MAPPER.readTree(res.body());
    assertThat(body.get("responseStatus").asInt()).isEqualTo(200);
    assertThat(body.get("matches").isArray()).isTrue();
    assertThat(body.get("matches")).isEmpty();
    assertThat(body.get("responseData").get("translatedText").asText()).isEmpty();
  }

  @Test
  void errorsKeepHttp200WithAStatusAndDetails() throws Exception {
    var empty = server.raw("GET", "/get?q=&langpair=fr|en");
    assertThat(empty.status()).isEqualTo(200);
    JsonNode e1 = Json.MAPPER.readTree(empty.body());
    assertThat(e1.get("responseStatus").isNumber()).isTrue();
    assertThat(e1.get("responseStatus").asInt()).isEqualTo(403);
    assertThat(e1.get("responseDetails").asText()).contains("NO QUERY");
    assertThat(e1.get("matches").isArray()).isTrue();
    JsonNode e2 = Json.MAPPER.readTree(server.raw("GET", "/get?q=Hallo&langpair=de|it").body());
    assertThat(e2.get("responseStatus").asInt()).isEqualTo(403);
    assertThat(e2.get("responseDetails").asText()).contains("LANGUAGE PAIR");
    JsonNode e3 = Json.MAPPER.readTree(server.raw("GET", "/get?q=5%&langpair=fr|en").body());
    assertThat(e3.get("responseStatus").asInt()).isNotEqualTo(200);
  }
}
