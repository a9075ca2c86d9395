package org.entente.remote;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.entente.align.EntenteAligner;
import org.entente.segment.ModelAndRulesSegmenter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The harvester against a small bilingual site served by WireMock, written for these tests. */
class HarvesterTest {
  @RegisterExtension
  static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path data;
  final List<String> progress = new ArrayList<>();

  static final FetchPolicy POLICY = FetchPolicy.defaults().withPerHostDelay(Duration.ZERO)
      .withBackoff(Duration.ofMillis(20)).withMaxBytes(64 * 1024);
  static final List<UrlMapping> MAP = List.of(UrlMapping.parse("/fr/=/en/"));

  @BeforeEach
  void serveTheSite() throws IOException {
    site.stubFor(get("/robots.txt").willReturn(aResponse().withHeader("Content-Type", "text/plain")
        .withBody("User-agent: *\nDisallow: /fr/prive/\n\nUser-agent: BadBot\nDisallow: /\n")));
    page("/fr/actualites/sommet.html", "fr/actualites/sommet.html", "text/html; charset=utf-8");
    page("/en/news/summit.html", "en/news/summit.html", "text/html; charset=utf-8");
    page("/fr/articles/defense.html", "fr/articles/defense.html", "text/html; charset=utf-8");
    page("/en/articles/defense.html", "en/articles/defense.html", "text/html; charset=utf-8");
    page("/fr/articles/orphelin.html", "fr/articles/orphelin.html", "text/html; charset=utf-8");
    site.stubFor(get("/en/articles/orphelin.html").willReturn(aResponse().withStatus(404)));
    site.stubFor(get("/fr/ancien.html").willReturn(aResponse().withStatus(301)
        .withHeader("Location", "/fr/articles/budget.html")));
    page("/fr/articles/budget.html", "fr/articles/budget.html", "text/html");
    site.stubFor(get("/en/articles/budget.html").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ready"));
    site.stubFor(get("/en/articles/budget.html").inScenario("busy").whenScenarioStateIs("ready")
        .willReturn(aResponse().withHeader("Content-Type", "text/html; charset=UTF-8")
            .withBody(resource("en/articles/budget.html"))));
    page("/fr/latin1.html", "fr/latin1.html", "text/html");
    page("/en/latin1.html", "en/latin1.html", "text/html; charset=utf-8");
    page("/fr/prive/note.html", "fr/articles/orphelin.html", "text/html; charset=utf-8");
    site.stubFor(get("/fr/externe.html").willReturn(aResponse().withStatus(302)
        .withHeader("Location", "https://example.org/fr/page.html")));
    site.stubFor(get("/fr/rapport.pdf").willReturn(aResponse().withHeader("Content-Type", "application/pdf")
        .withBody(new byte[] {'%', 'P', 'D', 'F'})));
    site.stubFor(get("/fr/enorme.html").willReturn(aResponse().withHeader("Content-Type", "text/html")
        .withBody("<p>" + "trop long ".repeat(10_000) + "</p>")));
  }

  private static void page(String path, String resource, String contentType) throws IOException {
    site.stubFor(get(path).willReturn(aResponse().withHeader("Content-Type", contentType).withBody(resource(resource))));
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = HarvesterTest.class.getResourceAsStream("site/" + name)) {
      if (in == null) throw new IOException("missing test page " + name);
      return in.readAllBytes();
    }
  }

  String url(String path) {
    return site.baseUrl() + path;
  }

  HarvestReport harvest(PairStore store, String... paths) throws InterruptedException {
    try (Harvester h = new Harvester(data.resolve("harvest"), POLICY, MAP, new ParagraphByParagraphAligner(), store, 0.5)) {
      return h.run(java.util.Arrays.stream(paths).map(this::url).toList(), progress::add);
    }
  }

