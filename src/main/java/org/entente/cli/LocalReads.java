package org.entente.cli;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.Services;
import org.entente.api.Json;
import org.entente.api.MemoryJson;
import org.entente.api.TermViews;
import org.entente.check.CheckConfig;
import org.entente.check.CheckReport;
import org.entente.check.CheckRequest;
import org.entente.check.Finding;
import org.entente.check.SpellingStandard;
import org.entente.client.Check;
import org.entente.client.Concordance;
import org.entente.client.Lookup;
import org.entente.client.TermHit;
import org.entente.client.TermSearch;
import org.entente.client.TmMatch;
import org.entente.memory.LookupQuery;
import org.entente.terminology.SearchMode;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import org.entente.text.LanguageCode;

/**
 * Reads answered from the data folder's own indexes, turned into the API's shapes exactly as the service turns them
 * (the same {@link MemoryJson} and {@link TermViews} views, read back as the client reads them).
 */
final class LocalReads implements DataReads {
  private final Services services;

  LocalReads(Services services) {
    this.services = services;
  }

  @Override
  public List<TmMatch> lookup(Lookup q) {
    var matches = MemoryJson.lookup(services.memory(), q.text(), MemoryJson.languageOrAuto(q.lang(), "--lang"),
        q.previous(), q.next(), q.min() == null ? LookupQuery.DEFAULT_MIN : q.min(),
        q.max() == null ? LookupQuery.DEFAULT_MAX : q.max(), q.memories());
    return matches.stream().map(m -> as(MemoryJson.match(m), TmMatch.class)).toList();
  }

  @Override
  public List<Concordance.Hit> concordance(Concordance q) {
    var hits = services.memory().concordance(q.query(), MemoryJson.languageOrAuto(q.lang(), "--lang"),
        q.max() == null ? 20 : q.max(), q.memories());
    return hits.stream().map(h -> as(MemoryJson.hit(h), Concordance.Hit.class)).toList();
  }

  @Override
  public List<TermHit> recognise(String text, String lang) {
    return services.terms().recognise(text, Language.parse(lang, "--lang")).stream()
        .map(h -> as(TermViews.hit(h), TermHit.class)).toList();
  }

  @Override
  public List<TermSearch.Hit> searchTerms(TermSearch s) {
    Language language = s.lang() == null ? null : Language.parse(s.lang(), "--lang");
    SearchMode mode = SearchMode.valueOf((s.mode() == null ? "auto" : s.mode()).toUpperCase(Locale.ROOT));
    return services.terms().search(s.query(), language, mode, s.max() == null ? 10 : s.max()).stream()
        .map(m -> as(TermViews.match(m), TermSearch.Hit.class)).toList();
  }

  @Override
  public Check.Result check(Check c, LocalDate date) {
    LanguageCode code = LanguageCode.parse(c.lang() == null ? "en" : c.lang(), "--lang");
    SpellingStandard spelling = c.spelling() != null ? SpellingStandard.parse(c.spelling(), "--spelling")
        : code.region().equals("US") ? SpellingStandard.AMERICAN : SpellingStandard.BRITISH;
    CheckConfig config = CheckConfig.DEFAULT.withSpelling(spelling).withChecks(known(c.checks()), Set.of());
    boolean document = c.text() != null;
    CheckRequest request = document
        ? new CheckRequest(List.of(c.text()), c.source() == null || c.source().isBlank() ? List.of() : List.of(c.source()),
            true, code.language(), config)
        : new CheckRequest(c.segments(), c.sourceSegments(), false, code.language(), config);
    CheckReport report = services.checker().check(dated(request, date));
    return new Check.Result(report.findings().stream().map(LocalReads::finding).toList(), report.checksRun(),
        report.skipped().stream().map(s -> new Check.Skipped(s.id(), s.reason())).toList());
  }

  /** The request for a document of {@code date}: terms are judged by the status they had that day. */
  private static CheckRequest dated(CheckRequest request, LocalDate date) {
    return date == null ? request : request.on(date);
  }

  private Set<String> known(List<String> ids) {
    Set<String> known = new HashSet<>();
    services.checker().checks().forEach(c -> known.add(c.id()));
    for (String id : ids) {
      if (!known.contains(id.strip().toUpperCase(Locale.ROOT))) {
        throw new BadInputException("unknown check '" + id + "'", "--checks",
            "known checks: " + String.join(", ", known.stream().sorted().toList()));
      }
    }
    return Set.copyOf(ids);
  }

  private static Check.Finding finding(Finding f) {
    Check.Location source = f.source() == null ? null
        : new Check.Location(f.source().segment(), f.source().start(), f.source().end(), f.source().text());
    return new Check.Finding(f.checkId(), f.type().its(), f.severity().code(), f.segment(), f.start(), f.end(),
        f.text(), f.message(), f.replacements(), f.conceptId(), source);
  }

  /**
   * An API view written as the service writes it and read back as the client reads it: through JSON text, so that
   * a float relevance comes back as the same double either way.
   */
  private static <T> T as(Object view, Class<T> type) {
    try {
      return Json.MAPPER.readValue(Json.MAPPER.writeValueAsBytes(view), type);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    services.close();
  }
}
