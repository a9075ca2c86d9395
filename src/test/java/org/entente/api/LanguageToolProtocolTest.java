package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replays what OmegaT (form POST), Okapi CheckMate (GET) and the LanguageTool add-ons send to /v2/check. */
class LanguageToolProtocolTest {
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

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void okapiBilingualGetFindsDeprecatedTermWithEveryFieldCheckMateReads() throws Exception {
    String text = "Allies met in Kiev on Monday.";
    var res = server.get("/v2/check?language=en&text=" + enc(text) + "&srctext=" + enc("Les Alliés se sont réunis à Kyiv lundi.")
        + "&motherTongue=fr");
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode body = Json.MAPPER.readTree(res.body());
    JsonNode m = body.get("matches").get(0);
    assertThat(m.get("rule").get("id").asText()).isEqualTo("TERM_DEPRECATED_IN_TARGET");
    assertThat(m.get("rule").get("issueType").asText()).isEqualTo("terminology");
    assertThat(m.get("offset").isInt()).isTrue();
    assertThat(m.get("length").isInt()).isTrue();
    assertThat(text.substring(m.get("offset").asInt(), m.get("offset").asInt() + m.get("length").asInt())).isEqualTo("Kiev");
    assertThat(m.get("message").asText()).contains(": use \"Kyiv\"");
    assertThat(m.get("replacements").get(0).get("value").asText()).isEqualTo("Kyiv");
    for (JsonNode match : body.get("matches")) {
      assertThat(match.get("rule").isObject()).isTrue();
      assertThat(match.get("rule").get("id").isTextual()).isTrue();
      assertThat(match.get("rule").get("description").isTextual()).isTrue();
      assertThat(match.get("rule").get("issueType").isTextual()).isTrue();
      assertThat(match.get("rule").get("category").get("id").isTextual()).isTrue();
      assertThat(match.get("message").isTextual()).isTrue();
      assertThat(match.get("shortMessage").isTextual()).isTrue();
      assertThat(match.get("context").get("text").isTextual()).isTrue();
      assertThat(match.get("context").get("offset").isInt()).isTrue();
      assertThat(match.get("context").get("length").isInt()).isTrue();
      assertThat(match.get("sentence").isTextual()).isTrue();
      assertThat(match.get("type").get("typeName").isTextual()).isTrue();
    }
  }

  @Test
  void omegatFormPostReadsSoftwareApiVersionOneAndTermNotFoundInBilingualMode() throws Exception {
    var res = server.postForm("/v2/check", "text=" + enc("A meeting of the Nuclear Plans Group is planned.")
        + "&language=en-GB&srctext=" + enc("Une réunion du Groupe des plans nucléaires est prévue.") + "&motherTongue=fr-FR");
    assertThat(res.statusCode()).isEqualTo(200);
    JsonNode body = Json.MAPPER.readTree(res.body());
    assertThat(body.get("software").get("apiVersion").asText()).isEqualTo("1");
    assertThat(body.get("software").get("name").asText()).isEqualTo("Entente");
    assertThat(body.get("language").get("code").asText()).isEqualTo("en-GB");
    assertThat(body.get("language").get("detectedLanguage").get("code").asText()).isEqualTo("en-GB");
    assertThat(body.get("warnings").get("incompleteResults").asBoolean()).isFalse();
    assertThat(body.get("matches")).anySatisfy(m -> {
      assertThat(m.get("rule").get("id").asText()).isEqualTo("TERM_NOT_FOUND_IN_TARGET");
      assertThat(m.get("replacements").get(0).get("value").asText()).isEqualTo("Nuclear Planning Group");
    });
    assertThat(body.get("sentenceRanges").isArray()).isTrue();
  }

  @Test
  void monolingualCheckFlagsAmericanSpellingButNotOfficialNames() throws Exception {
    String text = "NATO will coordinate the Ukraine Defense Contact Group. Allies increase defense spending.";
    var res = server.get("/v2/check?language=en-GB&text=" + enc(text));
    JsonNode matches = Json.MAPPER.readTree(res.body()).get("matches");
    assertThat(matches).hasSize(1);
    assertThat(matches.get(0).get("rule").get("id").asText()).isEqualTo("SPELLING_VARIANT");
    assertThat(matches.get(0).get("rule").get("issueType").asText()).isEqualTo("misspelling");
    assertThat(matches.get(0).get("offset").asInt()).isEqualTo(text.indexOf("defense spending"));
  }

