package org.entente.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.entente.api.ApiConfig.Limits;
import java.util.HashSet;
import java.util.Set;
import org.entente.formats.InlineText;
import org.entente.memory.LookupQuery;
import org.entente.memory.MemoryInfo;
import org.entente.memory.Origin;
import org.entente.memory.TranslationUnit;
import org.entente.memory.TmMatch;
import org.entente.memory.TranslationMemory;
import org.entente.suggest.Proposal;
import org.entente.terminology.Concept;
import org.entente.terminology.TermBase;
import org.entente.suggest.ReviewedMatch;
import org.entente.suggest.SuggestQuery;
import org.entente.suggest.Suggester;
import org.entente.suggest.Suggestion;
import org.entente.text.BadInputException;
import org.entente.text.LanguageCode;

/**
 * The MyMemory protocol ({@code PROTOCOLS.md} §1): {@code GET|POST /get} answers with MyMemory's envelope (every key
 * clients read without checking, {@code responseStatus} a number, {@code matches} always an array), {@code
 * translatedText} being our proposal (the best match with safe term repairs). Errors keep HTTP 200 with
 * {@code responseStatus} ≠ 200 and {@code responseDetails}, as MyMemory does. {@code /set}, {@code /update} and
 * {@code /delete} need the API key (in {@code X-API-Key}, or as MyMemory's {@code key}).
 */
final class MyMemoryRoutes {
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  private final Suggester suggester;
  private final TranslationMemory memory;
  private final WriteAccess writeAccess;
  private final Limits limits;
  private final TermBase terms;

  MyMemoryRoutes(Suggester suggester, TranslationMemory memory, TermBase terms, WriteAccess writeAccess, Limits limits) {
    this.terms = terms;
    this.suggester = suggester;
    this.memory = memory;
    this.writeAccess = writeAccess;
    this.limits = limits;
  }

  void register(RoutesConfig r) {
    r.get("/get", this::get);
    r.post("/get", this::get);
    for (String path : List.of("/set", "/update", "/delete")) {
      r.get(path, ctx -> write(ctx, path));
      r.post(path, ctx -> write(ctx, path));
    }
  }

