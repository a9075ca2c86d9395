package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.entente.Services;
import org.entente.terminology.GlossarySync;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real service end to end: Lucene termbase with glossaries/nato.tbx, Lucene memory, segmenter and aligner. */
class EndToEndTest {
  @TempDir Path dir;
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> post(ApiServer s, String path, String json, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + path)).header("Content-Type", "application/json");
    if (key != null) b.header("X-API-Key", key);
    return http.send(b.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void storedUnitIsSuggestedWithItsDeprecatedTermRepairedAndDraftsAreCheckedAgainstTheNatoGlossary() throws Exception {
    try (Services services = Services.open(dir, "e2e")) {
      GlossarySync.run(Path.of("glossaries"), services.terms());
      try (ApiServer s = new ApiServer(services, ApiConfig.local(0).withApiKey("k")).start()) {
        var added = post(s, "/api/v1/tm/units", "{\"sourceLanguage\":\"fr\",\"source\":\"Les Alliés continuent de soutenir Kiev.\","
            + "\"targetLanguage\":\"en\",\"target\":\"Allies continue to support Kiev.\"}", "k");
        assertThat(added.statusCode()).isBetween(200, 201);

        JsonNode sug = Json.MAPPER.readTree(post(s, "/api/v1/suggest", "{\"text\":\"Les Alliés continuent de soutenir Kyiv.\"}", null).body());
        assertThat(sug.get("matches").get(0).get("score").asInt()).isBetween(70, 99);
        JsonNode p = sug.get("proposal");
        assertThat(p.get("text").asText()).isEqualTo("Allies continue to support Kyiv.");
        assertThat(p.get("repaired").asBoolean()).isTrue();
        assertThat(sug.get("terms")).anySatisfy(t -> assertThat(t.get("preferred").asText()).isEqualTo("Kyiv"));

        String draft = "NATO Defence Ministers met in Brussels on 12 July 2024. They discussed support for Kiev and the "
            + "defense industrial pledge.";
        String source = "Les ministres de la Défense des pays de l’OTAN se sont réunis à Bruxelles le 12 juin 2024. Ils ont "
            + "discuté du soutien à Kyiv et de l’engagement en faveur de l’industrie de défense.";
        JsonNode check = Json.MAPPER.readTree(post(s, "/api/v1/check", Json.MAPPER.writeValueAsString(
            java.util.Map.of("text", draft, "source", source)), null).body());
        assertThat(check.get("findings")).anySatisfy(f -> {
          assertThat(f.get("id").asText()).isEqualTo("TERM_DEPRECATED_IN_TARGET");
          assertThat(f.get("text").asText()).isEqualTo("Kiev");
          assertThat(f.get("replacements").get(0).asText()).isEqualTo("Kyiv");
        });
        assertThat(check.get("findings")).anySatisfy(f -> {
          assertThat(f.get("id").asText()).isEqualTo("NUMBER_MISMATCH");
          assertThat(f.get("text").asText()).isEqualTo("July");
          assertThat(f.get("severity").asText()).isEqualTo("error");
        });
        assertThat(check.get("findings")).anySatisfy(f -> assertThat(f.get("text").asText()).isEqualTo("defense"));

        String lt = "/v2/check?language=en-GB&text=" + URLEncoder.encode("The Nuclear Plans Group met.", StandardCharsets.UTF_8)
            + "&srctext=" + URLEncoder.encode("Le Groupe des plans nucléaires s’est réuni.", StandardCharsets.UTF_8) + "&motherTongue=fr";
        JsonNode ltBody = Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + lt)).GET().build(),
            HttpResponse.BodyHandlers.ofString()).body());
        assertThat(ltBody.get("matches")).anySatisfy(m -> {
          assertThat(m.get("rule").get("id").asText()).isEqualTo("TERM_NOT_FOUND_IN_TARGET");
          assertThat(m.get("rule").get("issueType").asText()).isEqualTo("terminology");
          assertThat(m.get("replacements").get(0).get("value").asText()).isEqualTo("Nuclear Planning Group");
        });

        JsonNode mm = Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create(s.baseUrl()
            + "/get?q=Les%20Alli%C3%A9s%20continuent%20de%20soutenir%20Kyiv.&langpair=fr-FR%7Cen-GB")).GET().build(),
            HttpResponse.BodyHandlers.ofString()).body());
        assertThat(mm.get("responseData").get("translatedText").asText()).isEqualTo("Allies continue to support Kyiv.");
      }
    }
  }
}
