package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entente.memory.ImportReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact JSON of the REST bodies of the termbase, the memory, suggestions and health, field order, nulls and
 * number formatting included, pinned in {@code rest-bodies/} (what changes from run to run as placeholders): reads
 * against our server over the shipped glossary and NATO memory, writes against one over an empty data folder.
 */
class RestBodiesTest {
  static final String KEY = "pin-key";
  /** A segment of the NATO memory. */
  static final String SPENDING = "« Les dépenses de défense sont en hausse dans toute l’Alliance », a précisé le "
      + "secrétaire général.";

  @TempDir static Path shipped;
  static RealService nato;
  @TempDir Path empty;

  @BeforeAll
  static void start() throws Exception {
    nato = RealService.withShippedData(shipped, "rest bodies test", ApiConfig.local(0).withApiKey(KEY));
  }

  @AfterAll
  static void stop() {
    if (nato != null) nato.close();
  }

  @Test
  void healthKeepsItsFieldsInOrder() throws Exception {
    // what is loaded is the services' own map, built outside the API
    assertThat(body(nato, "GET", "/health", null, 200)).isEqualTo("{\"status\":\"ok\",\"name\":\"Entente\",\"version\":\""
        + org.entente.Version.get() + "\",\"loaded\":" + Json.MAPPER.writeValueAsString(nato.services.loaded()) + "}");
  }

  @Test
  void aConceptAndAPageOfConceptsKeepTheirFieldsInOrder() throws Exception {
    pinned("concept", body(nato, "GET", "/api/v1/concepts/nato-north-macedonia", null, 200));
    pinned("concept-page", body(nato, "GET", "/api/v1/concepts?offset=1&limit=2", null, 200));
  }

  @Test
  void termSearchKeepsScoresAndFieldsInOrder() throws Exception {
    pinned("term-search-fuzzy", body(nato, "GET", "/api/v1/terms/search?q=Macedoine&lang=fr&mode=fuzzy&max=2", null, 200));
    pinned("term-search-exact", body(nato, "GET", "/api/v1/terms/search?q=OTAN&max=1", null, 200));
  }

  @Test
  void recognitionOfATextAndOfSegmentsKeepsItsFieldsInOrder() throws Exception {
    pinned("recognize-text", body(nato, "POST", "/api/v1/terms/recognize",
        "{\"text\":\"La Macédoine du Nord a rejoint l'OTAN.\",\"lang\":\"fr\"}", 200));
    pinned("recognize-segments", body(nato, "POST", "/api/v1/terms/recognize",
        "{\"segments\":[\"Le Conseil de l'Atlantique Nord s'est réuni.\",\"L'ex-République yougoslave de Macédoine.\"],"
            + "\"lang\":\"fr\"}", 200));
  }

  @Test
  void suggestionsKeepTheirTermsWithThePreferredEquivalent() throws Exception {
    pinned("suggest", body(nato, "POST", "/api/v1/suggest", "{\"text\":\"" + SPENDING.replace("toute ", "")
        + "\",\"max\":2}", 200));
    pinned("suggest-batch", body(nato, "POST", "/api/v1/suggest/batch",
        "{\"segments\":[{\"text\":\"Le Conseil de l'Atlantique Nord s'est réuni.\"},{\"text\":\"" + SPENDING + "\"}],\"max\":1}",
        200));
  }

  @Test
  void aMemoryLookupKeepsItsFieldsInOrder() throws Exception {
    pinned("lookup", body(nato, "GET", "/api/v1/tm/lookup?lang=fr&max=2&text="
        + URLEncoder.encode(SPENDING.replace("toute ", ""), StandardCharsets.UTF_8), null, 200));
  }

  @Test
  void termCandidatesAndRenderingsKeepTheirFieldsInOrder() throws Exception {
    pinned("term-report", body(nato, "GET", "/api/v1/terms/report?max=2", null, 200));
    String extraction = body(nato, "POST", "/api/v1/terms/extract", "{\"max\":2}", 200);
    pinned("term-candidates", Json.MAPPER.writeValueAsString(Json.MAPPER.readTree(extraction).get("candidates")));
    // the outer keys came from Map.of, whose order changed from one start to the next
    pinned("term-extraction", extraction.replaceAll("\"seconds\":[0-9.]+", "\"seconds\":SECONDS"));
  }

  @Test
  void theChecksAndTheRejectedPairsKeepTheirFieldsInOrder() throws Exception {
    pinned("checks", body(nato, "GET", "/api/v1/checks", null, 200));
    try (RealService s = new RealService(empty, ApiConfig.local(0).withApiKey(KEY))) {
      pinned("rejection-added", body(s, "POST", "/api/v1/terms/rejections",
          "{\"fr\":\"réunion des ministres\",\"en\":\"Secretary General\"}", 201));
      pinned("rejections", body(s, "GET", "/api/v1/terms/rejections", null, 200));
    }
  }

