package org.entente.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.entente.api.ApiConfig.Limits;
import org.entente.check.Check;
import org.entente.check.CheckConfig;
import org.entente.check.CheckReport;
import org.entente.check.CheckRequest;
import org.entente.check.Checker;
import org.entente.check.Example;
import org.entente.check.Finding;
import org.entente.check.SpellingStandard;
import org.entente.text.BadInputException;
import org.entente.text.DocumentDate;
import org.entente.text.Language;
import org.entente.text.LanguageCode;

/**
 * {@code POST /api/v1/check}: an English draft (a whole document in {@code text}, or a list in {@code segments}),
 * optionally with its French source ({@code source} or {@code sourceSegments}), returns the findings; {@code GET
 * /api/v1/checks} lists the checks with their examples.
 */
final class CheckRoutes {
  private final Checker checker;
  private final Limits limits;

  CheckRoutes(Checker checker, Limits limits) {
    this.checker = checker;
    this.limits = limits;
  }

  void register(RoutesConfig r) {
    r.post(ApiServer.V1 + "/check", this::check);
    r.get(ApiServer.V1 + "/checks", this::list);
  }

  /** The request body of {@code POST /api/v1/check}. */
  record Body(String text, String source, List<String> segments, List<String> sourceSegments, String lang,
      String sourceLang, String spelling, List<String> checks, List<String> disabledChecks, Boolean izeAllowed,
      String date) {}

  record Location(int segment, int start, int end, String text) {}

  record FindingJson(String id, String issueType, String severity, int segment, int start, int end, String text,
      String message, List<String> replacements, String conceptId, Location source) {
    static FindingJson of(Finding f) {
      Location s = f.source() == null ? null
          : new Location(f.source().segment(), f.source().start(), f.source().end(), f.source().text());
      return new FindingJson(f.checkId(), f.type().its(), f.severity().code(), f.segment(), f.start(), f.end(), f.text(),
          f.message(), f.replacements(), f.conceptId(), s);
    }
  }

  record Response(List<FindingJson> findings, List<String> checksRun, List<CheckReport.Skipped> checksSkipped,
      int sentences, int beads) {}

  private void check(Context ctx) {
    Body b = Json.body(ctx.body(), Body.class);
    ctx.json(run(b));
  }

  Response run(Body b) {
    if (b == null) throw new BadInputException("the body is empty", "body", "send {\"text\": \"the English draft\"}");
    boolean doc = b.text() != null;
    if (doc == (b.segments() != null)) {
      throw new BadInputException("send either text (a whole draft) or segments (a list), not " + (doc ? "both" : "neither"),
          doc ? "segments" : "text", "{\"text\": \"...\", \"source\": \"...\"} or {\"segments\": [...], \"sourceSegments\": [...]}");
    }
    if (doc && b.sourceSegments() != null) {
      throw new BadInputException("sourceSegments goes with segments; with text send the source document in source",
          "sourceSegments", "use source");
    }
    if (!doc && b.source() != null) {
      throw new BadInputException("source goes with text; with segments send sourceSegments", "source", "use sourceSegments");
    }
    Language lang = b.lang() == null ? Language.EN : LanguageCode.parse(b.lang(), "lang").language();
    if (b.sourceLang() != null && LanguageCode.parse(b.sourceLang(), "sourceLang").language() == lang) {
      throw new BadInputException("the source must be in the other language", "sourceLang", "draft in en, source in fr");
    }
    SpellingStandard spelling = b.spelling() != null ? SpellingStandard.parse(b.spelling(), "spelling")
        : b.lang() != null && LanguageCode.parse(b.lang(), "lang").region().equals("US") ? SpellingStandard.AMERICAN
        : SpellingStandard.BRITISH;
    CheckConfig config = CheckConfig.DEFAULT.withSpelling(spelling)
        .withChecks(ids(b.checks(), "checks"), ids(b.disabledChecks(), "disabledChecks"))
        .withIzeAllowed(Boolean.TRUE.equals(b.izeAllowed()));
    CheckRequest req;
    if (doc) {
      Params.text(b.text(), "text", bigger());
      Params.text(b.source(), "source", bigger());
      req = new CheckRequest(List.of(b.text()), b.source() == null || b.source().isBlank() ? List.of() : List.of(b.source()),
          true, lang, config);
    } else {
      Params.batch(b.segments(), "segments", limits);
      for (int i = 0; i < b.segments().size(); i++) {
        if (b.segments().get(i) == null) throw new BadInputException("segment " + i + " is null", "segments[" + i + "]", "send a string");
        Params.text(b.segments().get(i), "segments[" + i + "]", limits);
      }
      List<String> src = b.sourceSegments() == null ? List.of() : b.sourceSegments();
      for (int i = 0; i < src.size(); i++) {
        if (src.get(i) == null) throw new BadInputException("source segment " + i + " is null", "sourceSegments[" + i + "]", "send a string");
        Params.text(src.get(i), "sourceSegments[" + i + "]", limits);
      }
      req = new CheckRequest(b.segments(), src, false, lang, config);
    }
    CheckReport report = checker.check(req.on(DocumentDate.parse(b.date(), "date")));
    return new Response(report.findings().stream().map(FindingJson::of).toList(), report.checksRun(), report.skipped(),
        report.sentences().size(), report.beads());
  }

  /** Whole documents may be longer than a segment: ten segments' worth. */
  private Limits bigger() {
    long chars = Math.min((long) limits.maxSegmentChars() * 10, Integer.MAX_VALUE);
    return new Limits(limits.maxBodyBytes(), (int) chars, limits.maxBatch(), limits.maxResults(), limits.maxBatchChars());
  }

  private java.util.Set<String> ids(List<String> ids, String field) {
    if (ids == null) return java.util.Set.of();
    java.util.Set<String> known = new HashSet<>();
    for (Check c : checker.checks()) known.add(c.id());
    for (String id : ids) {
      if (id == null || !known.contains(id.strip().toUpperCase(java.util.Locale.ROOT))) {
        throw new BadInputException("unknown check '" + id + "'", field, "known checks: " + String.join(", ", known.stream().sorted().toList()));
      }
    }
    return java.util.Set.copyOf(ids);
  }

  private void list(Context ctx) {
    List<CheckInfo> out = new ArrayList<>();
    for (Check c : checker.checks()) {
      List<ExampleJson> examples = new ArrayList<>();
      for (Example e : c.examples()) examples.add(new ExampleJson(e.source(), e.draft(), e.flagged()));
      out.add(new CheckInfo(c.id(), c.type().its(), c.severity().code(), c.description(), c.needsSource(), examples));
    }
    ctx.json(out);
  }

  /** One check of {@code GET /checks}, with its examples. */
  record CheckInfo(String id, String issueType, String severity, String description, boolean needsSource,
      List<ExampleJson> examples) {}

  /** A check's example: a source, a draft, and what the check flags in it. */
  record ExampleJson(String source, String draft, List<String> flagged) {}

}
