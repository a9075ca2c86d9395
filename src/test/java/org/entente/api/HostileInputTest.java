package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile or careless client can send, against the real service on port 0: odd Unicode, {@code null} bodies,
 * immense tokens, bad names and parameters. Each answer is a 4xx with a plain-words problem, never a 5xx.
 */
class HostileInputTest {
  static final String KEY = "hostile-key";
  static final String MATH = "Les Alliés 𝟐𝟎𝟐𝟒 soutiennent 𝐊𝐲𝐢𝐯 en 𝟐𝟎𝟐𝟒.";
  @TempDir static Path dir;
  static RealService s;

  @BeforeAll
  static void start() {
    s = new RealService(dir, ApiConfig.local(0).withApiKey(KEY));
  }

  @AfterAll
  static void stop() {
    if (s != null) s.close();
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return s.send("GET", pathAndQuery, null, null, null);
  }

  static HttpResponse<String> post(String path, String json) throws Exception {
    return s.send("POST", path, json, "application/json", KEY);
  }

  static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static String json(String text) throws Exception {
    return Json.MAPPER.writeValueAsString(text);
  }

  /** The status, method and path, and the start of the body: enough to see what went wrong. */
  static String brief(HttpResponse<String> r) {
    String b = r.body();
    return r.statusCode() + " " + r.request().method() + " " + r.request().uri().getPath() + " "
        + (b.length() > 300 ? b.substring(0, 300) + "…" : b);
  }

