package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The no-plugin routes replayed with the requests OmegaT 5.8.0 sends, built with its own code (copied from
 * {@code ApertiumTranslate}, {@code LanguageToolNetworkBridge} and {@code HTTPRemoteRepository} at tag v5.8.0) and
 * sent with {@link HttpURLConnection} as OmegaT does.
 */
class OmegaTRoutesTest {
  /** {@code ApertiumTranslate.APERTIUM_SERVER_URL_FORMAT} in OmegaT 5.8.0. */
  static final String APERTIUM_FORMAT = "%s/translate?q=%s&markUnknown=%s&langpair=%s|%s&key=%s";

  /** What {@code HttpConnectionUtils.getURL(new URL(url))} does: GET, read as UTF-8, IOException on HTTP errors. */
  static String omegatGet(String url) throws Exception {
    URLConnection c = new URL(url).openConnection();
    c.setConnectTimeout(10_000);
    c.setReadTimeout(10_000);
    try (InputStream in = c.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** {@code ApertiumTranslate.getJsonResults}: the translation, or OmegaT's error text. */
  static String omegatApertiumResult(String json) throws Exception {
    JsonNode root = Json.MAPPER.readTree(json);
    if (!root.has("responseStatus")) return "APERTIUM_CUSTOM_SERVER_INVALID";
    int code = root.get("responseStatus").asInt();
    if (code == 200) return root.get("responseData").get("translatedText").asText();
    return "APERTIUM_ERROR " + code + ": " + root.get("responseDetails").asText();
  }

  static String apertiumUrl(TestServer s, String text, String from, String to, String key) throws Exception {
    return String.format(APERTIUM_FORMAT, s.base(), URLEncoder.encode(text, "UTF-8"), "no", from, to, key);
  }

  @Nested
  class Apertium {
    @TempDir Path dir;

    @Test
    void omegatsExactRequestGetsTheMemoryProposalBothWays() throws Exception {
      try (TestServer s = new TestServer(dir)) {
        String fr = omegatGet(apertiumUrl(s, "Le secrétaire général a parlé.", "fr", "en", ""));
        assertThat(omegatApertiumResult(fr)).isEqualTo("The Secretary General spoke.");
        assertThat(Json.MAPPER.readTree(fr).get("responseStatus").isInt()).isTrue();
        // OmegaT keeps en_US and pt_BR as Java locales in langpair; the key is its stored API key, here not a memory
        // (this fake memory holds French sources only; the real memory's en→fr is in the plugin's OmegaT tests)
        String en = omegatGet(apertiumUrl(s, "The Secretary General spoke.", "en_US", "fr", "some-api-key"));
        assertThat(Json.MAPPER.readTree(en).get("responseStatus").asInt()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(en).get("responseData").get("translatedText").isTextual()).isTrue();
      }
    }

    @Test
    void noProposalIsAnEmptyTranslationNotAnError() throws Exception {
      try (TestServer s = new TestServer(dir)) {
        String json = omegatGet(apertiumUrl(s, "Rien à voir avec la mémoire ici.", "fr", "en", ""));
        assertThat(Json.MAPPER.readTree(json).get("responseStatus").asInt()).isEqualTo(200);
        assertThat(omegatApertiumResult(json)).isEmpty();
      }
    }

    @Test
    void badLanguagePairOrMissingTextIsShownByOmegatNotAServerNotFound() throws Exception {
      try (TestServer s = new TestServer(dir)) {
        // HTTP 200 with responseStatus 400: OmegaT then prints responseDetails; an HTTP error would read "server not found"
        assertThat(omegatApertiumResult(omegatGet(apertiumUrl(s, "Bonjour.", "de", "en", ""))))
            .startsWith("APERTIUM_ERROR 400: langpair must be").contains("fr|en");
        assertThat(omegatApertiumResult(omegatGet(s.base() + "/translate?langpair=fr|en")))
            .startsWith("APERTIUM_ERROR 400: missing parameter q");
      }
    }
  }

  /** {@code LanguageToolNetworkBridge.buildPostData} in OmegaT 5.8.0, literally. */
  static String ltPostData(String sourceLang, String targetLang, String sourceText, String targetText,
      String disabledCategories, String disabledRules, String enabledRules) throws Exception {
    String encoding = "UTF-8";
    StringBuilder result = new StringBuilder();
    result.append("text=").append(URLEncoder.encode(targetText, encoding)).append("&language=")
        .append(URLEncoder.encode(targetLang, encoding));
    if (sourceText != null && sourceLang != null) {
      result.append("&srctext=").append(URLEncoder.encode(sourceText, encoding)).append("&motherTongue=")
          .append(URLEncoder.encode(sourceLang, encoding));
    }
    if (disabledCategories != null) result.append("&disabledCategories=").append(URLEncoder.encode(disabledCategories, encoding));
    if (disabledRules != null) result.append("&disabledRules=").append(URLEncoder.encode(disabledRules, encoding));
    if (enabledRules != null) result.append("&enabledRules=").append(URLEncoder.encode(enabledRules, encoding));
    return result.toString();
  }

  /** How the bridge posts: URLConnection, doOutput, the default form content type, its status check. */
  static JsonNode ltPost(String url, String body) throws Exception {
    HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
    conn.setRequestProperty("User-Agent", "OmegaT 5.8.0");
    conn.setDoOutput(true);
    try (OutputStreamWriter w = new OutputStreamWriter(conn.getOutputStream(), StandardCharsets.UTF_8)) {
      w.write(body);
    }
    assertThat(conn.getResponseCode()).as("LanguageToolNetworkBridge.checkHttpError").isEqualTo(200);
    try (InputStream in = conn.getInputStream()) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json).doesNotContain("<?xml");
      return Json.MAPPER.readTree(json);
    }
  }