  @Test
  void americanVariantTurnsTheSpellingRuleAround() throws Exception {
    var res = server.get("/v2/check?language=en-US&text=" + enc("Allies increase defence spending."));
    JsonNode m = Json.MAPPER.readTree(res.body()).get("matches").get(0);
    assertThat(m.get("replacements").get(0).get("value").asText()).isEqualTo("defense");
  }

  @Test
  void izeAllowedAcceptsOxfordSpellingAndRefusesANonBoolean() throws Exception {
    String text = "The organization will prioritize it.";
    assertThat(Json.MAPPER.readTree(server.get("/v2/check?language=en-GB&text=" + enc(text)).body()).get("matches"))
        .hasSize(2);
    assertThat(Json.MAPPER.readTree(server.get("/v2/check?language=en-GB&izeAllowed=true&text=" + enc(text)).body())
        .get("matches")).isEmpty();
    var bad = server.get("/v2/check?language=en-GB&izeAllowed=maybe&text=" + enc(text));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("izeAllowed");
  }

  @Test
  void dataAnnotationOffsetsCountTheMarkup() throws Exception {
    String data = "{\"annotation\":[{\"markup\":\"<p>\",\"interpretAs\":\"\\n\\n\"},{\"text\":\"Allies met in \"},"
        + "{\"markup\":\"<b>\"},{\"text\":\"Kiev\"},{\"markup\":\"</b>\"},{\"text\":\".\"}]}";
    var res = server.postForm("/v2/check", "language=en&data=" + enc(data));
    JsonNode m = Json.MAPPER.readTree(res.body()).get("matches").get(0);
    assertThat(m.get("offset").asInt()).isEqualTo("<p>Allies met in <b>".length());
    assertThat(m.get("length").asInt()).isEqualTo(4);
  }

  @Test
  void disabledRulesAndEnabledOnlyAreHonoured() throws Exception {
    String text = "Allies met in Kiev to discuss defense.";
    JsonNode all = Json.MAPPER.readTree(server.get("/v2/check?language=en&text=" + enc(text)).body()).get("matches");
    assertThat(all).hasSize(2);
    JsonNode some = Json.MAPPER.readTree(server.get("/v2/check?language=en&disabledRules=SPELLING_VARIANT&text=" + enc(text)).body())
        .get("matches");
    assertThat(some).hasSize(1);
    JsonNode only = Json.MAPPER.readTree(server.get("/v2/check?language=en&enabledOnly=true&enabledRules=SPELLING_VARIANT&text="
        + enc(text)).body()).get("matches");
    assertThat(only).singleElement().satisfies(m -> assertThat(m.get("rule").get("id").asText()).isEqualTo("SPELLING_VARIANT"));
  }

  @Test
  void languagesListLongCodesForNegotiation() throws Exception {
    var res = server.get("/v2/languages");
    JsonNode list = Json.MAPPER.readTree(res.body());
    assertThat(list.isArray()).isTrue();
    assertThat(list).anySatisfy(l -> {
      assertThat(l.get("longCode").asText()).isEqualTo("en-GB");
      assertThat(l.get("code").asText()).isEqualTo("en");
      assertThat(l.get("name").asText()).isEqualTo("English (GB)");
    });
    assertThat(list).anySatisfy(l -> assertThat(l.get("longCode").asText()).isEqualTo("fr"));
  }

  @Test
  void errorsArePlainTextLikeLanguageTool() throws Exception {
    var missing = server.get("/v2/check?language=en");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(missing.body()).startsWith("Error: Missing 'text' or 'data'");
    var noMother = server.get("/v2/check?language=en&text=Hello&srctext=Bonjour");
    assertThat(noMother.statusCode()).isEqualTo(400);
    assertThat(noMother.body()).contains("motherTongue");
    var german = server.get("/v2/check?language=de-DE&text=Hallo");
    assertThat(german.statusCode()).isEqualTo(400);
    assertThat(german.body()).contains("de-DE");
  }
}