  /** Sends a request line exactly as given (a malformed escape no URI class accepts) and returns the whole answer. */
  static String raw(String requestLine) throws Exception {
    try (var socket = new java.net.Socket("127.0.0.1", s.server.port())) {
      socket.getOutputStream().write((requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void mathematicalDigitsNeverFailAnEndpoint() throws Exception {
    String t = json(MATH);
    List<HttpResponse<String>> answers = List.of(
        post("/api/v1/terms/recognize", "{\"text\": " + t + ", \"lang\": \"fr\"}"),
        post("/api/v1/suggest", "{\"text\": " + t + "}"),
        post("/api/v1/suggest/batch", "{\"segments\": [{\"text\": " + t + "}]}"),
        post("/api/v1/align", "{\"fr\": " + t + ", \"en\": " + json("Allies 𝟐𝟎𝟐𝟒 support Kyiv.") + "}"),
        post("/api/v1/segment", "{\"lang\": \"fr\", \"text\": " + t + "}"),
        post("/api/v1/check", "{\"text\": " + json("Allies 𝟐𝟎𝟐𝟒 support Kyiv.") + ", \"source\": " + t + "}"),
        get("/v2/check?language=en&motherTongue=fr&text=" + q("Allies 𝟐𝟎𝟐𝟒 defense") + "&srctext=" + q(MATH)),
        post("/api/v1/tm/units", "{\"sourceLanguage\": \"fr\", \"source\": " + t
            + ", \"targetLanguage\": \"en\", \"target\": " + json("Allies 𝟐𝟎𝟐𝟒 support Kyiv.") + "}"),
        get("/set?seg=" + q(MATH) + "&tra=" + q("Allies 𝟐𝟎𝟐𝟒.") + "&langpair=fr%7Cen&key=" + KEY),
        get("/get?q=" + q(MATH) + "&langpair=fr%7Cen"),
        get("/tmserver/fr/en/unit/" + q(MATH).replace("+", "%20")),
        get("/api/v1/tm/lookup?lang=fr&text=" + q(MATH)),
        get("/api/v1/tm/concordance?lang=fr&text=" + q("𝟐𝟎𝟐𝟒")),
        s.send("POST", "/api/v1/tm/import?name=math.tmx", tmx(MATH, "Allies 𝟐𝟎𝟐𝟒."), "application/xml", KEY));
    for (HttpResponse<String> r : answers) {
      assertThat(r.statusCode()).as(brief(r)).isBetween(200, 299);
    }
  }

  static String tmx(String fr, String en) {
    return "<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\""
        + " adminlang=\"en\" srclang=\"fr\" datatype=\"plaintext\"/><body><tu><tuv xml:lang=\"fr\"><seg>" + fr
        + "</seg></tuv><tuv xml:lang=\"en\"><seg>" + en + "</seg></tuv></tu></body></tmx>";
  }

  @Test
  void aNullBodyIsABadRequest() throws Exception {
    for (String path : List.of("/api/v1/check", "/api/v1/suggest", "/api/v1/suggest/batch", "/api/v1/tm/units",
        "/api/v1/segment", "/api/v1/align", "/api/v1/terms/recognize", "/api/v1/concepts")) {
      var r = post(path, "null");
      assertThat(r.statusCode()).as(path + " " + brief(r)).isEqualTo(400);
      assertThat(r.body()).as(path).contains("body");
    }
    var r = s.send("PUT", "/api/v1/tm/memories/nato", "null", "application/json", KEY);
    assertThat(r.statusCode()).as(brief(r)).isEqualTo(400);
  }

  @Test
  void anImmenseTokenIsRefusedNotAnInternalError() throws Exception {
    String token = "a".repeat(90_000);
    var unit = post("/api/v1/tm/units", "{\"sourceLanguage\": \"fr\", \"source\": \"" + token
        + "\", \"targetLanguage\": \"en\", \"target\": \"x\"}");
    assertThat(unit.statusCode()).as(brief(unit)).isBetween(400, 499);
    var set = s.send("POST", "/set", "seg=" + token + "&tra=x&langpair=fr|en&key=" + KEY,
        "application/x-www-form-urlencoded", null);
    assertThat(set.statusCode()).as(brief(set)).isBetween(200, 499);
    assertThat(set.body()).doesNotContain("\"responseStatus\":500");
    var imp = s.send("POST", "/api/v1/tm/import?name=immense.tmx", tmx(token, "x"), "application/xml", KEY);
    assertThat(imp.statusCode()).as(brief(imp)).isBetween(200, 499);
    assertThat(imp.body()).doesNotContain("immense term");
  }

  @Test
  void aNulInAnImportNameIsRefusedAndLeavesNoUpload() throws Exception {
    var r = s.send("POST", "/api/v1/tm/import?name=a%00b.tmx", tmx("Bonjour.", "Hello."), "application/xml", KEY);
    assertThat(r.statusCode()).as(brief(r)).isEqualTo(400);
    assertThat(r.body()).contains("name");
    Path uploads = dir.resolve("uploads");
    if (Files.isDirectory(uploads)) {
      try (Stream<Path> files = Files.list(uploads)) {
        assertThat(files).isEmpty();
      }
    }
  }

  @Test
  void unitWritesHonourTheSegmentLimit() throws Exception {
    String big = "mot ".repeat(30_000);
    var r = post("/api/v1/tm/units", "{\"sourceLanguage\": \"fr\", \"source\": \"" + big
        + "\", \"targetLanguage\": \"en\", \"target\": \"x\"}");
    assertThat(r.statusCode()).as(brief(r)).isEqualTo(413);
    assertThat(r.body()).contains("source").contains("100000");
    var put = s.send("PUT", "/api/v1/tm/units/none", "{\"sourceLanguage\": \"fr\", \"source\": \"x\", "
        + "\"targetLanguage\": \"en\", \"target\": \"" + big + "\"}", "application/json", KEY);
    assertThat(put.statusCode()).as(brief(put)).isIn(404, 413);
  }

  @Test
  void badRequestsSpeakPlainWordsWithoutJavaTypeNames() throws Exception {
    for (var r : List.of(
        post("/api/v1/check", "{\"text\": [1, 2]}"),
        post("/api/v1/suggest", "{\"text\": \"x\", \"min\": \"lots\"}"),
        post("/api/v1/tm/units", "{\"sourceLanguage\": \"fr\", \"source\": {\"a\": 1}}"),
        post("/api/v1/suggest", "{\"text\": \"x\", \"colour\": 1}"),
        post("/api/v1/check", "{\"text\": "))) {
      assertThat(r.statusCode()).as(brief(r)).isEqualTo(400);
      assertThat(r.body()).as(brief(r)).doesNotContain("java.", "Cannot deserialize", "`", "Unrecognized field",
          "MismatchedInput", "org.entente");
    }
    var r = post("/api/v1/check", "{\"text\": [1, 2]}");
    assertThat(r.body()).contains("text").contains("string");
  }

  @Test
  void parametersAreValidatedNotCoerced() throws Exception {
    var priority = s.send("PUT", "/api/v1/tm/memories/nato", "{\"priority\": \"hi\"}", "application/json", KEY);
    assertThat(priority.statusCode()).as(brief(priority)).isEqualTo(400);
    assertThat(priority.body()).contains("priority");
    var unknown = s.send("PUT", "/api/v1/tm/memories/nato", "{\"priorty\": 1}", "application/json", KEY);
    assertThat(unknown.statusCode()).as(brief(unknown)).isEqualTo(400);
    for (String target : List.of("/api/v1/tm/concordance?lang=fr&text=%zz%", "/api/v1/concepts?q=%zz%")) {
      String answer = raw("GET " + target);
      assertThat(answer).as(target).startsWith("HTTP/1.1 400");
    }
    var traversal = get("/api/v1/tm/export?memory=../../etc");
    assertThat(traversal.statusCode()).as(brief(traversal)).isIn(400, 404);
  }

  @Test
  void openBatchCallsHaveAFloorAndACostCap() throws Exception {
    var min = post("/api/v1/suggest", "{\"text\": \"Les Alliés.\", \"min\": 0}");
    assertThat(min.statusCode()).as(brief(min)).isBetween(400, 499);
    assertThat(min.body()).contains("min");
    var lookup = get("/api/v1/tm/lookup?lang=fr&text=x&min=0");
    assertThat(lookup.statusCode()).isBetween(400, 499);
    var amagama = get("/tmserver/fr/en/unit/x?min_similarity=0");
    assertThat(amagama.statusCode()).isBetween(400, 499);
    StringBuilder segments = new StringBuilder("{\"segments\": [");
    String long1 = "Les Alliés soutiennent Kyiv et le Groupe des plans nucléaires. ".repeat(150);
    for (int i = 0; i < 200; i++) segments.append(i == 0 ? "" : ",").append("{\"text\": \"").append(long1).append("\"}");
    var batch = post("/api/v1/suggest/batch", segments.append("]}").toString());
    assertThat(batch.statusCode()).as(brief(batch)).isEqualTo(413);
    assertThat(batch.body()).contains("characters");
  }
}
