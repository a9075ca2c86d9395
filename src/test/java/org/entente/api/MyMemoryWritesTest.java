package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.entente.Services;
import org.entente.testing.FakeSegmenter;
import org.entente.testing.FakeSentencePairing;
import org.entente.testing.FakeTermBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MateCat-style /set, /update and /delete against the real Lucene memory, behind the API key. */
class MyMemoryWritesTest {
  @TempDir Path dir;

  ApiServer start(Services services, String key) {
    return new ApiServer(services, new ApiConfig("127.0.0.1", 0, key, List.of(), null)).start();
  }

  Services services() {
    return Services.over(dir, "test", FakeTermBase.nato(), null, new FakeSegmenter(), new FakeSentencePairing());
  }

  @Test
  void setUpdateAndDeleteNeedTheKeyAndShowInGet() throws Exception {
    try (Services services = services(); ApiServer server = start(services, "s3cret"); TestHttp http = new TestHttp(server)) {
      JsonNode refused = http.json("/set?seg=Le%20sommet%20de%20Washington.&tra=The%20Washington%20Summit.&langpair=fr|en");
      assertThat(refused.get("responseStatus").asInt()).isEqualTo(401);
      JsonNode wrong = http.json("/set?seg=Le%20sommet.&tra=The%20summit.&langpair=fr|en&key=nope");
      assertThat(wrong.get("responseStatus").asInt()).isEqualTo(403);

      JsonNode set = http.json("/set?seg=Le%20sommet%20de%20Washington.&tra=The%20Washington%20Summit.&langpair=fr-FR|en-GB"
          + "&key=matecat-private,s3cret&de=translator@example.org");
      assertThat(set.get("responseStatus").asInt()).isEqualTo(200);
      assertThat(set.get("matchId").asText()).isNotBlank();

      JsonNode got = http.json("/get?q=Le%20sommet%20de%20Washington.&langpair=fr|en");
      assertThat(got.get("responseData").get("translatedText").asText()).isEqualTo("The Washington Summit.");
      JsonNode m = got.get("matches").get(0);
      assertThat(m.get("created-by").asText()).isEqualTo("translator@example.org");
      assertThat(m.get("create-date").asText()).matches("20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d").doesNotStartWith("1970");

      JsonNode upd = http.json("/update?seg=Le%20sommet%20de%20Washington.&tra=The%20Washington%20Summit.&newseg=Le%20sommet%20de%20Washington."
          + "&newtra=The%20Washington%20summit.&langpair=fr|en&key=s3cret");
      assertThat(upd.get("responseStatus").asInt()).isEqualTo(200);
      assertThat(http.json("/get?q=Le%20sommet%20de%20Washington.&langpair=fr|en").get("responseData").get("translatedText").asText())
          .isEqualTo("The Washington summit.");

      JsonNode del = http.json("/delete?seg=Le%20sommet%20de%20Washington.&tra=The%20Washington%20summit.&langpair=fr|en&key=s3cret");
      assertThat(del.get("responseStatus").asInt()).isEqualTo(200);
      assertThat(http.json("/get?q=Le%20sommet%20de%20Washington.&langpair=fr|en").get("matches")).isEmpty();
      JsonNode again = http.json("/delete?seg=Le%20sommet%20de%20Washington.&tra=The%20Washington%20summit.&langpair=fr|en&key=s3cret");
      assertThat(again.get("responseStatus").asInt()).isEqualTo(404);
      assertThat(again.get("responseDetails").asText()).isEqualTo("NO ID FOUND");
    }
  }

  @Test
  void withoutAConfiguredKeyWritesAreRefusedSayingHowToSetOne() throws Exception {
    try (Services services = services(); ApiServer server = start(services, ""); TestHttp http = new TestHttp(server)) {
      JsonNode refused = http.json("/set?seg=a&tra=b&langpair=fr|en&key=anything");
      assertThat(refused.get("responseStatus").asInt()).isEqualTo(403);
      assertThat(refused.get("responseDetails").asText()).contains("--api-key");
    }
  }

  /** Raw requests (a raw | in the query) to a running server. */
  record TestHttp(ApiServer server) implements AutoCloseable {
    JsonNode json(String target) throws Exception {
      try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
        s.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String all = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(all).startsWith("HTTP/1.1 200");
        String body = all.substring(all.indexOf("\r\n\r\n") + 4);
        if (all.substring(0, all.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
          body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
        }
        return Json.MAPPER.readTree(body);
      }
    }

    @Override
    public void close() {}
  }
}