  @Test
  void anHreflangPairGivesArticlePairsWithoutBoilerplateAndWithTheirOrigin() throws Exception {
    RecordingPairStore store = new RecordingPairStore();
    HarvestReport report = harvest(store, "/fr/actualites/sommet.html");

    assertThat(report.harvested()).isEqualTo(1);
    assertThat(store.french()).containsExactly(
        "Les Alliés renforcent leur posture de dissuasion et de défense",
        "Les chefs d’État et de gouvernement des pays de l’OTAN se sont réunis à La Haye le 10 juillet 2026.",
        "Ils ont décidé de porter leurs dépenses de défense à 3,5 % du produit intérieur brut d’ici 2035.",
        "Le Groupe des plans nucléaires s’est également réuni pour examiner la posture nucléaire de l’Alliance.");
    assertThat(store.pairs.get(2).english())
        .isEqualTo("They decided to raise their defence spending to 3.5% of gross domestic product by 2035.");
    assertThat(String.join(" ", store.french()))
        .doesNotContain("cookie", "Accepter", "Partager", "Accueil", "Actualités", "À lire aussi", "©", "dataLayer");
    HarvestedPair.Origin origin = store.pairs.get(0).origin();
    assertThat(origin.frenchUrl()).isEqualTo(url("/fr/actualites/sommet.html"));
    assertThat(origin.englishUrl()).isEqualTo(url("/en/news/summit.html"));
    assertThat(origin.frenchTitle()).isEqualTo("Les Alliés renforcent leur posture de dissuasion et de défense");
    assertThat(origin.englishTitle()).isEqualTo("Allies strengthen their deterrence and defence posture");
    assertThat(origin.frenchDate()).isEqualTo("2026-07-10");
    assertThat(origin.englishDate()).isEqualTo("2026-07-10");
    assertThat(store.pairs).allSatisfy(p -> assertThat(p.score()).isEqualTo(0.9));
  }

  @Test
  void aMappingRuleFindsTheCounterpartWhenThePageLinksNone() throws Exception {
    RecordingPairStore store = new RecordingPairStore();
    HarvestReport report = harvest(store, "/fr/articles/defense.html");
    assertThat(report.harvested()).isEqualTo(1);
    assertThat(store.pairs).extracting(HarvestedPair::english).containsExactly("Regional defence plans",
        "The regional defence plans cover the whole territory of the Alliance.",
        "They are approved by the North Atlantic Council.");
    assertThat(progress).singleElement().asString().contains("(map /fr/=/en/)");
  }

  @Test
  void everyMappingRuleThatAppliesIsUsedInOrder() throws Exception {
    site.stubFor(get("/cps/fr/natohq/news_1.htm?selectedLocale=fr").willReturn(aResponse()
        .withHeader("Content-Type", "text/html").withBody(resource("fr/articles/defense.html"))));
    site.stubFor(get("/cps/en/natohq/news_1.htm?selectedLocale=en").willReturn(aResponse()
        .withHeader("Content-Type", "text/html").withBody(resource("en/articles/defense.html"))));
    RecordingPairStore store = new RecordingPairStore();
    try (Harvester h = new Harvester(data.resolve("harvest"), POLICY,
        List.of(UrlMapping.parse("/fr/=/en/"), UrlMapping.parse("selectedLocale=fr=selectedLocale=en"),
            UrlMapping.parse("_fr.htm=_en.htm")), new ParagraphByParagraphAligner(), store, 0.5)) {
      h.run(List.of(url("/cps/fr/natohq/news_1.htm?selectedLocale=fr")), progress::add);
    }
    assertThat(store.pairs).as(progress.toString()).hasSize(3);
    assertThat(store.pairs.get(0).origin().englishUrl()).isEqualTo(url("/cps/en/natohq/news_1.htm?selectedLocale=en"));
    assertThat(progress.get(0)).contains("(map /fr/=/en/ selectedLocale=fr=selectedLocale=en)");
  }

  @Test
  void aMissingCounterpartIsSkippedWithTheReason() throws Exception {
    RecordingPairStore store = new RecordingPairStore();
    HarvestReport report = harvest(store, "/fr/articles/orphelin.html");
    assertThat(store.pairs).isEmpty();
    assertThat(report.skipped()).containsEntry(url("/fr/articles/orphelin.html"),
        "English counterpart " + url("/en/articles/orphelin.html") + " (map /fr/=/en/): HTTP 404");
  }

  @Test
  void aSameSiteRedirectIsFollowedAndA503IsRetriedAndTheLanguageSwitchIsUsed() throws Exception {
    RecordingPairStore store = new RecordingPairStore();
    HarvestReport report = harvest(store, "/fr/ancien.html");
    assertThat(report.harvested()).as(String.join("\n", report.summary())).isEqualTo(1);
    assertThat(store.pairs).extracting(HarvestedPair::english)
        .contains("It amounts to EUR 438 million for 2026.");
    assertThat(store.pairs.get(0).origin().frenchUrl()).isEqualTo(url("/fr/articles/budget.html"));
    assertThat(store.pairs.get(0).origin().frenchDate()).isEqualTo("2026-02-14");
    assertThat(progress.get(0)).contains("(language switch)");
    site.verify(exactly(2), getRequestedFor(urlPathEqualTo("/en/articles/budget.html")));
  }

