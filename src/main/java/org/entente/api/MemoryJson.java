package org.entente.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entente.formats.InlineText;
import org.entente.formats.TmxProp;
import org.entente.memory.ConcordanceHit;
import org.entente.memory.Context;
import org.entente.memory.ImportReport;
import org.entente.memory.Origin;
import org.entente.memory.TmMatch;
import org.entente.memory.TranslationUnit;
import org.entente.memory.UnitProperties;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import org.entente.text.LanguageCode;
import org.entente.text.Span;

/** The JSON shapes of the memory, shared by the REST routes and the CLI's {@code --json}. */
public final class MemoryJson {
  private MemoryJson() {}

  /** A lookup match: {@code {"source","target","score","explanation",...}}. */
  public record Match(String source, String target, int score, Explanation explanation, String unitId, String memory,
      String sourceLanguage, String targetLanguage, String sourceMarkup, String targetMarkup, String origin,
      UnitProperties properties, Instant changed, String changedBy, long usageCount) {}

  /** Why a match scored what it did. */
  public record Explanation(int similarity, List<TmMatch.Penalty> penalties, boolean numbersSubstituted,
      String provenance, String summary) {}

  public static Match match(TmMatch m) {
    TranslationUnit u = m.unit();
    TmMatch.Explanation e = m.explanation();
    boolean forward = u.source().plain().equals(m.source());
    LanguageCode from = forward ? u.sourceLanguage() : u.targetLanguage();
    LanguageCode to = forward ? u.targetLanguage() : u.sourceLanguage();
    return new Match(m.source(), m.target(), m.score(),
        new Explanation(e.similarity(), e.penalties(), e.numbersSubstituted(), e.provenance(), e.summary()),
        m.unitId(), m.memory(), from.tag(), to.tag(), u.text(from.language()).markup(),
        e.numbersSubstituted() ? InlineText.escape(m.target()) : u.text(to.language()).markup(), u.origin().toString(),
        u.properties(), u.changed(), u.changedBy(), u.usageCount());
  }

  /** A concordance hit with the hits' offsets and the text with {@code <mark>} around them (HTML-escaped). */
  public record Hit(String unitId, String memory, String language, String text, List<Span> hits, String highlighted,
      String translation, float relevance) {}

  public static Hit hit(ConcordanceHit h) {
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (Span s : h.hits()) {
      if (s.start() < at) continue;
      b.append(html(h.text().substring(at, s.start()))).append("<mark>").append(html(s.of(h.text()))).append("</mark>");
      at = s.end();
    }
    b.append(html(h.text().substring(at)));
    return new Hit(h.unitId(), h.memory(), h.language().code(), h.text(), h.hits(), b.toString(), h.translation(),
        h.relevance());
  }

  private static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** A stored unit, everything included. */
  public record Unit(String id, String memory, String sourceLanguage, String source, String sourceMarkup,
      String targetLanguage, String target, String targetMarkup, Instant created, String createdBy, Instant changed,
      String changedBy, OriginJson origin, UnitProperties properties, Context context, long usageCount,
      Instant lastUsed, String tuid, String file, List<TmxProp> props, List<String> notes) {}

  /** Where a unit came from. */
  public record OriginJson(String kind, String name, Double beadScore) {}

  public static Unit unit(TranslationUnit u) {
    return new Unit(u.id(), u.memory(), u.sourceLanguage().tag(), u.source().plain(), u.source().markup(),
        u.targetLanguage().tag(), u.target().plain(), u.target().markup(), u.created(), u.createdBy(), u.changed(),
        u.changedBy(), new OriginJson(u.origin().kind().name(), u.origin().name(), u.origin().beadScore()),
        u.properties(), u.context(), u.usageCount(), u.lastUsed(), u.tuid(), u.file(), u.otherProps(), u.notes());
  }

