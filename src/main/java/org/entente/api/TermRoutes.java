package org.entente.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.entente.Services;
import org.entente.terminology.Concept;
import org.entente.terminology.SearchMode;
import org.entente.terminology.SubjectFields;
import org.entente.terminology.Term;
import org.entente.terminology.TermBase;
import org.entente.terminology.TermStatus;
import org.entente.terminology.TermType;
import org.entente.text.BadInputException;
import org.entente.text.Language;

/**
 * The termbase routes under {@code /api/v1}: concept CRUD ({@code GET/POST/PUT/DELETE /concepts}, writes need the
 * API key), lookup ({@code GET /terms/search?q=plans nucl&lang=fr}) and recognition ({@code POST /terms/recognize}
 * with {@code {"text":"...","lang":"fr"}} or {@code {"segments":[...],"lang":"fr"}}).
 */
final class TermRoutes {
  private static final int MAX_TERMS_PER_CONCEPT = 200;

  private final TermBase terms;
  private final WriteAccess writeAccess;

  private TermRoutes(TermBase terms, WriteAccess writeAccess) {
    this.terms = terms;
    this.writeAccess = writeAccess;
  }

  static void register(RoutesConfig r, Services services, WriteAccess writeAccess) {
    TermRoutes t = new TermRoutes(services.terms(), writeAccess);
    r.get(ApiServer.V1 + "/concepts/{id}", t::get);
    r.get(ApiServer.V1 + "/concepts", t::listOrSearch);
    r.post(ApiServer.V1 + "/concepts", t::create);
    r.put(ApiServer.V1 + "/concepts/{id}", t::replace);
    r.delete(ApiServer.V1 + "/concepts/{id}", t::delete);
    r.get(ApiServer.V1 + "/terms/search", t::search);
    r.post(ApiServer.V1 + "/terms/recognize", t::recognize);
  }

  /** A page of concepts: {@code {"total":226,"offset":0,"concepts":[...]}}. */
  record Page(int total, int offset, List<TermViews.ConceptJson> concepts) {}

  /** The concepts a term search found: {@code {"query":"OTAN","matches":[...]}}. */
  record Found(String query, List<TermViews.Match> matches) {}

  /** Recognised terms: of one text, or of segments with each hit's segment index ({@link SegmentHit}). */
  record Recognised(List<?> hits) {}

  /** A hit in the segment of that index: {@code {"segment":1,"start":3,...}}. */
  record SegmentHit(int segment, @JsonUnwrapped TermViews.Hit hit) {}

  private void get(Context ctx) {
    String id = ctx.pathParam("id");
    Concept c = terms.concept(id).orElseThrow(() -> new NotFoundResponse("no concept with id '" + id + "'"));
    ctx.json(TermViews.concept(c));
  }

  /** Without {@code q}: a page of concepts in id order ({@code offset}, {@code limit}); with it: a search. */
  private void listOrSearch(Context ctx) {
    if (ctx.queryParam("q") != null) {
      search(ctx);
      return;
    }
    int offset = offset(ctx.queryParam("offset"));
    int limit = integer(ctx.queryParam("limit"), 100, "limit");
    List<Concept> all = terms.concepts();
    ctx.json(new Page(all.size(), offset, all.stream().skip(offset).limit(limit).map(TermViews::concept).toList()));
  }

