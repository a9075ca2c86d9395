package org.entente.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.text.Language;
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
  void theProposedTargetCarriesTheQuerysNumbers() {
    importString(tmx(tu("L'Alliance compte 30 membres.", "The Alliance has 30 members.")), "n.tmx");
    TmMatch m = tm.lookup(query("L'Alliance compte 32 membres.", Language.FR)).get(0);
    assertThat(m.target()).isEqualTo("The Alliance has 32 members.");
    assertThat(m.explanation().numbersSubstituted()).isTrue();
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
  void aOneMegabyteSegmentIsSkippedWithAReasonAndEmptySegmentsToo() {
    String huge = "mot ".repeat(250_000);
    ImportReport r = importString(tmx(tu(huge, "word") + tu("", "Empty.") + tu("Bien.", "Good.")), "odd.tmx");
    assertThat(r.imported()).isEqualTo(1);
    assertThat(r.skipped()).containsEntry("segment longer than 100000 characters", 1)
        .containsEntry("empty French segment", 1);
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
  void reindexKeepsEveryUnit() {
    tm.importTmx(resource("inline.tmx"), "inline.tmx", ImportOptions.DEFAULT);
    assertThat(tm.reindex()).isEqualTo(3);
    assertThat(tm.size()).isEqualTo(3);
    assertThat(tm.concordance("Bruxelles", Language.FR, 5)).hasSize(1);
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