  /**
   * A unit sent to {@code POST /api/v1/tm/units}: {@code {"sourceLanguage":"fr","source":"Bonjour.",
   * "targetLanguage":"en","target":"Hello.","memory":"default","properties":{"domain":"greetings"}}}. Texts may
   * carry TMX inline markup ({@code <ph x="1"/>}).
   */
  public record UnitRequest(String sourceLanguage, String source, String targetLanguage, String target, String memory,
      UnitProperties properties, Context context, String user) {}

  public static TranslationUnit toUnit(UnitRequest r, String id, TranslationUnit old) {
    if (r == null) throw new BadInputException("the request body is empty", "body", "send a JSON unit");
    LanguageCode src = LanguageCode.parse(r.sourceLanguage() == null ? "fr" : r.sourceLanguage(), "sourceLanguage");
    LanguageCode tgt = LanguageCode.parse(r.targetLanguage() == null ? src.language().other().code() : r.targetLanguage(),
        "targetLanguage");
    if (src.language() == tgt.language()) {
      throw new BadInputException("sourceLanguage and targetLanguage are both " + src.language().displayName(),
          "targetLanguage", "one side must be French and the other English");
    }
    InlineText source = text(r.source(), "source");
    InlineText target = text(r.target(), "target");
    Instant now = Instant.now();
    String user = r.user() == null ? "" : r.user();
    Instant created = old == null ? now : old.created();
    String createdBy = old == null ? user : old.createdBy();
    Origin origin = old == null ? Origin.api(user) : old.origin();
    return new TranslationUnit(id, r.memory(), src, source, tgt, target, created, createdBy, now, user, origin,
        r.properties(), r.context(), old == null ? 0 : old.usageCount(), old == null ? null : old.lastUsed(),
        old == null ? "" : old.tuid(), old == null ? "" : old.file(), old == null ? List.of() : old.otherProps(),
        old == null ? List.of() : old.notes());
  }

  private static InlineText text(String s, String field) {
    if (s == null || s.isBlank()) throw new BadInputException(field + " is empty", field, "give the " + field + " text");
    return InlineText.parseLenient(s);
  }

  /**
   * An import report: counts, units skipped by reason (a map keyed by reason), warnings, {@code "unchanged":true} or
   * the {@code error} only when so, and the one-line summary. A job's status shared by the instances holds one, read
   * back: so {@code unchanged} is null, not false, and {@code error} null, not empty, when left out.
   */
  public record Report(String file, String memory, int imported, int duplicatesMerged, Map<String, Integer> skipped,
      Map<String, Integer> variantsSkipped, List<String> warnings,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean unchanged,
      @JsonInclude(JsonInclude.Include.NON_NULL) String error, String summary) {}

  public static Report report(ImportReport r) {
    return new Report(r.file(), r.memory(), r.imported(), r.duplicatesMerged(), r.skipped(), r.variantsSkipped(),
        r.warnings(), r.unchanged() ? Boolean.TRUE : null, r.error().isEmpty() ? null : r.error(), r.summary());
  }

  /** Parses {@code fr}, {@code en} or {@code auto}/empty (null). */
  public static Language languageOrAuto(String value, String parameter) {
    if (value == null || value.isBlank() || value.equalsIgnoreCase("auto")) return null;
    return Language.parse(value, parameter);
  }

  /**
   * Looks {@code text} up as French, as English, or (language null) both, best first: a query in either language
   * finds its matches without the client saying which it is.
   */
  public static List<TmMatch> lookup(org.entente.memory.TranslationMemory tm, String text, Language language,
      String previous, String next, int min, int max, List<String> memories) {
    if (text == null || text.isBlank()) throw new BadInputException("the text to look up is empty", "text", "");
    if (language != null) {
      return tm.lookup(new org.entente.memory.LookupQuery(text, language, previous, next, min, max, memories));
    }
    List<TmMatch> all = new java.util.ArrayList<>();
    for (Language l : Language.values()) {
      all.addAll(tm.lookup(new org.entente.memory.LookupQuery(text, l, previous, next, min, max, memories)));
    }
    all.sort(java.util.Comparator.comparingInt((TmMatch m) -> -m.score()));
    return all.size() > max ? List.copyOf(all.subList(0, max)) : all;
  }
}
