package org.entente.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Version;

/**
 * The OpenAPI 3.1 description served at {@code GET /openapi.json}, generated from one registry of documented
 * endpoints ({@link #ENDPOINTS}). A test compares the registry with the routes the server actually registers, so an
 * undocumented {@code /api/v1} route fails the build.
 */
final class OpenApi {
  private OpenApi() {}

  /** One documented endpoint: method, path (Javalin syntax, {@code {id}}), what it does, example bodies. */
  record Doc(String method, String path, String summary, String request, String response, boolean writes) {}

  static final List<Doc> ENDPOINTS = List.of(
      new Doc("GET", "/health", "Service status, version and what is loaded", null,
          "{\"status\":\"ok\",\"name\":\"Entente\",\"version\":\"0.1.0\",\"loaded\":{}}", false),
      new Doc("POST", "/api/v1/check", "Check an English draft (a document in text, or segments) against the termbase and, "
          + "when given, its French source (source, or sourceSegments one per segment)",
          "{\"text\":\"Allies met in Kiev.\",\"source\":\"Les Alliés se sont réunis à Kyiv.\",\"spelling\":\"british\"}",
          "{\"findings\":[{\"id\":\"TERM_DEPRECATED_IN_TARGET\",\"issueType\":\"terminology\",\"severity\":\"error\",\"segment\":0,"
              + "\"start\":14,\"end\":18,\"text\":\"Kiev\",\"message\":\"Deprecated term: use \\\"Kyiv\\\" ...\","
              + "\"replacements\":[\"Kyiv\"],\"conceptId\":\"c-kyiv\",\"source\":null}],\"checksRun\":[\"TERM_DEPRECATED_IN_TARGET\"],"
              + "\"checksSkipped\":[],\"sentences\":1,\"beads\":1}", false),
      new Doc("GET", "/api/v1/checks", "The checks: id, ITS issue type, severity, whether they need the source, examples",
          null, "[{\"id\":\"NUMBER_MISMATCH\",\"issueType\":\"numbers\",\"severity\":\"error\",\"needsSource\":true}]", false),
      new Doc("POST", "/api/v1/suggest", "Memory matches (scored, explained, term conflicts), recognised terms and one "
          + "proposed translation with safe term repairs",
          "{\"text\":\"Les Alliés soutiennent Kyiv.\",\"lang\":\"fr\",\"previous\":\"\",\"next\":\"\",\"min\":70,\"max\":10}",
          "{\"source\":\"Les Alliés soutiennent Kyiv.\",\"lang\":\"fr\",\"matches\":[],\"terms\":[],\"proposal\":{\"text\":"
              + "\"Allies support Kyiv.\",\"original\":\"Allies support Kiev.\",\"repaired\":true,\"note\":\"Replaced ...\"}}", false),
      new Doc("POST", "/api/v1/suggest/batch", "Suggestions for many segments in document order (neighbours are context)",
          "{\"segments\":[{\"text\":\"Le secrétaire général a parlé.\"},{\"text\":\"Les Alliés soutiennent Kyiv.\"}],\"lang\":\"fr\"}",
          "{\"results\":[{\"source\":\"...\",\"matches\":[],\"terms\":[],\"proposal\":null}]}", false),
      new Doc("POST", "/api/v1/segment", "Split a French or English text into sentences with offsets (wrap: auto, joined, lines)",
          "{\"lang\":\"fr\",\"text\":\"M. Rutte est arrivé. Il a parlé.\"}",
          "{\"lang\":\"fr\",\"wrap\":\"auto\",\"segments\":[{\"text\":\"M. Rutte est arrivé.\",\"start\":0,\"end\":20,\"paragraph\":0}]}",
          false),
      new Doc("GET", "/api/v1/concepts/{id}", "A concept by id: terms by language with status, type, notes; definitions; dates",
          null, "{\"id\":\"c-npg\",\"subjectField\":\"Nuclear policy\",\"terms\":[{\"text\":\"Groupe des plans nucléaires\",\"language\":\"fr\",\"status\":\"preferred\"},{\"text\":\"Nuclear Planning Group\",\"language\":\"en\",\"status\":\"preferred\"},{\"text\":\"NPG\",\"language\":\"en\",\"status\":\"preferred\",\"type\":\"acronym\"}],\"subsets\":[]}", false),
      new Doc("GET", "/api/v1/concepts", "Search concepts by term (q, lang, mode=exact|prefix|fuzzy, max)", null,
          "{\"query\":\"plans nucl\",\"matches\":[]}", false),
      new Doc("POST", "/api/v1/concepts", "Create a concept (201 with Location); needs the API key",
          "{\"id\":\"c-npg\",\"subjectField\":\"Nuclear policy\",\"terms\":[{\"text\":\"Groupe des plans nucléaires\",\"language\":\"fr\",\"status\":\"preferred\"},{\"text\":\"Nuclear Planning Group\",\"language\":\"en\",\"status\":\"preferred\"},{\"text\":\"NPG\",\"language\":\"en\",\"status\":\"preferred\",\"type\":\"acronym\"}],\"subsets\":[]}", "{\"id\":\"c-npg\",\"subjectField\":\"Nuclear policy\",\"terms\":[{\"text\":\"Groupe des plans nucléaires\",\"language\":\"fr\",\"status\":\"preferred\"},{\"text\":\"Nuclear Planning Group\",\"language\":\"en\",\"status\":\"preferred\"},{\"text\":\"NPG\",\"language\":\"en\",\"status\":\"preferred\",\"type\":\"acronym\"}],\"subsets\":[]}", true),
      new Doc("PUT", "/api/v1/concepts/{id}", "Create or replace a concept; needs the API key",
          "{\"id\":\"c-npg\",\"subjectField\":\"Nuclear policy\",\"terms\":[{\"text\":\"Groupe des plans nucléaires\",\"language\":\"fr\",\"status\":\"preferred\"},{\"text\":\"Nuclear Planning Group\",\"language\":\"en\",\"status\":\"preferred\"},{\"text\":\"NPG\",\"language\":\"en\",\"status\":\"preferred\",\"type\":\"acronym\"}],\"subsets\":[]}", "{\"id\":\"c-npg\",\"subjectField\":\"Nuclear policy\",\"terms\":[{\"text\":\"Groupe des plans nucléaires\",\"language\":\"fr\",\"status\":\"preferred\"},{\"text\":\"Nuclear Planning Group\",\"language\":\"en\",\"status\":\"preferred\"},{\"text\":\"NPG\",\"language\":\"en\",\"status\":\"preferred\",\"type\":\"acronym\"}],\"subsets\":[]}", true),
      new Doc("DELETE", "/api/v1/concepts/{id}", "Delete a concept (204); needs the API key", null, "{}", true),
      new Doc("GET", "/api/v1/terms/search", "Term search in either language (q, lang, mode=exact|prefix|fuzzy, max)", null,
          "{\"query\":\"nuclear planing\",\"matches\":[]}", false),
      new Doc("POST", "/api/v1/terms/recognize", "Every term occurrence in a text (or segments) with offsets, concept, status, "
          + "equivalents preferred first, nested flag",
          "{\"text\":\"Le Groupe des plans nucléaires se réunit.\",\"lang\":\"fr\"}",
          "{\"hits\":[{\"start\":3,\"end\":30,\"text\":\"Groupe des plans nucléaires\",\"conceptId\":\"c-npg\"}]}", false),
      new Doc("POST", "/api/v1/terms/extract", "Bilingual term candidates from a memory, best first (memory, max, "
          + "minFrequency); one extraction at a time", "{\"max\":20,\"minFrequency\":2}",
          "{\"units\":86,\"candidates\":[{\"fr\":\"plan de défense\",\"en\":\"defence plan\",\"frequency\":3}]}", false),
      new Doc("GET", "/api/v1/terms/report", "How the memory's English rendered each concept found in its French, with "
          + "counts by status and unit ids to fix (memory, max)", null,
          "{\"concepts\":[{\"conceptId\":\"nato-kyiv\",\"renderings\":[{\"text\":\"Kiev\",\"status\":\"deprecated\"}]}]}", false),
      new Doc("GET", "/api/v1/terms/rejections", "The candidate pairs rejected in the review, never proposed again", null,
          "{\"rejections\":[{\"fr\":\"réunion des ministres\",\"en\":\"Secretary General\",\"rejected\":\"2026-12-02T21:40:00Z\"}]}", false),
      new Doc("POST", "/api/v1/terms/rejections", "Reject a candidate pair for good (201; 200 when rejected already); "
          + "needs the API key", "{\"fr\":\"réunion des ministres\",\"en\":\"Secretary General\"}",
          "{\"fr\":\"réunion des ministres\",\"en\":\"Secretary General\",\"added\":true}", true),
      new Doc("GET", "/api/v1/tm/lookup", "Exact and fuzzy memory lookup (text, lang, prev, next, min, max, memory)", null,
          "{\"matches\":[{\"source\":\"...\",\"target\":\"...\",\"score\":92,\"explanation\":{\"similarity\":93}}]}", false),
      new Doc("POST", "/api/v1/tm/lookup", "As GET /api/v1/tm/lookup, parameters in a form body", null, "{\"matches\":[]}", false),
      new Doc("GET", "/api/v1/tm/concordance", "Units containing a word or phrase in either language, ranked, highlighted "
          + "(text, lang, max, memory)", null, "{\"hits\":[]}", false),
      new Doc("POST", "/api/v1/tm/units", "Add a unit (durable when answered); needs the API key", "{\"sourceLanguage\":\"fr\",\"source\":\"Le sommet de Washington.\",\"targetLanguage\":\"en\",\"target\":\"The Washington Summit.\",\"memory\":\"default\"}", "{\"sourceLanguage\":\"fr\",\"source\":\"Le sommet de Washington.\",\"targetLanguage\":\"en\",\"target\":\"The Washington Summit.\",\"memory\":\"default\"}", true),
      new Doc("GET", "/api/v1/tm/units/{id}", "A unit by id", null, "{\"sourceLanguage\":\"fr\",\"source\":\"Le sommet de Washington.\",\"targetLanguage\":\"en\",\"target\":\"The Washington Summit.\",\"memory\":\"default\"}", false),
      new Doc("PUT", "/api/v1/tm/units/{id}", "Replace a unit; needs the API key", "{\"sourceLanguage\":\"fr\",\"source\":\"Le sommet de Washington.\",\"targetLanguage\":\"en\",\"target\":\"The Washington Summit.\",\"memory\":\"default\"}", "{\"sourceLanguage\":\"fr\",\"source\":\"Le sommet de Washington.\",\"targetLanguage\":\"en\",\"target\":\"The Washington Summit.\",\"memory\":\"default\"}", true),
      new Doc("DELETE", "/api/v1/tm/units/{id}", "Delete a unit; needs the API key", null, "{}", true),
      new Doc("POST", "/api/v1/tm/units/{id}/used", "Count a use of a unit (written lazily); needs the API key", null, "{}", true),
      new Doc("POST", "/api/v1/tm/import", "Import a TMX body (or multipart upload) atomically; large ones answer 202 with a "
          + "job; needs the API key", null, "{\"imported\":92}", true),
      new Doc("GET", "/api/v1/tm/import/{job}", "An import job's status (its data is durable once done) and progress: "
          + "units read of the file's units (unitsTotal -1 until counted)", null,
          "{\"status\":\"running\",\"durable\":false,\"unitsDone\":1200,\"unitsTotal\":5000}", false),
      new Doc("GET", "/api/v1/tm/export", "The memory (or one named memory) as TMX 1.4b, streamed", null, "{}", false),
      new Doc("GET", "/api/v1/tm/export.tmx", "All memories as TMX at a fixed URL, with an ETag (If-None-Match: 304); "
          + "for OmegaT's HTTP team repository", null, "{}", false),
      new Doc("GET", "/api/v1/tm/export/{memory}.tmx", "One named memory as TMX at a fixed URL, with an ETag "
          + "(If-None-Match: 304)", null, "{}", false),
      new Doc("GET", "/api/v1/termbase/export.tbx", "The termbase as TBX-Basic at a fixed URL, with an ETag "
          + "(If-None-Match: 304)", null, "{}", false),
      new Doc("GET", "/api/v1/termbase/export/{pair}.utf8", "The termbase as OmegaT's tab-separated glossary for "
          + "fr-en or en-fr (source, target, comment), with an ETag (If-None-Match: 304)", null, "{}", false),
      new Doc("GET", "/api/v1/tm/memories", "The named memories with priority, penalty and size", null,
          "[{\"name\":\"default\",\"priority\":0,\"penalty\":0,\"units\":92}]", false),
      new Doc("PUT", "/api/v1/tm/memories/{name}", "Create or configure a named memory (priority, penalty); needs the API key",
          "{\"priority\":1,\"penalty\":0}", "{\"name\":\"nato\",\"priority\":1,\"penalty\":0,\"units\":0}", true),
      new Doc("POST", "/api/v1/termbase/import", "Import a TBX or CSV/TSV glossary (body with ?name=FILE, or multipart "
          + "'file'; columns=fr,en,note for CSV; dryRun=true) all or nothing, replacing what the same file name imported "
          + "before; needs the API key", null,
          "{\"file\":\"glossary.tbx\",\"kind\":\"terms\",\"format\":\"TBX-Basic v3 (DCA)\",\"concepts\":226,"
              + "\"replaced\":0,\"warnings\":[]}", true),
      new Doc("GET", "/api/v1/termbase/export", "The termbase as TBX-Basic v3 (format=tbx, default) or CSV (format=csv), "
          + "streamed", null, "{}", false),
      new Doc("POST", "/api/v1/align", "Align a French text with its English counterpart (raw texts, or frSentences and "
          + "enSentences); beads with confidences, low ones flagged (method: entente or gale-church)",
          "{\"fr\":\"Les Alliés se sont réunis. Ils ont parlé.\",\"en\":\"Allies met. They spoke.\"}",
          "{\"beads\":[{\"fr\":[0],\"en\":[0],\"score\":0.97,\"flagged\":false}]}", false),
      new Doc("GET", "/openapi.json", "This description", null, "{\"openapi\":\"3.1.0\"}", false));