  @Test
  void aRedirectToAnotherSiteIsNotFollowed() throws Exception {
    HarvestReport report = harvest(new RecordingPairStore(), "/fr/externe.html");
    assertThat(report.skipped().get(url("/fr/externe.html")))
        .isEqualTo("redirected off the site to https://example.org/fr/page.html");
  }

  @Test
  void aWindows1252PageIsDecodedFromItsMetaAndAUtf8PageFromItsHeader() throws Exception {
    RecordingPairStore store = new RecordingPairStore();
    harvest(store, "/fr/latin1.html");
    assertThat(store.pairs).extracting(HarvestedPair::french).containsExactly("Les Alliés et l’Ukraine",
        "Les Alliés ont réaffirmé leur soutien « indéfectible » à l’Ukraine.",
        "Le Conseil OTAN-Ukraine se réunira de nouveau à l’automne.");
    assertThat(store.pairs.get(1).english()).isEqualTo("Allies reaffirmed their “unwavering” support for Ukraine.");
  }

  @Test
  void robotsTxtIsObeyedNonHtmlAndOversizedPagesAreSkippedWithAReason() throws Exception {
    HarvestReport report = harvest(new RecordingPairStore(), "/fr/prive/note.html", "/fr/rapport.pdf",
        "/fr/enorme.html");
    assertThat(report.skipped()).containsEntry(url("/fr/prive/note.html"), "disallowed by robots.txt")
        .containsEntry(url("/fr/rapport.pdf"), "not HTML (application/pdf)")
        .containsKey(url("/fr/enorme.html"));
    assertThat(report.skipped().get(url("/fr/enorme.html")))
        .matches("too large \\((over 65536 bytes|100007 bytes, limit 65536)\\)");
    site.verify(exactly(0), getRequestedFor(urlPathEqualTo("/fr/prive/note.html")));
    site.verify(exactly(1), getRequestedFor(urlPathEqualTo("/robots.txt")));
    assertThat(report.summary()).contains("  skipped (disallowed by robots.txt): 1");
  }

  @Test
  void everyRequestAnnouncesTheHarvester() throws Exception {
    harvest(new RecordingPairStore(), "/fr/actualites/sommet.html");
    site.verify(getRequestedFor(urlPathEqualTo("/fr/actualites/sommet.html"))
        .withHeader("User-Agent", matching(".*EntenteHarvester/.*")));
    site.verify(getRequestedFor(urlPathEqualTo("/robots.txt")).withHeader("User-Agent", matching(".*EntenteHarvester.*")));
  }

  @Test
  void aRerunAsksConditionallyAndStoresNothingForUnchangedPages() throws Exception {
    site.stubFor(get("/fr/actualites/sommet.html").atPriority(1).withHeader("If-None-Match", equalTo("\"fr-v1\""))
        .willReturn(aResponse().withStatus(304)));
    site.stubFor(get("/fr/actualites/sommet.html").atPriority(2).willReturn(aResponse()
        .withHeader("Content-Type", "text/html; charset=utf-8").withHeader("ETag", "\"fr-v1\"")
        .withBody(resource("fr/actualites/sommet.html"))));
    site.stubFor(get("/en/news/summit.html").atPriority(1)
        .withHeader("If-Modified-Since", equalTo("Fri, 10 Jul 2026 08:00:00 GMT")).willReturn(aResponse().withStatus(304)));
    site.stubFor(get("/en/news/summit.html").atPriority(2).willReturn(aResponse()
        .withHeader("Content-Type", "text/html; charset=utf-8").withHeader("Last-Modified", "Fri, 10 Jul 2026 08:00:00 GMT")
        .withBody(resource("en/news/summit.html"))));
    RecordingPairStore first = new RecordingPairStore();
    harvest(first, "/fr/actualites/sommet.html", "/fr/articles/defense.html");
    assertThat(first.pairs).hasSize(7);

    RecordingPairStore second = new RecordingPairStore();
    HarvestReport rerun = harvest(second, "/fr/actualites/sommet.html", "/fr/articles/defense.html");
    assertThat(second.pairs).isEmpty();
    assertThat(rerun.unchanged()).isEqualTo(2);
    assertThat(rerun.harvested()).isZero();
    site.verify(getRequestedFor(urlPathEqualTo("/fr/actualites/sommet.html")).withHeader("If-None-Match", absent()));
    site.verify(getRequestedFor(urlPathEqualTo("/fr/actualites/sommet.html"))
        .withHeader("If-None-Match", equalTo("\"fr-v1\"")));
    site.verify(getRequestedFor(urlPathEqualTo("/en/news/summit.html"))
        .withHeader("If-Modified-Since", equalTo("Fri, 10 Jul 2026 08:00:00 GMT")));
  }

