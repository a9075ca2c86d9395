package org.entente.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.entente.Services;
import org.entente.api.ApiConfig;
import org.entente.api.ApiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every client call against our real server on port 0 over a fresh data folder (the real memory, termbase, segmenter
 * and aligner), so that the client's records and the server's answers cannot drift apart. The data goes in through
 * the client itself: a TMX import and two concepts.
 */
class ClientContractTest {
  static final String KEY = "contract-key";
  @TempDir static Path data;
  static Services services;
  static ApiServer server;
  static EntenteClient client;

  @BeforeAll
  static void start() throws Exception {
    services = Services.open(data, "contract test");
    server = new ApiServer(services, ApiConfig.local(0).withApiKey(KEY)).start();
    client = EntenteClient.builder().baseUrl(server.baseUrl()).apiKey(KEY).retryPolicy(RetryPolicy.NONE)
        .readTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(60)).build();
    client.putConcept(npg());
    client.putConcept(kyiv());
    Path tmx = data.resolve("contract.tmx");
    try (var in = ClientContractTest.class.getResourceAsStream("contract.tmx")) {
      java.nio.file.Files.copy(in, tmx);
    }
    seeded = client.importTmx(tmx, null);
  }

  static ImportResult seeded;

  @AfterAll
  static void stop() {
    client.close();
    server.close();
    services.close();
  }

  @Test
  void healthSaysOkWithTheVersion() {
    Health h = client.health();
    assertThat(h.ok()).isTrue();
    assertThat(h.name()).isEqualTo("Entente");
    assertThat(h.version()).isNotBlank();
    assertThat(h.loaded()).containsKey("dataFolder");
  }

  @Test
  void anUnknownEndpointIsAProblemWithTheServersDetails() {
    try (EntenteClient wrongPrefix = EntenteClient.builder().baseUrl(server.baseUrl() + "/nowhere")
        .retryPolicy(RetryPolicy.NONE).build()) {
      ProblemException e = catchThrowableOfType(ProblemException.class, wrongPrefix::health);
      assertThat(e.status()).isEqualTo(404);
      assertThat(e.problem().title()).isEqualTo("Not Found");
      assertThat(e.problem().detail()).contains("/nowhere/health");
      assertThat(e.isClientError()).isTrue();
    }
  }

  @Test
  void suggestGivesTheMatchTheTermsAndARepairedProposal() {
    Suggest.Suggestion s = client.suggest(Suggest.of("Les Alliés soutiennent Kyiv."));
    assertThat(s.source()).isEqualTo("Les Alliés soutiennent Kyiv.");
    assertThat(s.lang()).isEqualTo("fr");
    assertThat(s.matches()).first().satisfies(m -> {
      assertThat(m.score()).isEqualTo(100);
      assertThat(m.target()).isEqualTo("Allies support Kiev.");
      assertThat(m.unitId()).isNotEmpty();
      assertThat(m.explanation().provenance()).contains("contract.tmx");
      assertThat(m.conflicts()).extracting(Suggest.Conflict::found).contains("Kiev");
    });
    assertThat(s.terms()).anySatisfy(t -> {
      assertThat(t.text()).isEqualTo("Kyiv");
      assertThat(t.conceptId()).isEqualTo("c-kyiv");
      assertThat(t.start()).isEqualTo(23);
      assertThat(t.end()).isEqualTo(27);
      assertThat(t.preferred()).isEqualTo("Kyiv");
      assertThat(t.term()).isEqualTo("Kyiv");
      assertThat(t.status()).isEqualTo("preferred");
      assertThat(t.equivalents()).extracting(Term::text).startsWith("Kyiv");
    });
    assertThat(s.hasProposal()).isTrue();
    assertThat(s.proposal().text()).isEqualTo("Allies support Kyiv.");
    assertThat(s.proposal().original()).isEqualTo("Allies support Kiev.");
    assertThat(s.proposal().repaired()).isTrue();
    assertThat(s.proposal().conflicts()).singleElement().satisfies(c -> {
      assertThat(c.conceptId()).isEqualTo("c-kyiv");
      assertThat(c.found()).isEqualTo("Kiev");
      assertThat(c.expected()).startsWith("Kyiv");
      assertThat(c.repaired()).isTrue();
      assertThat(c.kind()).isNotEmpty();
    });
  }

  @Test
  void suggestWithNothingInTheMemoryHasNoProposal() {
    Suggest.Suggestion s = client.suggest(Suggest.of("Une phrase sans rapport aucun.").withMin(90));
    assertThat(s.matches()).isEmpty();
    assertThat(s.hasProposal()).isFalse();
  }

  @Test
  void aSuggestionBatchAnswersEachSegmentInOrder() {
    List<Suggest.Suggestion> all = client.suggest(
        SuggestBatch.of(List.of("Le secrétaire général a parlé.", "Les Alliés soutiennent Kyiv.")));
    assertThat(all).extracting(Suggest.Suggestion::source)
        .containsExactly("Le secrétaire général a parlé.", "Les Alliés soutiennent Kyiv.");
    assertThat(all.get(0).proposal().text()).isEqualTo("The Secretary General spoke.");
  }

  @Test
  void checkingADraftAloneFindsTheDeprecatedTerm() {
    Check.Result r = client.check(Check.draft("Allies support Kiev."));
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.id()).isEqualTo("TERM_DEPRECATED_IN_TARGET");
      assertThat(f.issueType()).isEqualTo("terminology");
      assertThat(f.severity()).isNotEmpty();
      assertThat(f.text()).isEqualTo("Kiev");
      assertThat(f.start()).isEqualTo(15);
      assertThat(f.end()).isEqualTo(19);
      assertThat(f.replacements()).startsWith("Kyiv");
      assertThat(f.message()).isNotEmpty();
      assertThat(f.conceptId()).isEqualTo("c-kyiv");
    });
    assertThat(r.checksRun()).contains("TERM_DEPRECATED_IN_TARGET");
    assertThat(r.checksSkipped()).extracting(Check.Skipped::id).contains("TERM_NOT_FOUND_IN_TARGET");
  }

  @Test
  void checkingSegmentsAgainstTheirSourceFindsAMissingTerm() {
    Check.Result r = client.check(Check.segments(List.of("Le Groupe des plans nucléaires s'est réuni."),
        List.of("The planning group met.")));
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.id()).isEqualTo("TERM_NOT_FOUND_IN_TARGET");
      assertThat(f.segment()).isZero();
      assertThat(f.replacements()).contains("Nuclear Planning Group");
      assertThat(f.source()).isNotNull();
      assertThat(f.source().text()).isEqualTo("Groupe des plans nucléaires");
    });
  }

  @Test
  void aBadRequestIsAProblemSayingWhereAndHow() {
    ProblemException e = catchThrowableOfType(ProblemException.class,
        () -> client.check(Check.draft("Allies met.").withSpelling("klingon")));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.problem().where()).isEqualTo("spelling");
    assertThat(e.problem().hint()).isNotEmpty();
    assertThat(e.attempts()).isEqualTo(1);
  }

  static Concept kyiv() {
    return new Concept("c-kyiv", "geography", null, null, null, null, null, null, null, false, List.of(
        new Term("Kyiv", "fr", "preferred", "fullForm", null, null, null, null),
        new Term("Kiev", "fr", "deprecated", "fullForm", null, null, null, null),
        new Term("Kyiv", "en", "preferred", "fullForm", null, null, null, null),
        new Term("Kiev", "en", "deprecated", "fullForm", null, null, null, null)));
  }

  static Concept npg() {
    return new Concept("c-npg", "defence", java.util.Map.of("en", "NATO's senior body on nuclear matters"), null, null,
        null, null, null, null, false, List.of(
            new Term("Groupe des plans nucléaires", "fr", "preferred", "fullForm", null, null, null, null),
            new Term("Nuclear Planning Group", "en", "preferred", "fullForm", null, null, null, null),
            new Term("NPG", "en", "admitted", "acronym", null, null, null, null)));
  }

  @Test
  void aConceptPutIsStoredAndReadBack() {
    Concept stored = client.putConcept(npg());
    assertThat(stored.id()).isEqualTo("c-npg");
    assertThat(stored.terms("en")).extracting(Term::text).contains("Nuclear Planning Group", "NPG");
    Concept read = client.concept("c-npg").orElseThrow();
    assertThat(read.subjectField()).isEqualTo("defence");
    assertThat(read.definitions()).containsEntry("en", "NATO's senior body on nuclear matters");
    assertThat(read.created()).isNotEmpty();
    assertThat(read.terms()).anySatisfy(t -> {
      assertThat(t.text()).isEqualTo("NPG");
      assertThat(t.language()).isEqualTo("en");
      assertThat(t.status()).isEqualTo("admitted");
      assertThat(t.type()).isEqualTo("acronym");
    });
  }

  @Test
  void anUnknownConceptIsEmpty() {
    assertThat(client.concept("c-no-such-concept")).isEmpty();
  }

  @Test
  void aConceptWriteWithoutTheKeyIsRefusedWithAHint() {
    try (EntenteClient noKey = EntenteClient.builder().baseUrl(server.baseUrl()).retryPolicy(RetryPolicy.NONE).build()) {
      ProblemException e = catchThrowableOfType(ProblemException.class, () -> noKey.putConcept(npg()));
      assertThat(e.status()).isEqualTo(401);
      assertThat(e.problem().where()).isEqualTo("X-API-Key");
      assertThat(e.problem().hint()).contains("X-API-Key");
    }
  }

  @Test
  void termsAreRecognisedWithOffsetsAndEquivalents() {
    String text = "Le Groupe des plans nucléaires s'est réuni.";
    List<TermHit> hits = client.recogniseTerms(text, "fr-FR");
    assertThat(hits).anySatisfy(h -> {
      assertThat(h.conceptId()).isEqualTo("c-npg");
      assertThat(text.substring(h.start(), h.end())).isEqualTo("Groupe des plans nucléaires");
      assertThat(h.text()).isEqualTo("Groupe des plans nucléaires");
      assertThat(h.term()).isEqualTo("Groupe des plans nucléaires");
      assertThat(h.status()).isEqualTo("preferred");
      assertThat(h.preferred()).isEqualTo("Nuclear Planning Group");
      assertThat(h.confidence()).isBetween(0.0, 1.0);
    });
    List<TermHit> bySegment = client.recogniseTerms(List.of("Bonjour.", "Le NPG s'est réuni."), "en");
    assertThat(bySegment).allSatisfy(h -> assertThat(h.segment()).isEqualTo(1));
  }

  @Test
  void termSearchFindsAConceptByTheBeginningOfATerm() {
    List<TermSearch.Hit> found = client.searchTerms(TermSearch.of("Nuclear Plan").withMode("prefix").withLang("en"));
    assertThat(found).first().satisfies(h -> {
      assertThat(h.conceptId()).isEqualTo("c-npg");
      assertThat(h.term().text()).isEqualTo("Nuclear Planning Group");
      assertThat(h.how()).isEqualTo("prefix");
      assertThat(h.score()).isBetween(0.0, 1.0);
      assertThat(h.concept().terms()).hasSize(3);
    });
  }

  @Test
  void aTmxImportReportsWhatItImported() {
    assertThat(seeded.file()).isEqualTo("contract.tmx");
    assertThat(seeded.memory()).isEqualTo("default");
    assertThat(seeded.imported()).isEqualTo(3);
    assertThat(seeded.rejected()).isFalse();
    assertThat(seeded.summary()).contains("3 imported");
  }

  @Test
  void aLargeImportBecomesAJobThatTheClientWaitsFor(@TempDir Path dir) throws Exception {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"
        + "<header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" "
        + "srclang=\"fr\" datatype=\"plaintext\"/><body>\n");
    // just over the service's 1 MB threshold for jobs, in few long units so that the import itself is quick
    String clause = " et le Conseil a examiné le rapport annuel sur la mise en œuvre des plans de défense régionaux";
    String clauseEn = " and the Council reviewed the annual report on the implementation of the regional defence plans";
    for (int i = 0; b.length() < 1_100_000; i++) {
      b.append("<tu><tuv xml:lang=\"fr\"><seg>Réunion ").append(i).append(clause.repeat(6))
          .append(".</seg></tuv><tuv xml:lang=\"en\"><seg>Meeting ").append(i).append(clauseEn.repeat(6))
          .append(".</seg></tuv></tu>\n");
    }
    Path big = java.nio.file.Files.writeString(dir.resolve("big.tmx"), b.append("</body></tmx>\n").toString());
    ImportResult r = client.importTmx(big, "bulk");
    assertThat(r.jobId()).as("answered 202 with a job").isNotEmpty();
    assertThat(r.durable()).isTrue();
    assertThat(r.memory()).isEqualTo("bulk");
    assertThat(r.imported()).isGreaterThan(800);
  }

  @Test
  void aMalformedTmxIsRefusedSayingWhere(@TempDir Path dir) throws Exception {
    Path bad = java.nio.file.Files.writeString(dir.resolve("bad.tmx"), "<tmx version=\"1.4\"><body><tu>");
    ProblemException e = catchThrowableOfType(ProblemException.class, () -> client.importTmx(bad, null));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.problem().where()).contains("bad.tmx");
  }

  @Test
  void lookupGivesExactAndFuzzyMatchesWithTheirExplanation() {
    List<TmMatch> exact = client.lookup(Lookup.of("Le secrétaire général a parlé."));
    assertThat(exact).first().satisfies(m -> {
      assertThat(m.score()).isEqualTo(100);
      assertThat(m.target()).isEqualTo("The Secretary General spoke.");
      assertThat(m.unitId()).isNotEmpty();
      assertThat(m.memory()).isEqualTo("default");
      assertThat(m.sourceLanguage()).startsWith("fr");
      assertThat(m.targetLanguage()).startsWith("en");
      assertThat(m.origin()).contains("contract.tmx");
      assertThat(m.explanation().similarity()).isEqualTo(100);
    });
    List<TmMatch> fuzzy = client.lookup(Lookup.of("Le secrétaire général a parlé hier.").withLang("fr").withMin(60)
        .withMax(3));
    assertThat(fuzzy).first().satisfies(m -> {
      assertThat(m.score()).isBetween(60, 99);
      assertThat(m.explanation().similarity()).isGreaterThanOrEqualTo(m.score());
      assertThat(m.explanation().summary()).isNotEmpty();
    });
    assertThat(client.lookup(Lookup.of("Le secrétaire général a parlé.").withMemories(List.of("nowhere")))).isEmpty();
  }

  @Test
  void aLookupOutsideItsRangeIsAProblemNamingTheParameter() {
    ProblemException e = catchThrowableOfType(ProblemException.class,
        () -> client.lookup(Lookup.of("Bonjour.").withMin(300)));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.problem().where()).isEqualTo("min");
  }

  @Test
  void concordanceFindsAPhraseWithItsOffsets() {
    List<Concordance.Hit> hits = client.concordance(Concordance.of("plans nucléaires").withLang("fr"));
    assertThat(hits).first().satisfies(h -> {
      assertThat(h.text()).isEqualTo("Le Groupe des plans nucléaires s'est réuni.");
      assertThat(h.translation()).isEqualTo("The Nuclear Planning Group met.");
      assertThat(h.language()).isEqualTo("fr");
      assertThat(h.hits()).isNotEmpty();
      assertThat(h.hits()).allSatisfy(s -> assertThat(h.text().substring(s.start(), s.end()).toLowerCase(
          java.util.Locale.ROOT)).containsAnyOf("plans", "nucléaires"));
      assertThat(h.highlighted()).contains("<mark>");
    });
  }

  @Test
  void alignmentPairsTheSentencesOfTwoTexts() {
    Align.Result r = client.align(Align.texts(
        "Le Conseil s'est réuni le 12 juin 2024. Il a approuvé 40 milliards d'euros.\n\nL'OTAN reste vigilante.",
        "The Council met on 12 June 2024. It approved EUR 40 billion.\n\nNATO remains vigilant."));
    assertThat(r.method()).isEqualTo("entente");
    assertThat(r.fr()).hasSize(3);
    assertThat(r.en()).hasSize(3);
    assertThat(r.beads()).hasSize(3).allSatisfy(bead -> {
      assertThat(bead.shape()).isEqualTo("1-1");
      assertThat(bead.twoSided()).isTrue();
      assertThat(bead.score()).isBetween(0.0, 1.0);
    });
    assertThat(r.beads().get(1).frText()).isEqualTo("Il a approuvé 40 milliards d'euros.");
    assertThat(r.beads().get(1).enText()).isEqualTo("It approved EUR 40 billion.");
    Align.Result pre = client.align(Align.sentences(List.of("Bonjour.", "Au revoir."), List.of("Hello.", "Goodbye."))
        .withMethod("gale-church"));
    assertThat(pre.method()).isEqualTo("gale-church");
    assertThat(pre.beads()).extracting(Align.Bead::fr).containsExactly(List.of(0), List.of(1));
  }
}
