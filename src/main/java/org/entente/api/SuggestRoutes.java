package org.entente.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.entente.api.ApiConfig.Limits;
import org.entente.memory.LookupQuery;
import org.entente.memory.TmMatch;
import org.entente.suggest.Proposal;
import org.entente.suggest.ReviewedMatch;
import org.entente.suggest.SuggestQuery;
import org.entente.suggest.Suggester;
import org.entente.suggest.Suggestion;
import org.entente.suggest.TermConflict;
import org.entente.terminology.Term;
import org.entente.terminology.TermHit;
import org.entente.text.BadInputException;
import org.entente.text.DocumentDate;
import org.entente.text.Language;
import org.entente.text.LanguageCode;

/**
 * {@code POST /api/v1/suggest} (one segment) and {@code POST /api/v1/suggest/batch} (many, in document order): memory
 * matches with their term conflicts, the recognised terms, and one proposed translation.
 */
final class SuggestRoutes {
  private final Suggester suggester;
  private final Limits limits;

  SuggestRoutes(Suggester suggester, Limits limits) {
    this.suggester = suggester;
    this.limits = limits;
  }

  void register(RoutesConfig r) {
    r.post(ApiServer.V1 + "/suggest", this::one);
    r.post(ApiServer.V1 + "/suggest/batch", this::batch);
  }

  record Body(String text, String lang, String previous, String next, List<String> memories, Integer min, Integer max,
      String date) {}

  record Segment(String text, String previous, String next) {}

  record BatchBody(List<Segment> segments, String lang, List<String> memories, Integer min, Integer max, String date) {}

  /**
   * A recognised term in the shape of {@code POST /api/v1/terms/recognize}, plus the preferred equivalent (null when
   * none is usable).
   */
  record HitJson(@JsonUnwrapped TermViews.Hit hit, String preferred) {
    static HitJson of(TermHit h) {
      return new HitJson(TermViews.hit(h), h.equivalents().stream().filter(Term::isUsable).map(Term::text).findFirst()
          .orElse(null));
    }
  }

  record ConflictJson(String kind, String conceptId, Integer start, Integer end, String found, String sourceTerm,
      List<String> expected, boolean repaired, String note) {
    static ConflictJson of(TermConflict c) {
      return new ConflictJson(c.kind().code(), c.conceptId(), c.start() < 0 ? null : c.start(), c.end() < 0 ? null : c.end(),
          c.found(), c.sourceTerm(), c.expected(), c.repaired(), c.note());
    }
  }

  record MatchJson(String unitId, String memory, String source, String target, int score, TmMatch.Explanation explanation,
      String explained, List<ConflictJson> conflicts) {
    static MatchJson of(ReviewedMatch r) {
      TmMatch m = r.match();
      return new MatchJson(m.unitId(), m.memory(), m.source(), m.target(), m.score(), m.explanation(),
          m.explanation() == null ? "" : summary(m.explanation()), r.conflicts().stream().map(ConflictJson::of).toList());
    }

    private static String summary(TmMatch.Explanation e) {
      StringBuilder b = new StringBuilder("similarity ").append(e.similarity());
      for (TmMatch.Penalty p : e.penalties()) b.append(", ").append(p.reason()).append(" -").append(p.points());
      if (e.numbersSubstituted()) b.append(", numbers substituted");
      if (!e.provenance().isEmpty()) b.append("; ").append(e.provenance());
      return b.toString();
    }
  }

  record ProposalJson(String text, String original, String origin, String unitId, int score, boolean repaired,
      List<ConflictJson> conflicts, String note) {
    static ProposalJson of(Proposal p) {
      return p == null ? null : new ProposalJson(p.text(), p.original(), p.origin(), p.unitId(), p.score(), p.repaired(),
          p.conflicts().stream().map(ConflictJson::of).toList(), p.note());
    }
  }

  record SuggestionJson(String source, String lang, List<MatchJson> matches, List<HitJson> terms,
      ProposalJson proposal) {
    static SuggestionJson of(Suggestion s) {
      return new SuggestionJson(s.source(), s.language().code(), s.matches().stream().map(MatchJson::of).toList(),
          s.terms().stream().map(HitJson::of).toList(), ProposalJson.of(s.proposal()));
    }
  }

  record BatchJson(List<SuggestionJson> results) {}

  private void one(Context ctx) {
    Body b = Json.body(ctx.body(), Body.class);
    if (b == null || b.text() == null || b.text().isBlank()) {
      throw new BadInputException("text is missing or empty", "text", "send {\"text\": \"the French segment\"}");
    }
    Params.text(b.text(), "text", limits);
    Language lang = lang(b.lang());
    int min = range(b.min(), "min", LookupQuery.DEFAULT_MIN, Params.MIN_FLOOR, 101);
    int max = range(b.max(), "max", LookupQuery.DEFAULT_MAX, 1, limits.maxResults());
    SuggestQuery q = new SuggestQuery(b.text(), lang, Params.text(b.previous(), "previous", limits),
        Params.text(b.next(), "next", limits), min, max, b.memories(), DocumentDate.parse(b.date(), "date"));
    ctx.json(SuggestionJson.of(suggester.suggest(q)));
  }

  private void batch(Context ctx) {
    BatchBody b = Json.body(ctx.body(), BatchBody.class);
    if (b == null || b.segments() == null || b.segments().isEmpty()) {
      throw new BadInputException("segments is missing or empty", "segments", "send {\"segments\": [{\"text\": \"...\"}]}");
    }
    Params.batch(b.segments(), "segments", limits);
    Params.batchCost(b.segments().stream().mapToLong(x -> x == null || x.text() == null ? 0 : x.text().length()).sum(),
        "segments", limits);
    Language lang = lang(b.lang());
    int min = range(b.min(), "min", LookupQuery.DEFAULT_MIN, Params.MIN_FLOOR, 101);
    int max = range(b.max(), "max", LookupQuery.DEFAULT_MAX, 1, limits.maxResults());
    java.time.LocalDate date = DocumentDate.parse(b.date(), "date");
    List<SuggestQuery> queries = new ArrayList<>();
    List<Segment> segs = b.segments();
    for (int i = 0; i < segs.size(); i++) {
      Segment s = segs.get(i);
      String where = "segments[" + i + "]";
      if (s == null || s.text() == null) throw new BadInputException(where + " has no text", where + ".text", "send {\"text\": \"...\"}");
      Params.text(s.text(), where + ".text", limits);
      // in document order, the neighbours are context unless the caller says otherwise
      String prev = s.previous() != null ? s.previous() : i > 0 && segs.get(i - 1) != null ? segs.get(i - 1).text() : "";
      String next = s.next() != null ? s.next() : i + 1 < segs.size() && segs.get(i + 1) != null ? segs.get(i + 1).text() : "";
      queries.add(new SuggestQuery(s.text(), lang, prev, next, min, max, b.memories(), date));
    }
    ctx.json(new BatchJson(suggester.suggestAll(queries).stream().map(SuggestionJson::of).toList()));
  }

  private static Language lang(String lang) {
    return lang == null ? Language.FR : LanguageCode.parse(lang, "lang").language();
  }

  private static int range(Integer v, String name, int dflt, int min, int max) {
    return Params.integer(v == null ? null : v.toString(), name, dflt, min, max);
  }
}