  /** A MyMemory-style failure: HTTP 200, this {@code responseStatus}, this {@code responseDetails}. */
  static final class MmError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    MmError(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private void get(Context ctx) {
    try {
      ctx.json(lookup(ctx));
    } catch (MmError e) {
      ctx.json(envelope("", 0, List.of(), e.status, e.getMessage()));
    } catch (BadInputException e) {
      ctx.json(envelope("", 0, List.of(), 403, e.describe()));
    }
  }

  private Envelope lookup(Context ctx) {
    String q = Params.get(ctx, "q");
    if (q == null || q.isBlank()) throw new MmError(403, "NO QUERY SPECIFIED. EXAMPLE REQUEST: GET?Q=HELLO&LANGPAIR=FR|EN");
    if (q.length() > limits.maxSegmentChars()) {
      throw new MmError(413, "QUERY TOO LONG: " + q.length() + " CHARACTERS, OVER THE LIMIT OF " + limits.maxSegmentChars());
    }
    LanguageCode[] pair = langpair(Params.get(ctx, "langpair"));
    int numres = Params.integer(Params.get(ctx, "numres"), "numres", LookupQuery.DEFAULT_MAX, 1, limits.maxResults());
    Suggestion s = suggester.suggest(new SuggestQuery(q, pair[0].language(), Params.get(ctx, "context_before"),
        Params.get(ctx, "context_after"), LookupQuery.DEFAULT_MIN, numres, namedMemories(memory, Params.get(ctx, "key"))));
    Proposal p = s.proposal();
    List<MatchJson> matches = new ArrayList<>();
    for (int i = 0; i < s.matches().size(); i++) {
      ReviewedMatch r = s.matches().get(i);
      boolean repaired = i == 0 && p != null && p.repaired() && r.match().unitId().equals(p.unitId());
      matches.add(match(r.match(), repaired ? p.text() : r.match().target(), pair, repaired ? p.note() : null));
    }
    if (p != null && "termbase".equals(p.origin())) matches.add(0, termMatch(q, p, pair, terms.concept(p.unitId()).orElse(null)));
    String translated = p == null ? "" : p.text();
    double best = p == null ? 0 : Math.min(1.0, p.score() / 100.0);
    return envelope(translated, best, matches, 200, "");
  }

  static LanguageCode[] langpair(String lp) {
    if (lp == null || lp.isBlank()) throw new MmError(403, "INVALID LANGUAGE PAIR SPECIFIED. USE langpair=fr|en");
    String[] two = lp.split("\\|", -1);
    if (two.length != 2) throw new MmError(403, "INVALID LANGUAGE PAIR SPECIFIED: '" + lp + "'. USE langpair=fr|en");
    LanguageCode s;
    LanguageCode t;
    try {
      s = LanguageCode.parse(two[0], "langpair");
      t = LanguageCode.parse(two[1], "langpair");
    } catch (BadInputException e) {
      throw new MmError(403, "INVALID LANGUAGE PAIR SPECIFIED: '" + lp + "'. THIS SERVER TRANSLATES fr|en AND en|fr");
    }
    if (s.language() == t.language()) throw new MmError(403, "PLEASE SELECT TWO DISTINCT LANGUAGES");
    return new LanguageCode[] {s, t};
  }

  private static MatchJson match(TmMatch m, String translation, LanguageCode[] pair, String note) {
    TranslationUnit u = m.unit();
    return new MatchJson(m.unitId(), m.source(), translation, pair[0].tag(), pair[1].tag(),
        Integer.toString(Math.min(100, m.score())), m.explanation() == null ? null : m.explanation().provenance(),
        u == null ? 0 : u.usageCount(), u == null || u.properties().domain().isEmpty() ? "All" : u.properties().domain(),
        u == null || u.createdBy().isEmpty() ? m.memory() : u.createdBy(),
        u == null || u.changedBy().isEmpty() ? m.memory() : u.changedBy(),
        DATE.format(u == null ? Instant.EPOCH : u.created()), DATE.format(u == null ? Instant.EPOCH : u.changed()),
        Math.min(1.0, m.score() / 100.0), m.score() > 100, "", properties(m, note));
  }

  private static String properties(TmMatch m, String note) {
    List<Property> props = new ArrayList<>();
    props.add(new Property("x-memory", m.memory()));
    props.add(new Property("x-score", Integer.toString(m.score())));
    if (note != null) props.add(new Property("x-term-repair", note));
    try {
      return Json.MAPPER.writeValueAsString(props);
    } catch (Exception e) {
      return "[]";
    }
  }

  private static MatchJson termMatch(String q, Proposal p, LanguageCode[] pair, Concept concept) {
    // clients require both dates; a concept without dates gets the epoch, as MyMemory does for unknown dates
    Instant created = concept == null || concept.created() == null ? Instant.EPOCH : concept.created();
    Instant modified = concept == null || concept.modified() == null ? created : concept.modified();
    return new MatchJson(p.unitId(), q, p.text(), pair[0].tag(), pair[1].tag(), "100",
        "termbase concept " + p.unitId(), 0, "All", "termbase", "termbase", DATE.format(created), DATE.format(modified),
        1, false, "", "[{\"type\":\"x-status\",\"value\":\"preferred\"}]");
  }

  static Envelope envelope(String translated, double match, List<MatchJson> matches, int status, String details) {
    return new Envelope(new Data(translated, match), false, null, details, status, null, null, matches);
  }

  /** On {@code /get}, a {@code key} that names a memory selects it; other keys (MateCat sends several) are ignored. */
  /** The memories a MyMemory or Apertium {@code key} names (a comma-separated list); other keys are ignored. */
  static List<String> namedMemories(TranslationMemory memory, String keys) {
    if (keys == null || keys.isBlank()) return List.of();
    Set<String> names = new HashSet<>();
    for (MemoryInfo m : memory.memories()) names.add(m.name());
    List<String> out = new ArrayList<>();
    for (String k : keys.split(",")) if (names.contains(k.strip())) out.add(k.strip());
    return out;
  }

  private void write(Context ctx, String path) {
    try {
      checkKey(ctx);
      ctx.json(switch (path) {
        case "/set" -> set(ctx);
        case "/update" -> update(ctx);
        default -> delete(ctx);
      });
    } catch (MmError e) {
      ctx.json(envelope("", 0, List.of(), e.status, e.getMessage()));
    } catch (WriteAccess.WriteRefused e) {
      ctx.json(envelope("", 0, List.of(), e.status, e.getMessage() + " (" + e.hint + ", or in the key parameter)"));
    } catch (BadInputException e) {
      ctx.json(envelope("", 0, List.of(), 403, e.describe()));
    }
  }

  /** The API key may come as a header or as MyMemory's {@code key} (one of a comma-separated list). */
  private void checkKey(Context ctx) {
    String keys = Params.get(ctx, "key");
    if (keys == null || keys.isBlank() || !keys.contains(",")) {
      writeAccess.check(ctx, keys == null || keys.isBlank() ? null : keys.strip());
      return;
    }
    WriteAccess.WriteRefused last = null;
    for (String k : keys.split(",")) {
      try {
        writeAccess.check(ctx, k.strip());
        return;
      } catch (WriteAccess.WriteRefused e) {
        last = e;
      }
    }
    throw last;
  }

  private static String required(Context ctx, String name, Limits limits) {
    String v = Params.get(ctx, name);
    if (v == null || v.isBlank()) throw new MmError(403, "MISSING PARAMETER " + name.toUpperCase(java.util.Locale.ROOT));
    if (v.length() > limits.maxSegmentChars()) throw new MmError(413, name.toUpperCase(java.util.Locale.ROOT) + " TOO LONG");
    try {
      Params.segment(v, name, limits);
    } catch (BadInputException e) {
      throw new MmError(400, name.toUpperCase(java.util.Locale.ROOT) + " HOLDS A WORD TOO LONG TO INDEX");
    }
    return v;
  }

  private Written set(Context ctx) {
    String seg = required(ctx, "seg", limits);
    String tra = required(ctx, "tra", limits);
    LanguageCode[] pair = langpair(Params.get(ctx, "langpair"));
    String de = Params.get(ctx, "de") == null ? "" : Params.get(ctx, "de");
    String note = Params.get(ctx, "tnote");
    Instant now = Instant.now();
    TranslationUnit u = new TranslationUnit("", "", pair[0], InlineText.parseLenient(seg), pair[1], InlineText.parseLenient(tra),
        now, de, now, de, Origin.api(de), null, new org.entente.memory.Context(nz(Params.get(ctx, "context_before")),
        nz(Params.get(ctx, "context_after"))), 0, null, "", "", List.of(), note == null || note.isBlank() ? List.of() : List.of(note));
    TranslationUnit stored = memory.add(u);
    return written(stored.id());
  }

  private Written update(Context ctx) {
    String seg = required(ctx, "seg", limits);
    String tra = required(ctx, "tra", limits);
    LanguageCode[] pair = langpair(Params.get(ctx, "langpair"));
    String newSeg = Params.get(ctx, "newseg") == null || Params.get(ctx, "newseg").isBlank() ? seg : Params.get(ctx, "newseg");
    String newTra = required(ctx, "newtra", limits);
    List<TranslationUnit> found = find(seg, tra, pair);
    if (found.isEmpty()) throw new MmError(404, "NO ID FOUND");
    String de = Params.get(ctx, "de") == null ? "" : Params.get(ctx, "de");
    Instant now = Instant.now();
    for (TranslationUnit u : found) {
      memory.update(new TranslationUnit(u.id(), u.memory(), u.sourceLanguage(), InlineText.parseLenient(newSeg),
          u.targetLanguage(), InlineText.parseLenient(newTra), u.created(), u.createdBy(), now, de.isEmpty() ? u.changedBy() : de,
          u.origin(), u.properties(), u.context(), u.usageCount(), u.lastUsed(), u.tuid(), u.file(), u.otherProps(), u.notes()));
    }
    return written(found.get(0).id());
  }

  private Written delete(Context ctx) {
    String seg = required(ctx, "seg", limits);
    String tra = required(ctx, "tra", limits);
    List<TranslationUnit> found = find(seg, tra, langpair(Params.get(ctx, "langpair")));
    if (found.isEmpty()) throw new MmError(404, "NO ID FOUND");
    for (TranslationUnit u : found) memory.delete(u.id());
    return written(found.get(0).id());
  }

  /** The stored units with exactly this source and translation. */
  private List<TranslationUnit> find(String seg, String tra, LanguageCode[] pair) {
    List<TranslationUnit> out = new ArrayList<>();
    for (TmMatch m : memory.lookup(new LookupQuery(seg, pair[0].language(), "", "", 100, 50, List.of()))) {
      if (m.unit() != null && m.source().strip().equals(seg.strip()) && m.target().strip().equals(tra.strip())) out.add(m.unit());
    }
    return out;
  }

  private static Written written(String id) {
    return new Written("OK", false, null, "", 200, null, null, List.of(), id);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  // The bodies, as MyMemory writes them (field order and nulls included: MateCat, OmegaT and CAT tools read them).

  /** The answer of {@code /get} and of every failure: the best translation, the status, and the matches. */
  record Envelope(Data responseData, boolean quotaFinished, String mtLangSupported, String responseDetails,
      int responseStatus, String responderId, @JsonProperty("exception_code") String exceptionCode,
      List<MatchJson> matches) {}

  /** The answer of {@code /set}, {@code /update} and {@code /delete}: {@code "OK"} and the unit's id. */
  record Written(String responseData, boolean quotaFinished, String mtLangSupported, String responseDetails,
      int responseStatus, String responderId, @JsonProperty("exception_code") String exceptionCode,
      List<MatchJson> matches, String matchId) {}

  /** {@code {"translatedText":"The Secretary General spoke.","match":1.0}}. */
  record Data(String translatedText, double match) {}

  /**
   * One match of the memory or the termbase; {@code match} is the score over 100 (a number, {@code 1} for a
   * termbase entry) and {@code tm_properties} a JSON array written as a string, as MyMemory sends it.
   */
  record MatchJson(String id, String segment, String translation, String source, String target, String quality,
      String reference, @JsonProperty("usage-count") long usageCount, String subject,
      @JsonProperty("created-by") String createdBy, @JsonProperty("last-updated-by") String lastUpdatedBy,
      @JsonProperty("create-date") String createDate, @JsonProperty("last-update-date") String lastUpdateDate,
      Number match, @JsonProperty("ICE") boolean ice, String key, @JsonProperty("tm_properties") String tmProperties) {}

  /** One of {@code tm_properties}: {@code {"type":"x-score","value":"83"}}. */
  record Property(String type, String value) {}
}