  @Nested
  class LanguageTool {
    @TempDir Path dir;

    @Test
    void omegatsProbeLanguageListAndBilingualCheckAllSucceed() throws Exception {
      try (TestServer s = new TestServer(dir)) {
        String url = s.base() + "/v2/check";
        // 1. testServer(url): a dummy disabled category forces the request's own configuration
        ltPost(url, ltPostData(null, "en-US", null, "Test", "FOO", null, null));
        // 2. getSupportedLanguages(): the check URL with /v2/check replaced, opened with doOutput but nothing written
        HttpURLConnection langs = (HttpURLConnection) new URL(url.replace("/v2/check", "/v2/languages")).openConnection();
        langs.setDoOutput(true);
        assertThat(langs.getResponseCode()).isEqualTo(200);
        JsonNode list;
        try (InputStream in = langs.getInputStream()) {
          list = Json.MAPPER.readTree(in);
        }
        // negotiateLanguage: a full fr-FR / en-GB longCode match keeps the project's region
        assertThat(list).anySatisfy(l -> assertThat(l.get("longCode").asText()).isEqualTo("fr-FR"));
        assertThat(list).anySatisfy(l -> assertThat(l.get("longCode").asText()).isEqualTo("en-GB"));
        // 3. getCheckResultsImpl: always bilingual (OmegaT passes the source text), its default rule filters
        JsonNode res = ltPost(url, ltPostData("fr-FR", "en-GB", "Une réunion du Groupe des plans nucléaires est prévue.",
            "A meeting of the Nuclear Plans Group is planned.", "SPELL,TYPOS",
            "SAME_TRANSLATION,TRANSLATION_LENGTH,DIFFERENT_PUNCTUATION", ""));
        assertThat(res.get("software").get("apiVersion").asText()).isEqualTo("1");
        assertThat(res.get("matches")).anySatisfy(m -> {
          assertThat(m.get("rule").get("id").asText()).isEqualTo("TERM_NOT_FOUND_IN_TARGET");
          assertThat(m.get("rule").get("description").asText()).isNotBlank();
          assertThat(m.get("message").asText()).isNotBlank();
          assertThat(m.get("offset").asInt() + m.get("length").asInt()).isLessThanOrEqualTo(48);
        });
      }
    }
  }

  @Nested
  class Exports {
    @TempDir Path dir;

    /** {@code HTTPRemoteRepository.retrieve}: If-None-Match when an ETag is known; 200 saves, 304 keeps. */
    record Fetch(int status, String etag, String body) {}

