package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replays Okapi's and Weblate's amaGama requests: POSIX locales, encoded slashes and percent signs in the path. */
class AmaGamaProtocolTest {
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
  void okapiPathWithEncodedSlashAndPercentFindsTheUnitWithDecimalQuality() throws Exception {
    var res = server.raw("GET", "/tmserver/fr_FR/en/unit/Les%20Alli%C3%A9s%20et%2Fou%20les%20partenaires%20fournissent%205%20%25%20de%20plus.");
    assertThat(res.status()).isEqualTo(200);
    JsonNode arr = Json.MAPPER.readTree(res.body());
    assertThat(arr.isArray()).isTrue();
    assertThat(arr.get(0).get("target").asText()).isEqualTo("Allies and/or partners provide 5% more.");
    assertThat(arr.get(0).get("quality").isDouble()).isTrue();
    assertThat(res.body()).contains("\"quality\":100.0").contains("\"rank\":100.0");
  }

  @Test
  void otherEscapesInThePathArriveDecoded() throws Exception {
    for (String escaped : new String[] {"%2B", "%3F", "%23"}) {
      var res = server.raw("GET", "/tmserver/fr/en/unit/Le%20secr%C3%A9taire%20g%C3%A9n%C3%A9ral%20a%20parl%C3%A9" + escaped);
      assertThat(res.status()).as(escaped).isEqualTo(200);
      assertThat(Json.MAPPER.readTree(res.body()).isArray()).isTrue();
    }
  }

  @Test
  void weblateQueryFormIsSortedBestFirst() throws Exception {
    var res = server.get("/tmserver/fr/en/unit/?source=Le%20secr%C3%A9taire%20g%C3%A9n%C3%A9ral%20a%20parl%C3%A9.");
    JsonNode arr = Json.MAPPER.readTree(res.body());
    assertThat(arr.size()).isGreaterThanOrEqualTo(2);
    for (int i = 1; i < arr.size(); i++) {
      assertThat(arr.get(i).get("quality").asDouble()).isLessThanOrEqualTo(arr.get(i - 1).get("quality").asDouble());
    }
    assertThat((int) arr.get(0).get("quality").asDouble()).isEqualTo(100);
  }

  @Test
  void minSimilarityAndMaxCandidatesApply() throws Exception {
    var res = server.get("/tmserver/fr/en/unit/?source=Le%20secr%C3%A9taire%20g%C3%A9n%C3%A9ral%20a%20parl%C3%A9.&min_similarity=100&max_candidates=1");
    assertThat(Json.MAPPER.readTree(res.body())).hasSize(1);
  }

  @Test
  void languagesWithTrailingSlash() throws Exception {
    JsonNode body = Json.MAPPER.readTree(server.get("/tmserver/languages/").body());
    assertThat(body.get("sourceLanguages")).anySatisfy(l -> assertThat(l.asText()).isEqualTo("fr"));
    assertThat(body.get("targetLanguages")).anySatisfy(l -> assertThat(l.asText()).isEqualTo("en"));
  }

  @Test
  void unknownLanguageIsA404AndNoHitAnEmptyArray() throws Exception {
    assertThat(server.get("/tmserver/de/en/unit/Hallo").statusCode()).isEqualTo(404);
    var none = server.get("/tmserver/fr/en/unit/Rien%20du%20tout");
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(none.body()).isEqualTo("[]");
  }
}