  static String json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("openapi", "3.1.0");
    root.put("info", Map.of("title", "Entente", "version", Version.get(), "description",
        "French-English translation and terminology memory for NATO texts. Errors are RFC 9457 problem details "
            + "(application/problem+json). Writes need the API key in X-API-Key. The compatibility endpoints "
            + "(/v2/check, /get, /tmserver) follow their own protocols; see docs/protocols.md."));
    root.put("components", Map.of("securitySchemes", Map.of("apiKey", Map.of("type", "apiKey", "in", "header", "name",
        WriteAccess.HEADER)), "schemas", Map.of("Problem", Map.of("type", "object", "properties", Map.of(
        "type", Map.of("type", "string"), "title", Map.of("type", "string"), "status", Map.of("type", "integer"),
        "detail", Map.of("type", "string"), "where", Map.of("type", "string"), "hint", Map.of("type", "string"))))));
    Map<String, Map<String, Object>> paths = new LinkedHashMap<>();
    for (Doc d : ENDPOINTS) {
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("summary", d.summary());
      op.put("operationId", operationId(d));
      List<Map<String, Object>> params = new ArrayList<>();
      for (String p : pathParams(d.path())) {
        params.add(Map.of("name", p, "in", "path", "required", true, "schema", Map.of("type", "string")));
      }
      if (!params.isEmpty()) op.put("parameters", params);
      if (d.request() != null) {
        op.put("requestBody", Map.of("required", true, "content", Map.of("application/json", Map.of("schema",
            Map.of("type", "object"), "example", parse(d.request())))));
      }
      Map<String, Object> responses = new LinkedHashMap<>();
      responses.put("200", Map.of("description", "OK", "content", Map.of("application/json", Map.of("example", parse(d.response())))));
      Map<String, Object> problem = Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")));
      if (d.request() != null) {
        responses.put("400", Map.of("description", "Bad input (what, where, how to fix)", "content", problem));
        responses.put("413", Map.of("description", "Body, segment or batch over the configured limit", "content", problem));
        responses.put("422", Map.of("description", "A parameter outside its allowed range", "content", problem));
      }
      if (d.writes()) {
        op.put("security", List.of(Map.of("apiKey", List.of())));
        responses.put("401", Map.of("description", "No API key sent", "content", problem));
        responses.put("403", Map.of("description", "Wrong API key, or writes disabled (no key configured)", "content", problem));
      }
      op.put("responses", responses);
      paths.computeIfAbsent(openApiPath(d.path()), k -> new LinkedHashMap<>()).put(d.method().toLowerCase(java.util.Locale.ROOT), op);
    }
    root.put("paths", paths);
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException("bad example in the OpenAPI registry: " + json, e);
    }
  }

  private static String operationId(Doc d) {
    StringBuilder b = new StringBuilder(d.method().toLowerCase(java.util.Locale.ROOT));
    for (String part : d.path().split("[/{}.\\-]+")) {
      if (part.isEmpty() || part.equals("api") || part.equals("v1")) continue;
      b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return b.toString();
  }

  private static List<String> pathParams(String path) {
    List<String> out = new ArrayList<>();
    var m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  /** Javalin's {@code <name>} becomes OpenAPI's {@code {name}}. */
  static String openApiPath(String path) {
    return path.replace('<', '{').replace('>', '}');
  }
}