  @Test
  void conceptWritesAnswerWithTheConceptAndSuggestionsWithANullPreferred() throws Exception {
    try (RealService s = new RealService(empty, ApiConfig.local(0).withApiKey(KEY))) {
      String full = """
          {"id":"c-pin","subjectField":"Pins","definitions":{"en":"A pinned concept.","fr":"Un concept épinglé."},
           "notes":{"fr":"Une note."},"source":"the pin test","supersededBy":"c-other","subsets":["no-check","pins"],
           "terms":[{"text":"épingle de sûreté","language":"fr","status":"preferred","type":"fullForm",
             "partOfSpeech":"noun","gender":"feminine","usageNote":"in pins only","context":"Une épingle de sûreté.",
             "validFrom":"2020-01-01","supersededFrom":"2024-06-30"},
            {"text":"safety pin","language":"en","status":"deprecated"}]}""";
      pinned("concept-created", body(s, "POST", "/api/v1/concepts", full, 201));
      pinned("concept-replaced", body(s, "PUT", "/api/v1/concepts/c-pin", full.replace("Pins", "Pins again"), 200));
      pinned("concept-put-new", body(s, "PUT", "/api/v1/concepts/c-min",
          "{\"terms\":[{\"text\":\"aiguille\",\"language\":\"fr\"}]}", 201));
      pinned("concept-page-written", body(s, "GET", "/api/v1/concepts", null, 200));
      pinned("suggest-null-preferred", body(s, "POST", "/api/v1/suggest",
          "{\"text\":\"Une épingle de sûreté.\",\"date\":\"2021-03-01\"}", 200));
    }
  }

  @Test
  void memoryImportReportsAndJobsKeepTheirFieldsInOrder() throws Exception {
    try (RealService s = new RealService(empty, ApiConfig.local(0).withApiKey(KEY))) {
      String tmx = inlineTmx();
      pinned("tm-import", body(s, "POST", "/api/v1/tm/import?name=inline.tmx&memory=pins", tmx, 200));
      String accepted = body(s, "POST", "/api/v1/tm/import?async=true&name=again.tmx&memory=jobs", tmx, 202);
      pinned("tm-import-job-accepted", accepted);
      pinned("tm-import-job-done", finished(s, accepted));
      String failed = body(s, "POST", "/api/v1/tm/import?async=true&name=bad.tmx", tmx.replace("</body>", ""), 202);
      pinned("tm-import-job-failed", finished(s, failed));
    }
  }

  @Test
  void anUnchangedOrFailedImportReportSaysSoBeforeItsSummary() throws Exception {
    ImportReport r = new ImportReport("a.tmx", "default", 0, 0, Map.of(), Map.of(), List.of("w"), true, "boom");
    assertThat(Json.MAPPER.writeValueAsString(MemoryJson.report(r))).isEqualTo("{\"file\":\"a.tmx\",\"memory\":"
        + "\"default\",\"imported\":0,\"duplicatesMerged\":0,\"skipped\":{},\"variantsSkipped\":{},\"warnings\":[\"w\"],"
        + "\"unchanged\":true,\"error\":\"boom\",\"summary\":\"a.tmx: unchanged, skipped\"}");
  }

  @Test
  void aJobStatusSharedByTheInstancesReadsBackWithItsReport() throws Exception {
    for (ImportReport r : List.of(
        new ImportReport("a.tmx", "default", 0, 0, Map.of(), Map.of(), List.of(), true, "boom"),
        new ImportReport("b.tmx", "default", 2, 1, Map.of("empty segment", 1), Map.of(), List.of("w"), false, ""))) {
      var job = new ImportJobs.Job("j", r.file(), "done", true, Instant.EPOCH, Instant.EPOCH, MemoryJson.report(r), null,
          null);
      assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(job), ImportJobs.Job.class)).isEqualTo(job);
    }
  }

  @Test
  void termbaseImportsKeepTheirFieldsInOrder() throws Exception {
    try (RealService s = new RealService(empty, ApiConfig.local(0).withApiKey(KEY))) {
      String csv = "fr,en,en.status,remark\nexercice de posture,posture exercise,preferred,x\nplan de défense,defence plan,preferred,y\n";
      pinned("termbase-import-dry-run", body(s, "POST", "/api/v1/termbase/import?name=pins.csv&dryRun=true", csv, 200));
      pinned("termbase-import", body(s, "POST", "/api/v1/termbase/import?name=pins.csv", csv, 200));
    }
  }

  /** The body of a request answered with {@code status}; writes carry the key. */
  private static String body(RealService s, String method, String path, String body, int status) throws Exception {
    String type = body == null ? null : body.startsWith("<") ? "application/xml" : body.startsWith("{")
        ? "application/json" : "text/csv";
    HttpResponse<String> r = s.send(method, path, body, type, KEY);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    return r.body();
  }

  /** The status of the job {@code accepted} once it is done or failed. */
  private static String finished(RealService s, String accepted) throws Exception {
    String url = Json.MAPPER.readTree(accepted).get("statusUrl").asText();
    for (int i = 0; i < 600; i++) {
      String status = body(s, "GET", url, null, 200);
      String state = Json.MAPPER.readTree(status).get("status").asText();
      if (state.equals("done") || state.equals("failed")) return status;
      Thread.sleep(50);
    }
    throw new AssertionError("the job of " + accepted + " did not finish");
  }

  private static String inlineTmx() throws IOException {
    try (InputStream in = RestBodiesTest.class.getResourceAsStream("/tmx/inline.tmx")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Checks a body against {@code rest-bodies/NAME.json}, with what changes from run to run (the version, the port,
   * ids, instants) as placeholders; a body not pinned yet is written to {@code target/rest-bodies/} for review.
   */
  private static void pinned(String name, String body) throws IOException {
    String actual = body.replace(org.entente.Version.get(), "VERSION")
        .replaceAll("127\\.0\\.0\\.1:\\d+", "HOST")
        .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID")
        .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "INSTANT");
    try (InputStream in = RestBodiesTest.class.getResourceAsStream("rest-bodies/" + name + ".json")) {
      if (in == null) {
        Path out = Path.of("target", "rest-bodies", name + ".json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual + "\n");
        throw new AssertionError("rest-bodies/" + name + ".json is not pinned; the body is in " + out);
      }
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }
}
