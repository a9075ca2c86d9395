package org.entente.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import org.entente.text.Span;
import org.entente.text.TooLargeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneTranslationMemoryTest {
  @TempDir Path tmp;
  LuceneTranslationMemory tm;

  @BeforeEach
  void open() {
    tm = LuceneTranslationMemory.open(tmp.resolve("tm"));
  }

  @AfterEach
  void close() {
    tm.close();
  }

  static InputStream resource(String name) {
    return LuceneTranslationMemoryTest.class.getResourceAsStream("/tmx/" + name);
  }

  static String tmx(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\" "
        + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"fr\" "
        + "datatype=\"plaintext\"/>\n<body>" + body + "</body></tmx>";
  }

  static String tu(String fr, String en) {
    return "<tu><tuv xml:lang=\"fr\"><seg>" + fr + "</seg></tuv><tuv xml:lang=\"en\"><seg>" + en + "</seg></tuv></tu>";
  }

  ImportReport importString(String xml, String name) {
    return tm.importTmx(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), name, ImportOptions.DEFAULT);
  }

  static LookupQuery query(String text, Language lang) {
    return new LookupQuery(text, lang, "", "", 70, 10, List.of());
  }

  @Test
  void importReportsImportedMergedAndSkippedWithReasons() {
    ImportReport r = tm.importTmx(resource("tmx11.tmx"), "tmx11.tmx", ImportOptions.DEFAULT);
    assertThat(r.imported()).isEqualTo(1);
    assertThat(r.duplicatesMerged()).isEqualTo(1);
    assertThat(r.skipped()).containsEntry("empty French segment", 1)
        .containsEntry("no French/English pair (languages EN-US, ES)", 1);
    assertThat(r.variantsSkipped()).containsEntry("variant in ES skipped", 1);
    assertThat(tm.size()).isEqualTo(1);
    TranslationUnit u = tm.lookup(query("The Alliance has 32 members.", Language.EN)).get(0).unit();
    assertThat(u.sourceLanguage().tag()).isEqualTo("en-US");
    assertThat(u.targetLanguage().tag()).isEqualTo("fr-CA");
    assertThat(u.origin()).isEqualTo(Origin.tmx("tmx11.tmx"));
  }

  @Test
  void aFrenchEnglishPairIsKeptFromAUnitWithSeveralTargetsAndTheRestReported() {
    ImportReport r = tm.importTmx(resource("inline.tmx"), "inline.tmx", ImportOptions.DEFAULT);
    assertThat(r.imported()).isEqualTo(3);
    assertThat(r.variantsSkipped()).containsEntry("variant in de-DE skipped", 1);
  }

  @Test
  void exactLookupFindsTheUnitWithScoreOneHundredAndExplains() {
    importString(tmx(tu("Le Groupe des plans nucléaires s'est réuni.", "The Nuclear Planning Group met.")), "a.tmx");
    List<TmMatch> m = tm.lookup(query("Le Groupe des plans nucléaires s'est réuni.", Language.FR));
    assertThat(m).hasSize(1);
    assertThat(m.get(0).score()).isEqualTo(100);
    assertThat(m.get(0).target()).isEqualTo("The Nuclear Planning Group met.");
    assertThat(m.get(0).explanation().provenance()).contains("tmx:a.tmx");
    assertThat(tm.lookup(new LookupQuery("le groupe des plans nucléaires s'est réuni", Language.FR, "", "", 95, 5,
        List.of())).get(0).score()).isEqualTo(98);
    assertThat(tm.lookup(new LookupQuery("le groupe des plans nucléaires s'est réuni", Language.FR, "", "", 100, 5,
        List.of()))).isEmpty();
  }

  @Test
  void lookupWorksInTheOtherDirectionToo() {
    importString(tmx(tu("Le Conseil de l'Atlantique Nord a approuvé le plan.", "The North Atlantic Council approved the plan.")), "a.tmx");
    List<TmMatch> m = tm.lookup(query("The North Atlantic Council approved the plan.", Language.EN));
    assertThat(m.get(0).target()).isEqualTo("Le Conseil de l'Atlantique Nord a approuvé le plan.");
  }

  @Test
  void anExactMatchWhoseNeighboursAlsoMatchScoresOneHundredAndOne() {
    String xml = tmx("<tu><prop type=\"prev\">Les ministres se sont réunis.</prop><prop type=\"next\">Fin.</prop>"
        + "<tuv xml:lang=\"fr\"><seg>Le plan a été approuvé.</seg></tuv><tuv xml:lang=\"en\"><seg>The plan was approved.</seg></tuv></tu>");
    importString(xml, "ctx.tmx");
    var inContext = new LookupQuery("Le plan a été approuvé.", Language.FR, "Les ministres se sont réunis.", "Fin.", 70, 5, List.of());
    assertThat(tm.lookup(inContext).get(0).score()).isEqualTo(101);
    var otherContext = new LookupQuery("Le plan a été approuvé.", Language.FR, "Autre chose.", "Fin.", 70, 5, List.of());
    assertThat(tm.lookup(otherContext).get(0).score()).isEqualTo(100);
  }

  @Test
  void fuzzyMatchesAreRankedBestFirstAndRespectMinAndMax() {
    importString(tmx(tu("un deux trois quatre cinq six sept huit neuf dix", "a")
        + tu("un deux trois quatre cinq six sept huit neuf onze", "b")
        + tu("un deux trois quatre cinq six sept huit douze onze", "c")
        + tu("un deux trois quatre cinq six sept treize douze onze", "d")
        + tu("rien à voir", "e")), "f.tmx");
    List<TmMatch> m = tm.lookup(query("un deux trois quatre cinq six sept huit neuf dix", Language.FR));
    assertThat(m).extracting(TmMatch::score).containsExactly(100, 90, 80, 70);
    assertThat(m).extracting(TmMatch::target).containsExactly("a", "b", "c", "d");
    assertThat(tm.lookup(new LookupQuery("un deux trois quatre cinq six sept huit neuf dix", Language.FR, "", "", 85, 10,
        List.of()))).hasSize(2);
    assertThat(tm.lookup(new LookupQuery("un deux trois quatre cinq six sept huit neuf dix", Language.FR, "", "", 70, 1,
        List.of()))).hasSize(1);
  }

  @Test
  void theProposedTargetCarriesTheQuerysNumbers() {
    importString(tmx(tu("L'Alliance compte 30 membres.", "The Alliance has 30 members.")), "n.tmx");
    TmMatch m = tm.lookup(query("L'Alliance compte 32 membres.", Language.FR)).get(0);
    assertThat(m.target()).isEqualTo("The Alliance has 32 members.");
    assertThat(m.explanation().numbersSubstituted()).isTrue();
  }

  @Test
  void concordanceFindsAPhraseInEitherLanguageWithHighlightedHits() {
    importString(tmx(tu("Le Groupe des plans nucléaires s'est réuni.", "The Nuclear Planning Group met.")
        + tu("Les plans ont changé.", "The plans changed.")), "c.tmx");
    List<ConcordanceHit> hits = tm.concordance("plans nucléaires", Language.FR, 10);
    assertThat(hits).hasSize(1);
    ConcordanceHit h = hits.get(0);
    assertThat(h.hits()).isNotEmpty();
    for (Span s : h.hits()) assertThat(s.end()).isLessThanOrEqualTo(h.text().length());
    assertThat(h.highlighted("[", "]")).isEqualTo("Le Groupe des [plans] [nucléaires] s'est réuni.");
    assertThat(h.translation()).isEqualTo("The Nuclear Planning Group met.");
    List<ConcordanceHit> both = tm.concordance("plans", null, 10);
    assertThat(both).extracting(ConcordanceHit::language).contains(Language.FR, Language.EN);
  }

  @Test
  void concordanceInOneNamedMemoryStillMarksTheHits() {
    importString(tmx(tu("Le Groupe des plans nucléaires s'est réuni.", "The Nuclear Planning Group met.")), "c.tmx");
    List<ConcordanceHit> hits = tm.concordance("plans nucléaires", Language.FR, 10, List.of(LuceneTranslationMemory.DEFAULT_MEMORY));
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).highlighted("[", "]")).isEqualTo("Le Groupe des [plans] [nucléaires] s'est réuni.");
  }

  @Test
  void importReportsEachUnitReadToItsProgressCounter() {
    java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
    String file = tmx(tu("Un.", "One.") + tu("Un.", "One.") + tu("Deux.", "Two."));
    ImportReport r = tm.importTmx(new java.io.ByteArrayInputStream(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "p.tmx", ImportOptions.DEFAULT, read::incrementAndGet);
    assertThat(r.imported()).isEqualTo(2);
    assertThat(read.get()).as("imported and merged units are all read").isEqualTo(3);
  }

  @Test
  void addUpdateAndDeleteAreDurableAcrossReopening() {
    TranslationUnit added = tm.add(TranslationUnit.of(Language.FR, "Bonjour.", Language.EN, "Hello."));
    TranslationUnit changed = added.withProperties(new UnitProperties("greetings", "", "", "", "approved"), Context.NONE);
    assertThat(tm.update(changed)).isPresent();
    tm.close();
    tm = LuceneTranslationMemory.open(tmp.resolve("tm"));
    assertThat(tm.get(added.id()).orElseThrow().properties().domain()).isEqualTo("greetings");
    assertThat(tm.delete(added.id())).isTrue();
    assertThat(tm.delete(added.id())).isFalse();
    assertThat(tm.size()).isZero();
  }

  @Test
  void usageCountsAreWrittenLazilyAndKeptAtClose() {
    TranslationUnit u = tm.add(TranslationUnit.of(Language.FR, "Bonjour.", Language.EN, "Hello."));
    tm.recordUse(u.id());
    tm.recordUse(u.id());
    assertThat(tm.get(u.id()).orElseThrow().usageCount()).isEqualTo(2);
    tm.close();
    tm = LuceneTranslationMemory.open(tmp.resolve("tm"));
    assertThat(tm.get(u.id()).orElseThrow().usageCount()).isEqualTo(2);
  }

  @Test
  void exportThenImportIsLosslessForTextTagsPropertiesAndDates() {
    tm.importTmx(resource("inline.tmx"), "inline.tmx", ImportOptions.DEFAULT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(tm.exportTmx(out, null)).isEqualTo(3);
    try (LuceneTranslationMemory again = LuceneTranslationMemory.open(tmp.resolve("again"))) {
      again.importTmx(new ByteArrayInputStream(out.toByteArray()), "export.tmx", ImportOptions.DEFAULT);
      List<TranslationUnit> a = all(tm);
      List<TranslationUnit> b = all(again);
      assertThat(b).hasSameSizeAs(a);
      for (int i = 0; i < a.size(); i++) {
        TranslationUnit x = a.get(i);
        TranslationUnit y = b.get(i);
        assertThat(y.source()).isEqualTo(x.source());
        assertThat(y.target()).isEqualTo(x.target());
        assertThat(y.sourceLanguage()).isEqualTo(x.sourceLanguage());
        assertThat(y.properties()).isEqualTo(x.properties());
        assertThat(y.context()).isEqualTo(x.context());
        assertThat(y.otherProps()).isEqualTo(x.otherProps());
        assertThat(y.notes()).isEqualTo(x.notes());
        assertThat(y.created()).isEqualTo(x.created());
        assertThat(y.changed()).isEqualTo(x.changed());
        assertThat(y.createdBy()).isEqualTo(x.createdBy());
        assertThat(y.usageCount()).isEqualTo(x.usageCount());
        assertThat(y.origin()).isEqualTo(x.origin());
        assertThat(y.tuid()).isEqualTo(x.tuid());
      }
    }
  }

  /** The three units of inline.tmx, found by a word of each. */
  private static List<TranslationUnit> all(LuceneTranslationMemory m) {
    return java.util.stream.Stream.of("Bruxelles", "note", "logo")
        .map(w -> m.concordance(w, Language.FR, 1).get(0).unit()).toList();
  }

  @Test
  void aRejectedFileLeavesNothingBehind() {
    importString(tmx(tu("Avant.", "Before.")), "keep.tmx");
    String broken = tmx(tu("Un.", "One.") + tu("Deux.", "Two.")).replace("</body>", "");
    assertThatThrownBy(() -> importString(broken, "broken.tmx")).isInstanceOf(BadInputException.class)
        .satisfies(e -> assertThat(((BadInputException) e).where()).startsWith("broken.tmx:"));
    assertThat(tm.size()).isEqualTo(1);
  }

  @Test
  void aFileOverTheConfiguredLimitIsRejectedAndNothingImported() {
    String xml = tmx(tu("Un.", "One.").repeat(50));
    assertThatThrownBy(() -> tm.importTmx(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "big.tmx",
        ImportOptions.DEFAULT.withMaxBytes(500))).isInstanceOf(TooLargeException.class);
    assertThat(tm.size()).isZero();
  }

  @Test
  void aOneMegabyteSegmentIsSkippedWithAReasonAndEmptySegmentsToo() {
    String huge = "mot ".repeat(250_000);
    ImportReport r = importString(tmx(tu(huge, "word") + tu("", "Empty.") + tu("Bien.", "Good.")), "odd.tmx");
    assertThat(r.imported()).isEqualTo(1);
    assertThat(r.skipped()).containsEntry("segment longer than 100000 characters", 1)
        .containsEntry("empty French segment", 1);
  }

  @Test
  void reimportingAFileReplacesWhatItImportedBefore() {
    importString(tmx(tu("Un.", "One.") + tu("Deux.", "Two.")), "r.tmx");
    importString(tmx(tu("Trois.", "Three.")), "other.tmx");
    importString(tmx(tu("Un.", "One!")), "r.tmx");
    assertThat(tm.size()).isEqualTo(2);
    assertThat(tm.lookup(query("Un.", Language.FR)).get(0).target()).isEqualTo("One!");
  }

  @Test
  void synchronizeImportsChangedFilesSkipsUnchangedAndRemovesDeleted() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("tmx"));
    Files.writeString(dir.resolve("a.tmx"), tmx(tu("Un.", "One.")));
    Files.writeString(dir.resolve("b.tmx"), tmx(tu("Deux.", "Two.")));
    assertThat(tm.synchronize(dir, null)).extracting(ImportReport::imported).containsExactly(1, 1);
    assertThat(tm.synchronize(dir, null)).allMatch(ImportReport::unchanged);
    Files.writeString(dir.resolve("a.tmx"), tmx(tu("Un.", "One, changed.") + tu("Quatre.", "Four.")));
    Files.delete(dir.resolve("b.tmx"));
    List<ImportReport> reports = tm.synchronize(dir, null);
    assertThat(reports.get(0).imported()).isEqualTo(2);
    assertThat(tm.size()).isEqualTo(2);
    assertThat(tm.lookup(query("Un.", Language.FR)).get(0).target()).isEqualTo("One, changed.");
    tm.close();
    tm = LuceneTranslationMemory.open(tmp.resolve("tm"));
    assertThat(tm.synchronize(dir, null)).allMatch(ImportReport::unchanged);
  }

  @Test
  void aMemoryPenaltyLowersItsScoresAndIsExplained() {
    tm.importTmx(new ByteArrayInputStream(tmx(tu("Le plan a été approuvé.", "MT output.")).getBytes(StandardCharsets.UTF_8)),
        "mt.tmx", ImportOptions.DEFAULT.withMemory("mt"));
    importString(tmx(tu("Le plan a été approuvé.", "The plan was approved.")), "h.tmx");
    tm.configure("mt", 0, 10);
    List<TmMatch> m = tm.lookup(query("Le plan a été approuvé.", Language.FR));
    assertThat(m).extracting(TmMatch::score).containsExactly(100, 90);
    assertThat(m.get(1).explanation().penalties()).contains(new TmMatch.Penalty("memory penalty", 10));
    assertThat(tm.memories()).extracting(MemoryInfo::name).contains("default", "mt");
    assertThat(tm.lookup(new LookupQuery("Le plan a été approuvé.", Language.FR, "", "", 70, 10, List.of("mt"))))
        .extracting(TmMatch::memory).containsOnly("mt");
  }

  @Test
  void reindexKeepsEveryUnit() {
    tm.importTmx(resource("inline.tmx"), "inline.tmx", ImportOptions.DEFAULT);
    assertThat(tm.reindex()).isEqualTo(3);
    assertThat(tm.size()).isEqualTo(3);
    assertThat(tm.concordance("Bruxelles", Language.FR, 5)).hasSize(1);
  }

  @Test
  void duplicatesInOneFileAreMergedOnce() {
    ImportReport r = importString(tmx(tu("Un.", "One.").repeat(3)), "d.tmx");
    assertThat(r.imported()).isEqualTo(1);
    assertThat(r.duplicatesMerged()).isEqualTo(2);
    assertThat(r.summary()).contains("2 duplicates merged");
  }

  /**
   * An export right after an acknowledged write holds it, even while the background refresher is reopening the
   * searcher (it cleared the stale flag before its reopen was done: OmegaT's team sync then got a 304 for a
   * memory that had changed).
   */
  @Test
  void anExportRightAfterAWriteHoldsIt() {
    for (int i = 0; i < 1_000; i++) {
      tm.add(TranslationUnit.of(Language.FR, "Phrase exportée " + i + ".", Language.EN, "Exported sentence " + i + "."));
      long seen = tm.forEachUnit(LuceneTranslationMemory.DEFAULT_MEMORY, u -> { });
      assertThat(seen).as("units walked after write %d", i).isEqualTo(i + 1L);
    }
  }
}