  private void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) throw new BadInputException("missing query", "q", "give q=TERM (or its beginning)");
    String lang = ctx.queryParam("lang");
    Language language = lang == null || lang.isBlank() ? null : Language.parse(lang, "lang");
    SearchMode mode = mode(ctx.queryParam("mode"));
    int max = integer(ctx.queryParam("max"), 10, "max");
    var found = terms.search(q, language, mode, max);
    ctx.json(new Found(q, found.stream().map(TermViews::match).toList()));
  }

  private void create(Context ctx) throws Exception {
    writeAccess.check(ctx);
    JsonNode body = Json.object(ctx.body());
    String id = text(body, "id");
    if (id.isEmpty()) id = "c-" + UUID.randomUUID().toString().substring(0, 8);
    if (terms.concept(id).isPresent()) {
      throw new io.javalin.http.ConflictResponse("a concept with id '" + id + "' exists; PUT /api/v1/concepts/" + id + " replaces it");
    }
    Concept c = terms.put(concept(id, body, null));
    ctx.status(201).header("Location", ApiServer.V1 + "/concepts/" + c.id()).json(TermViews.concept(c));
  }

  private void replace(Context ctx) throws Exception {
    writeAccess.check(ctx);
    String id = ctx.pathParam("id");
    JsonNode body = Json.object(ctx.body());
    String bodyId = text(body, "id");
    if (!bodyId.isEmpty() && !bodyId.equals(id)) {
      throw new BadInputException("the body's id '" + bodyId + "' differs from the path's '" + id + "'", "id", "use the same id");
    }
    Concept old = terms.concept(id).orElse(null);
    Concept c = terms.put(concept(id, body, old));
    ctx.status(old == null ? 201 : 200).json(TermViews.concept(c));
  }

  private void delete(Context ctx) {
    writeAccess.check(ctx);
    String id = ctx.pathParam("id");
    if (!terms.delete(id)) throw new NotFoundResponse("no concept with id '" + id + "'");
    ctx.status(204);
  }

  private void recognize(Context ctx) throws Exception {
    JsonNode body = Json.object(ctx.body());
    Language lang = Language.parse(text(body, "lang").isEmpty() ? text(body, "language") : text(body, "lang"), "lang");
    SubjectFields fields = subjectFields(body);
    if (body.has("segments")) {
      if (!body.get("segments").isArray()) throw new BadInputException("segments must be an array of strings", "segments", "");
      List<SegmentHit> hits = new ArrayList<>();
      int i = 0;
      for (JsonNode s : body.get("segments")) {
        int index = i++;
        for (var h : terms.recognise(s.asText(""), lang, fields)) hits.add(new SegmentHit(index, TermViews.hit(h)));
      }
      ctx.json(new Recognised(hits));
    } else {
      if (!body.has("text") || !body.get("text").isTextual()) {
        throw new BadInputException("missing text", "text", "send {\"text\":\"...\",\"lang\":\"fr\"}");
      }
      ctx.json(new Recognised(TermViews.hits(terms.recognise(body.get("text").asText(), lang, fields))));
    }
  }

  /** {@code "subjectFields": ["Défense", ...]}: recognise only the concepts of those fields (absent: all). */
  private static SubjectFields subjectFields(JsonNode body) {
    JsonNode f = body.get("subjectFields");
    if (f == null || f.isNull()) return SubjectFields.ALL;
    if (!f.isArray()) {
      throw new BadInputException("subjectFields must be an array of strings", "subjectFields",
          "send {\"subjectFields\":[\"Défense\"]}, or leave it out to recognise every concept");
    }
    List<String> names = new ArrayList<>();
    int i = 0;
    for (JsonNode n : f) {
      if (!n.isTextual()) {
        throw new BadInputException("subjectFields[" + i + "] must be a string", "subjectFields[" + i + "]",
            "send subject field names such as \"Défense\"");
      }
      names.add(n.asText());
      i++;
    }
    return SubjectFields.of(names);
  }

  private Concept concept(String id, JsonNode b, Concept old) {
    if (!b.isObject()) throw new BadInputException("the body must be a JSON object", "body", "send a concept");
    JsonNode ts = b.get("terms");
    if (ts == null || !ts.isArray() || ts.isEmpty()) {
      throw new BadInputException("a concept needs at least one term", "terms", "send terms: [{\"text\":\"...\",\"language\":\"fr\"}]");
    }
    if (ts.size() > MAX_TERMS_PER_CONCEPT) throw new BadInputException("too many terms", "terms", "at most " + MAX_TERMS_PER_CONCEPT);
    List<Term> list = new ArrayList<>();
    int i = 0;
    for (JsonNode t : ts) {
      String where = "terms[" + i++ + "]";
      String text = text(t, "text");
      if (text.isEmpty()) throw new BadInputException("a term needs a text", where + ".text", "");
      if (text.length() > 1000) throw new BadInputException("a term of " + text.length() + " characters", where + ".text", "at most 1000");
      Language lang = Language.parse(text(t, "language").isEmpty() ? text(t, "lang") : text(t, "language"), where + ".language");
      String status = text(t, "status");
      TermStatus st = TermStatus.ADMITTED;
      if (!status.isEmpty()) {
        st = java.util.Arrays.stream(TermStatus.values()).filter(s -> s.code().equals(status.toLowerCase(Locale.ROOT)))
            .findFirst().orElseThrow(() -> new BadInputException("unknown status '" + status + "'", where + ".status",
                "use preferred, admitted, proposed, deprecated or superseded"));
      }
      String type = text(t, "type");
      TermType tt = TermType.FULL_FORM;
      if (!type.isEmpty()) {
        tt = java.util.Arrays.stream(TermType.values()).filter(x -> x.tbx().equalsIgnoreCase(type) || x.code().equalsIgnoreCase(type))
            .findFirst().orElseThrow(() -> new BadInputException("unknown term type '" + type + "'", where + ".type",
                "use fullForm, acronym, abbreviation, shortForm, variant or phrase"));
      }
      java.time.LocalDate validFrom = text(t, "validFrom").isEmpty() ? null
          : org.entente.text.DocumentDate.parse(text(t, "validFrom"), where + ".validFrom");
      java.time.LocalDate supersededFrom = text(t, "supersededFrom").isEmpty() ? null
          : org.entente.text.DocumentDate.parse(text(t, "supersededFrom"), where + ".supersededFrom");
      if (validFrom != null && supersededFrom != null && !validFrom.isBefore(supersededFrom)) {
        throw new BadInputException("the term is superseded before it is valid", where + ".supersededFrom",
            "supersededFrom must come after validFrom");
      }
      list.add(new Term(text, lang, st, tt, text(t, "partOfSpeech"), text(t, "gender"), text(t, "usageNote"),
          text(t, "context"), validFrom, supersededFrom));
    }
    List<String> subsets = new ArrayList<>();
    if (b.has("subsets")) for (JsonNode s : b.get("subsets")) subsets.add(s.asText());
    Instant now = Instant.now();
    return new Concept(id, text(b, "subjectField"), byLanguage(b.get("definitions"), "definitions"),
        byLanguage(b.get("notes"), "notes"), text(b, "source"), old == null || old.created() == null ? now : old.created(),
        now, text(b, "supersededBy"), list, subsets);
  }

  private static Map<Language, String> byLanguage(JsonNode n, String field) {
    Map<Language, String> m = new EnumMap<>(Language.class);
    if (n == null || n.isNull()) return m;
    if (!n.isObject()) throw new BadInputException(field + " must be an object by language", field, "{\"fr\":\"...\",\"en\":\"...\"}");
    n.fields().forEachRemaining(e -> m.put(Language.parse(e.getKey(), field + "." + e.getKey()), e.getValue().asText()));
    return m;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() ? "" : v.asText("").strip();
  }

  private static SearchMode mode(String v) {
    if (v == null || v.isBlank()) return SearchMode.AUTO;
    try {
      return SearchMode.valueOf(v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException("unknown mode '" + v + "'", "mode", "use auto, exact, prefix or fuzzy");
    }
  }

  private static int offset(String v) {
    if (v == null || v.isBlank()) return 0;
    try {
      int i = Integer.parseInt(v.strip());
      if (i < 0) throw new NumberFormatException();
      return i;
    } catch (NumberFormatException e) {
      throw new BadInputException("'" + v + "' is not a number from 0", "offset", "");
    }
  }

  private static int integer(String v, int dflt, String name) {
    if (v == null || v.isBlank()) return dflt;
    try {
      int i = Integer.parseInt(v.strip());
      if (i < 1 || i > 1000) throw new NumberFormatException();
      return i;
    } catch (NumberFormatException e) {
      throw new BadInputException("'" + v + "' is not a number from 1 to 1000", name, "");
    }
  }
}
