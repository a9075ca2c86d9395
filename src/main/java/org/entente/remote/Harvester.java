package org.entente.remote;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.entente.text.BadInputException;
import org.jsoup.nodes.Document;

/**
 * Harvests sentence pairs from French web pages and their English counterparts: for each French page it finds the
 * counterpart ({@link CounterpartFinder}), fetches both ({@link Fetcher}), extracts their articles
 * ({@link ArticleExtractor}), aligns them ({@link TextAligner}) and stores the pairs ({@link PairStore}) with both
 * addresses, titles and dates as origin. Progress is kept in {@code harvest/} under the data folder, so that a
 * re-run fetches only what changed and never stores a pair twice.
 */
public final class Harvester implements AutoCloseable {
  private final Fetcher fetcher;
  private final HarvestLog log;
  private final TextAligner aligner;
  private final PairStore store;
  private final List<UrlMapping> mappings;
  private final double minScore;

  /**
   * @param stateDir where the page cache and progress live ({@code DATA/harvest})
   * @param minScore pairs the aligner is less sure of than this (0–1) are not stored
   */
  public Harvester(Path stateDir, FetchPolicy policy, List<UrlMapping> mappings, TextAligner aligner, PairStore store,
      double minScore) {
    if (minScore < 0 || minScore > 1) throw new IllegalArgumentException("minScore outside [0, 1]: " + minScore);
    this.fetcher = new Fetcher(policy, new PageCache(stateDir.resolve("pages")));
    this.log = new HarvestLog(stateDir);
    this.aligner = aligner;
    this.store = store;
    this.mappings = List.copyOf(mappings);
    this.minScore = minScore;
  }

  /**
   * Harvests the French pages at these addresses (duplicates once), reporting one line per page to
   * {@code progress}.
   */
  public HarvestReport run(List<String> frenchUrls, Consumer<String> progress) throws InterruptedException {
    List<String> urls = new ArrayList<>(new LinkedHashSet<>(frenchUrls));
    int harvested = 0;
    int unchanged = 0;
    int pairs = 0;
    Map<String, String> skipped = new LinkedHashMap<>();
    for (int i = 0; i < urls.size(); i++) {
      String url = urls.get(i);
      Outcome o = harvest(url);
      switch (o.kind) {
        case HARVESTED -> {
          harvested++;
          pairs += o.pairs;
        }
        case UNCHANGED -> unchanged++;
        case SKIPPED -> skipped.put(url, o.detail);
      }
      progress.accept("[" + (i + 1) + "/" + urls.size() + "] " + url + " → " + switch (o.kind) {
        case HARVESTED -> o.pairs + " new pair" + (o.pairs == 1 ? "" : "s") + " (" + o.detail + ")";
        case UNCHANGED -> "unchanged since the last run";
        case SKIPPED -> "skipped: " + o.detail;
      } + " | total " + pairs + " pairs, " + skipped.size() + " skipped");
    }
    return new HarvestReport(urls.size(), harvested, unchanged, pairs, skipped);
  }

  private enum Kind { HARVESTED, UNCHANGED, SKIPPED }

  private record Outcome(Kind kind, int pairs, String detail) {
    static Outcome skipped(String reason) {
      return new Outcome(Kind.SKIPPED, 0, reason);
    }
  }

  private Outcome harvest(String frenchUrl) throws InterruptedException {
    Fetched fr = fetcher.fetch(frenchUrl);
    if (fr instanceof Fetched.Skipped s) return Outcome.skipped(s.reason());
    Fetched.Page frPage = (Fetched.Page) fr;
    Document frDoc = ArticleExtractor.parse(frPage.body(), frPage.charset(), frPage.finalUrl());
    Article frArticle = ArticleExtractor.extract(frDoc, frPage.finalUrl());
    if (!frArticle.language().isEmpty() && !frArticle.language().regionMatches(true, 0, "fr", 0, 2)) {
      return Outcome.skipped("not a French page (lang=" + frArticle.language() + ")");
    }
    Optional<CounterpartFinder.Counterpart> counterpart = CounterpartFinder.find(frDoc, frPage.finalUrl(), mappings);
    if (counterpart.isEmpty()) return Outcome.skipped("no English counterpart (no hreflang link, no mapping rule applies)");
    Fetched en = fetcher.fetch(counterpart.get().url());
    if (en instanceof Fetched.Skipped s) {
      return Outcome.skipped("English counterpart " + counterpart.get().url() + " (" + counterpart.get().how() + "): "
          + s.reason());
    }
    Fetched.Page enPage = (Fetched.Page) en;
    String frHash = PageCache.sha256(frPage.body());
    String enHash = PageCache.sha256(enPage.body());
    Optional<HarvestLog.Done> before = log.done(frenchUrl);
    if (before.isPresent() && before.get().frenchHash().equals(frHash) && before.get().englishHash().equals(enHash)) {
      return new Outcome(Kind.UNCHANGED, 0, "");
    }
    Article enArticle = ArticleExtractor.extract(
        ArticleExtractor.parse(enPage.body(), enPage.charset(), enPage.finalUrl()), enPage.finalUrl());
    if (!enArticle.language().isEmpty() && !enArticle.language().regionMatches(true, 0, "en", 0, 2)) {
      return Outcome.skipped("the counterpart " + enPage.finalUrl() + " is not English (lang=" + enArticle.language() + ")");
    }
    if (frArticle.paragraphs().isEmpty() || enArticle.paragraphs().isEmpty()) {
      return Outcome.skipped("no article text on " + (frArticle.paragraphs().isEmpty() ? "the French" : "the English")
          + " page");
    }
    HarvestedPair.Origin origin = new HarvestedPair.Origin(frPage.finalUrl(), enPage.finalUrl(), frArticle.title(),
        enArticle.title(), dateOf(frArticle, frPage), dateOf(enArticle, enPage),
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    List<HarvestedPair> fresh = new ArrayList<>();
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    List<TextAligner.AlignedPair> aligned;
    try {
      aligned = aligner.align(frArticle.text(), enArticle.text());
    } catch (BadInputException e) {
      // one odd page (the same language on both sides, say) must not stop the harvest
      return Outcome.skipped("not aligned: " + e.getMessage());
    }
    for (TextAligner.AlignedPair p : aligned) {
      String f = p.french().strip();
      String e = p.english().strip();
      if (p.score() < minScore || f.isEmpty() || e.isEmpty() || f.equals(e)) continue;
      String id = HarvestedPair.idOf(frPage.finalUrl(), f, e);
      if (log.stored(id) || !ids.add(id)) continue;
      fresh.add(new HarvestedPair(id, f, e, p.score(), origin));
    }
    if (!fresh.isEmpty()) {
      store.store(fresh);
      log.pairsStored(List.copyOf(ids));
    }
    log.pageDone(new HarvestLog.Done(frenchUrl, enPage.finalUrl(), frHash, enHash, fresh.size()));
    return new Outcome(Kind.HARVESTED, fresh.size(), counterpart.get().how());
  }

  /** The page's own date, else the day of its {@code Last-Modified} header ({@code 2026-07-10}), else empty. */
  static String dateOf(Article article, Fetched.Page page) {
    if (!article.date().isEmpty()) return article.date();
    if (page.lastModified().isEmpty()) return "";
    try {
      return java.time.ZonedDateTime.parse(page.lastModified(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
          .toLocalDate().toString();
    } catch (java.time.format.DateTimeParseException e) {
      return "";
    }
  }

  @Override
  public void close() {
    fetcher.close();
    log.close();
  }
}