    Fetch omegatRetrieve(String url, String etag) throws Exception {
      HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
      try {
        if (etag != null) conn.setRequestProperty("If-None-Match", etag);
        int code = conn.getResponseCode();
        if (code != 200) return new Fetch(code, null, null);
        try (InputStream in = conn.getInputStream()) {
          return new Fetch(code, conn.getHeaderField("ETag"), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      } finally {
        conn.disconnect();
      }
    }

    static final String NPG = TermRoutesTest.NPG;

    @Test
    void memoryExportHasAStableUrlAnEtagAndA304UntilTheMemoryChanges() throws Exception {
      try (RealService s = new RealService(dir, ApiConfig.local(0).withApiKey("k"))) {
        assertThat(s.send("POST", "/api/v1/tm/import?name=inline.tmx&memory=nato", MemoryRoutesTest.inlineTmx(),
            "application/xml", "k").statusCode()).isEqualTo(200);
        // OmegaT joins <repository url> and <mapping repository>: .../api/v1/tm/export/ + nato.tmx
        String url = s.server.baseUrl() + "/api/v1/tm/export/" + "nato.tmx";
        Fetch first = omegatRetrieve(url, null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.etag()).matches("\"[0-9a-f]{32}\"");
        assertThat(first.body()).contains("<tmx", "Alternative text");
        // the TMX header carries the export time; the ETag must not move with it
        Thread.sleep(1100);
        assertThat(omegatRetrieve(url, first.etag()).status()).isEqualTo(304);
        assertThat(omegatRetrieve(s.server.baseUrl() + "/api/v1/tm/export.tmx", null).body()).contains("Alternative text");

        String unit = "{\"sourceLanguage\":\"fr\",\"source\":\"Bonjour.\",\"targetLanguage\":\"en\",\"target\":\"Hello.\","
            + "\"memory\":\"nato\"}";
        assertThat(s.send("POST", "/api/v1/tm/units", unit, "application/json", "k").statusCode()).isEqualTo(201);
        Fetch changed = omegatRetrieve(url, first.etag());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.etag()).isNotEqualTo(first.etag());
        assertThat(changed.body()).contains("Hello.");
      }
    }

    @Test
    void unknownMemoryIsA404ProblemNamingTheList() throws Exception {
      try (RealService s = new RealService(dir, ApiConfig.local(0))) {
        var r = s.send("GET", "/api/v1/tm/export/nothere.tmx", null, null, null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Json.MAPPER.readTree(r.body()).get("detail").asText()).contains("nothere", "/api/v1/tm/memories");
      }
    }

    @Test
    void termbaseExportIsTbxWithAnEtagThatMovesWithTheConcepts() throws Exception {
      try (RealService s = new RealService(dir, ApiConfig.local(0).withApiKey("k"))) {
        String url = s.server.baseUrl() + "/api/v1/termbase/export.tbx";
        Fetch empty = omegatRetrieve(url, null);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(s.send("POST", "/api/v1/concepts", NPG, "application/json", "k").statusCode()).isEqualTo(201);
        Fetch one = omegatRetrieve(url, empty.etag());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).contains("<tbx", "Nuclear Planning Group");
        assertThat(omegatRetrieve(url, one.etag()).status()).isEqualTo(304);
        assertThat(omegatRetrieve(url, "W/" + one.etag() + ", \"other\"").status()).isEqualTo(304);
      }
    }

    @Test
    void omegatGlossaryExportIsTabSeparatedPreferredFirstWithDeprecatedMarked() throws Exception {
      String kyiv = """
          {"id":"c-kyiv","definitions":{"en":"The capital of Ukraine."},"subsets":[],"terms":[
            {"text":"Kyïv","language":"fr","status":"preferred"},{"text":"Kiev","language":"fr","status":"deprecated"},
            {"text":"Kiev","language":"en","status":"deprecated"},{"text":"Kyiv","language":"en","status":"preferred"}]}""";
      try (RealService s = new RealService(dir, ApiConfig.local(0).withApiKey("k"))) {
        assertThat(s.send("POST", "/api/v1/concepts", kyiv, "application/json", "k").statusCode()).isEqualTo(201);
        String url = s.server.baseUrl() + "/api/v1/termbase/export/fr-en.utf8";
        Fetch f = omegatRetrieve(url, null);
        assertThat(f.status()).isEqualTo(200);
        assertThat(f.body().split("\n")).containsExactly(
            "# Entente termbase for OmegaT, fr to en: source, target, comment",
            "Kyïv\tKyiv\tpreferred — The capital of Ukraine.",
            "Kyïv\tKiev\tdeprecated: do not use — The capital of Ukraine.",
            "Kiev\tKyiv\tpreferred; the source term is deprecated — The capital of Ukraine.",
            "Kiev\tKiev\tdeprecated: do not use; the source term is deprecated — The capital of Ukraine.");
        assertThat(omegatRetrieve(url, f.etag()).status()).isEqualTo(304);
        assertThat(omegatRetrieve(s.server.baseUrl() + "/api/v1/termbase/export/en-fr.utf8", null).body())
            .contains("Kyiv\tKyïv\tpreferred — The capital of Ukraine.");
        var bad = s.send("GET", "/api/v1/termbase/export/fr-de.utf8", null, null, null);
        assertThat(bad.statusCode()).isEqualTo(404);
        assertThat(Json.MAPPER.readTree(bad.body()).get("detail").asText()).contains("fr-en.utf8", "en-fr.utf8");
      }
    }
  }
}