  @Test
  void aPageWithoutADateIsDatedByItsLastModifiedHeader() throws Exception {
    site.stubFor(get("/fr/latin1.html").willReturn(aResponse().withHeader("Content-Type", "text/html")
        .withHeader("Last-Modified", "Mon, 02 Mar 2026 10:15:00 GMT").withBody(resource("fr/latin1.html"))));
    RecordingPairStore store = new RecordingPairStore();
    harvest(store, "/fr/latin1.html");
    assertThat(store.pairs).isNotEmpty().allSatisfy(p -> {
      assertThat(p.origin().frenchDate()).isEqualTo("2026-03-02");
      assertThat(p.origin().englishDate()).isEmpty();
    });
  }

  @Test
  void aChangedPageStoresOnlyItsNewPairs() throws Exception {
    RecordingPairStore first = new RecordingPairStore();
    harvest(first, "/fr/articles/defense.html");
    String changed = new String(resource("fr/articles/defense.html"), java.nio.charset.StandardCharsets.UTF_8)
        .replace("</div>", "<p>Ils sont révisés chaque année.</p></div>");
    String changedEn = new String(resource("en/articles/defense.html"), java.nio.charset.StandardCharsets.UTF_8)
        .replace("</div>", "<p>They are reviewed every year.</p></div>");
    site.stubFor(get("/fr/articles/defense.html").willReturn(aResponse().withHeader("Content-Type", "text/html")
        .withBody(changed)));
    site.stubFor(get("/en/articles/defense.html").willReturn(aResponse().withHeader("Content-Type", "text/html")
        .withBody(changedEn)));
    RecordingPairStore second = new RecordingPairStore();
    HarvestReport rerun = harvest(second, "/fr/articles/defense.html");
    assertThat(rerun.harvested()).isEqualTo(1);
    assertThat(second.pairs).extracting(HarvestedPair::french).containsExactly("Ils sont révisés chaque année.");
  }

  @Test
  void anInterruptedRunResumesAndNeverStoresAPairTwice() throws Exception {
    String[] pages = {"/fr/actualites/sommet.html", "/fr/articles/defense.html", "/fr/latin1.html"};
    RecordingPairStore crashing = new RecordingPairStore().failingAfter(1);
    assertThatThrownBy(() -> harvest(crashing, pages)).hasMessage("disk full");
    assertThat(crashing.pairs).hasSize(4);

    RecordingPairStore resumed = new RecordingPairStore();
    HarvestReport report = harvest(resumed, pages);
    assertThat(report.unchanged()).isEqualTo(1);
    assertThat(report.harvested()).isEqualTo(2);
    List<HarvestedPair> all = new ArrayList<>(crashing.pairs);
    all.addAll(resumed.pairs);
    assertThat(all).hasSize(10);
    assertThat(all).extracting(HarvestedPair::id).doesNotHaveDuplicates();
  }

  @Test
  void withTheRealSegmenterAndAlignerTheSentencesOfBothArticlesArePaired() throws Exception {
    RecordingPairStore store = new RecordingPairStore();
    TextAligner real = new SegmentingTextAligner(new ModelAndRulesSegmenter(), new EntenteAligner());
    try (Harvester h = new Harvester(data.resolve("harvest"), POLICY, MAP, real, store, 0.0)) {
      h.run(List.of(url("/fr/actualites/sommet.html"), url("/fr/articles/budget.html")), progress::add);
    }
    assertThat(store.pairs).extracting(p -> p.french() + " = " + p.english()).contains(
        "Ils ont décidé de porter leurs dépenses de défense à 3,5 % du produit intérieur brut d’ici 2035. = "
            + "They decided to raise their defence spending to 3.5% of gross domestic product by 2035.",
        "Il s’élève à 438 millions d’euros pour 2026. = It amounts to EUR 438 million for 2026.");
    assertThat(store.pairs).allSatisfy(p -> assertThat(p.score()).isBetween(0.0, 1.0));
  }

  @Test
  void theProgressLineAndSummarySayWhatHappened() throws Exception {
    HarvestReport report = harvest(new RecordingPairStore(), "/fr/articles/defense.html", "/fr/rapport.pdf");
    assertThat(progress).hasSize(2);
    assertThat(progress.get(0)).startsWith("[1/2] " + url("/fr/articles/defense.html") + " → 3 new pairs");
    assertThat(progress.get(1)).contains("[2/2]").contains("skipped: not HTML (application/pdf)")
        .contains("total 3 pairs, 1 skipped");
    assertThat(report.summary().get(0)).isEqualTo("2 French pages: 1 harvested, 0 unchanged, 1 skipped; 3 pairs stored");
  }
}
