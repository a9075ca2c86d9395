package org.entente.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.entente.formats.InlineText;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import org.entente.text.Span;
import org.entente.text.TooLargeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every translation-memory backend does, whatever stores the units: the same lookups score the same, imports
 * are all or nothing and replace what their file brought before (edited units kept), writes are durable and visible
 * once acknowledged. A backend's test extends this with how to open a fresh memory and reopen it.
 */
public abstract class TranslationMemoryContract {
  protected TranslationMemory tm;

  /** A new, empty memory. */
  protected abstract TranslationMemory openFresh();

  /** Closes {@code memory} and opens the same store again (a restart, or another instance). */
  protected abstract TranslationMemory reopen(TranslationMemory memory);

  /** Closes a memory and lets go of its store. */
  protected abstract void dispose(TranslationMemory memory);

  @BeforeEach
  void openMemory() {
    tm = openFresh();
  }

  @AfterEach
  void closeMemory() {
    dispose(tm);
  }

  static String tmx(String body) {
    return LuceneTranslationMemoryTest.tmx(body);
  }

  static String tu(String fr, String en) {
    return LuceneTranslationMemoryTest.tu(fr, en);
  }

  ImportReport importString(TranslationMemory m, String xml, String name, ImportOptions options) {
    return m.importTmx(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), name, options);
  }

  ImportReport importString(String xml, String name) {
    return importString(tm, xml, name, ImportOptions.DEFAULT);
  }

  List<TmMatch> lookup(String text, Language lang, int min) {
    return tm.lookup(new LookupQuery(text, lang, "", "", min, 10, List.of()));
  }

  TranslationUnit add(String fr, String en) {
    return tm.add(TranslationUnit.of(Language.FR, fr, Language.EN, en));
  }

  @Test
  void anImportReportsImportedMergedAndSkippedUnitsWithReasons() {
    ImportReport r = tm.importTmx(LuceneTranslationMemoryTest.resource("tmx11.tmx"), "tmx11.tmx",
        ImportOptions.DEFAULT);
    assertThat(r.imported()).isEqualTo(1);
    assertThat(r.duplicatesMerged()).isEqualTo(1);
    assertThat(r.skipped()).containsEntry("empty French segment", 1);
    assertThat(tm.size()).isEqualTo(1);
    TranslationUnit u = lookup("The Alliance has 32 members.", Language.EN, 70).get(0).unit();
    assertThat(u.targetLanguage().tag()).isEqualTo("fr-CA");
    assertThat(u.origin()).isEqualTo(Origin.tmx("tmx11.tmx"));
  }

  @Test
  void theSameLookupScoresTheSameWithItsPenaltiesExplained() {
    importString(tmx(tu("Le Groupe des plans nucléaires s'est réuni.", "The Nuclear Planning Group met.")), "a.tmx");
    TmMatch exact = lookup("Le Groupe des plans nucléaires s'est réuni.", Language.FR, 70).get(0);
    assertThat(exact.score()).isEqualTo(100);
    assertThat(exact.explanation().provenance()).contains("tmx:a.tmx");
    TmMatch cased = lookup("le groupe des plans nucléaires s'est réuni", Language.FR, 95).get(0);
    assertThat(cased.score()).isEqualTo(98);
    assertThat(cased.explanation().penalties()).extracting(TmMatch.Penalty::reason).contains("case", "punctuation");
    assertThat(lookup("le groupe des plans nucléaires s'est réuni", Language.FR, 100)).isEmpty();
    assertThat(lookup("The Nuclear Planning Group met.", Language.EN, 70).get(0).target())
        .isEqualTo("Le Groupe des plans nucléaires s'est réuni.");
  }

  @Test
  void anExactMatchInItsContextScoresOneHundredAndOne() {
    TranslationUnit u = TranslationUnit.of(Language.FR, "Le plan a été approuvé.", Language.EN, "The plan was approved.")
        .withProperties(UnitProperties.NONE, new Context("Les ministres se sont réunis.", "Fin."));
    tm.add(u);
    assertThat(tm.lookup(new LookupQuery("Le plan a été approuvé.", Language.FR, "Les ministres se sont réunis.",
        "Fin.", 70, 5, List.of())).get(0).score()).isEqualTo(101);
    assertThat(tm.lookup(new LookupQuery("Le plan a été approuvé.", Language.FR, "Autre chose.", "Fin.", 70, 5,
        List.of())).get(0).score()).isEqualTo(100);
  }

  @Test
  void fuzzyMatchesComeBestFirstWithinMinAndMax() {
    importString(tmx(tu("un deux trois quatre cinq six sept huit neuf dix", "a")
        + tu("un deux trois quatre cinq six sept huit neuf onze", "b")
        + tu("un deux trois quatre cinq six sept huit douze onze", "c")
        + tu("un deux trois quatre cinq six sept treize douze onze", "d")
        + tu("rien à voir", "e")), "f.tmx");
    String q = "un deux trois quatre cinq six sept huit neuf dix";
    assertThat(lookup(q, Language.FR, 70)).extracting(TmMatch::score).containsExactly(100, 90, 80, 70);
    assertThat(lookup(q, Language.FR, 85)).extracting(TmMatch::target).containsExactly("a", "b");
    assertThat(tm.lookup(new LookupQuery(q, Language.FR, "", "", 70, 1, List.of()))).hasSize(1);
  }

  @Test
  void theVerbatimUnitOutranksASubstitutedOneWhichCarriesTheQuerysNumbers() throws Exception {
    TranslationUnit five = add("Voir l'article 5 du traité.", "See Article 5 of the Treaty.");
    Thread.sleep(5);
    add("Voir l'article 7 du traité.", "See Article 7 of the Treaty.");
    List<TmMatch> ms = lookup("Voir l'article 5 du traité.", Language.FR, 70);
    assertThat(ms.get(0).unitId()).isEqualTo(five.id());
    assertThat(ms.get(0).score()).isEqualTo(100);
    assertThat(ms.get(1).explanation().numbersSubstituted()).isTrue();
    assertThat(ms.get(1).score()).isEqualTo(99);
    assertThat(ms.get(1).target()).isEqualTo("See Article 5 of the Treaty.");
  }

  @Test
  void concordanceFindsWordsInEitherLanguageAndMarksThem() {
    importString(tmx(tu("Le Groupe des plans nucléaires s'est réuni.", "The Nuclear Planning Group met.")
        + tu("Les plans ont changé.", "The plans changed.")), "c.tmx");
    List<ConcordanceHit> hits = tm.concordance("plans nucléaires", Language.FR, 10);
    assertThat(hits).hasSize(1);
    ConcordanceHit h = hits.get(0);
    for (Span s : h.hits()) assertThat(s.end()).isLessThanOrEqualTo(h.text().length());
    assertThat(h.highlighted("[", "]")).isEqualTo("Le Groupe des [plans] [nucléaires] s'est réuni.");
    assertThat(h.translation()).isEqualTo("The Nuclear Planning Group met.");
    assertThat(tm.concordance("plans", null, 10)).extracting(ConcordanceHit::language)
        .contains(Language.FR, Language.EN);
    assertThatThrownBy(() -> tm.concordance(" ", Language.FR, 10)).isInstanceOf(BadInputException.class);
  }

  @Test
  void addUpdateAndDeleteAreDurableAcrossReopening() {
    TranslationUnit added = add("Bonjour.", "Hello.");
    assertThatThrownBy(() -> tm.add(added)).isInstanceOf(BadInputException.class);
    TranslationUnit changed = added.withProperties(new UnitProperties("greetings", "", "", "", "approved"), Context.NONE);
    assertThat(tm.update(changed)).isPresent();
    assertThat(tm.update(changed.withId("no-such-unit"))).isEmpty();
    tm = reopen(tm);
    TranslationUnit read = tm.get(added.id()).orElseThrow();
    assertThat(read.properties().domain()).isEqualTo("greetings");
    assertThat(read.origin().edited()).isTrue();
    assertThat(tm.delete(added.id())).isTrue();
    assertThat(tm.delete(added.id())).isFalse();
    tm = reopen(tm);
    assertThat(tm.get(added.id())).isEmpty();
    assertThat(tm.size()).isZero();
  }

  @Test
  void usageCountsAreCountedAndKept() {
    TranslationUnit u = add("Bonjour.", "Hello.");
    tm.recordUse(u.id());
    tm.recordUse(u.id());
    assertThat(tm.get(u.id()).orElseThrow().usageCount()).isEqualTo(2);
    tm = reopen(tm);
    assertThat(tm.get(u.id()).orElseThrow().usageCount()).isEqualTo(2);
    assertThat(tm.get(u.id()).orElseThrow().lastUsed()).isNotNull();
  }

  @Test
  void exportThenImportKeepsTextTagsPropertiesAndDates() {
    tm.importTmx(LuceneTranslationMemoryTest.resource("inline.tmx"), "inline.tmx", ImportOptions.DEFAULT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(tm.exportTmx(out, null)).isEqualTo(3);
    List<TranslationUnit> before = new ArrayList<>();
    assertThat(tm.forEachUnit(null, before::add)).isEqualTo(3);
    TranslationMemory again = openFresh();
    try {
      importString(again, out.toString(StandardCharsets.UTF_8), "export.tmx", ImportOptions.DEFAULT);
      List<TranslationUnit> after = new ArrayList<>();
      again.forEachUnit(null, after::add);
      assertThat(after).hasSameSizeAs(before);
      for (TranslationUnit x : before) {
        TranslationUnit y = after.stream().filter(a -> a.source().equals(x.source())).findFirst().orElseThrow();
        assertThat(y.target()).isEqualTo(x.target());
        assertThat(y.sourceLanguage()).isEqualTo(x.sourceLanguage());
        assertThat(y.properties()).isEqualTo(x.properties());
        assertThat(y.context()).isEqualTo(x.context());
        assertThat(y.otherProps()).isEqualTo(x.otherProps());
        assertThat(y.notes()).isEqualTo(x.notes());
        assertThat(y.created()).isEqualTo(x.created());
        assertThat(y.changed()).isEqualTo(x.changed());
        assertThat(y.tuid()).isEqualTo(x.tuid());
        assertThat(y.createdBy()).isEqualTo(x.createdBy());
        assertThat(y.usageCount()).isEqualTo(x.usageCount());
        assertThat(y.origin()).isEqualTo(x.origin());
      }
    } finally {
      dispose(again);
    }
  }

  @Test
  void aRejectedOrTooLargeFileLeavesNothingBehind() {
    importString(tmx(tu("Avant.", "Before.")), "keep.tmx");
    String broken = tmx(IntStream.range(0, 1_200).mapToObj(i -> tu("Phrase " + i + ".", "Sentence " + i + "."))
        .reduce("", String::concat)).replace("</body>", "");
    assertThatThrownBy(() -> importString(broken, "broken.tmx")).isInstanceOf(BadInputException.class)
        .satisfies(e -> assertThat(((BadInputException) e).where()).startsWith("broken.tmx:"));
    assertThat(tm.size()).isEqualTo(1);
    assertThat(lookup("Phrase 3.", Language.FR, 70)).isEmpty();
    String big = tmx(tu("Un.", "One.").repeat(50));
    assertThatThrownBy(() -> importString(tm, big, "big.tmx", ImportOptions.DEFAULT.withMaxBytes(500)))
        .isInstanceOf(TooLargeException.class);
    assertThat(tm.size()).isEqualTo(1);
  }

  @Test
  void reimportingAFileReplacesWhatItBroughtButKeepsCorrectedUnits() {
    importString(tmx(tu("Le Conseil se réunit.", "The Council meet.") + tu("La séance est levée.",
        "The meeting is closed.") + tu("Deux.", "Two.")), "trust.tmx");
    importString(tmx(tu("Trois.", "Three.")), "other.tmx");
    TranslationUnit imported = lookup("Le Conseil se réunit.", Language.FR, 100).get(0).unit();
    TranslationUnit corrected = new TranslationUnit(imported.id(), imported.memory(), imported.sourceLanguage(),
        imported.source(), imported.targetLanguage(), InlineText.plain("The Council meets."), imported.created(),
        imported.createdBy(), java.time.Instant.now(), "reviewer", imported.origin(), imported.properties(),
        imported.context(), imported.usageCount(), imported.lastUsed(), imported.tuid(), imported.file(),
        imported.otherProps(), imported.notes());
    tm.update(corrected);
    ImportReport again = importString(tmx(tu("Le Conseil se réunit.", "The Council meet.")
        + tu("La séance est levée.", "The sitting is closed.")), "trust.tmx");
    assertThat(again.skippedCount()).isEqualTo(1);
    assertThat(lookup("Le Conseil se réunit.", Language.FR, 100)).extracting(TmMatch::target)
        .containsExactly("The Council meets.");
    assertThat(lookup("La séance est levée.", Language.FR, 100)).extracting(TmMatch::target)
        .containsExactly("The sitting is closed.");
    assertThat(lookup("Deux.", Language.FR, 100)).isEmpty();
    assertThat(tm.size()).isEqualTo(3);
  }

  @Test
  void duplicatesInOneFileAreMergedOnce() {
    ImportReport r = importString(tmx(tu("Un.", "One.").repeat(3)), "d.tmx");
    assertThat(r.imported()).isEqualTo(1);
    assertThat(r.duplicatesMerged()).isEqualTo(2);
    assertThat(tm.size()).isEqualTo(1);
  }

  @Test
  void aMemoryPenaltyLowersItsScoresAndAMemoryCanBeSearchedAlone() {
    importString(tm, tmx(tu("Le plan a été approuvé.", "MT output.")), "mt.tmx", ImportOptions.DEFAULT.withMemory("mt"));
    importString(tmx(tu("Le plan a été approuvé.", "The plan was approved.")), "h.tmx");
    tm.configure("mt", 0, 10);
    List<TmMatch> m = lookup("Le plan a été approuvé.", Language.FR, 70);
    assertThat(m).extracting(TmMatch::score).containsExactly(100, 90);
    assertThat(m.get(1).explanation().penalties()).contains(new TmMatch.Penalty("memory penalty", 10));
    assertThat(tm.memories()).extracting(MemoryInfo::name).contains("default", "mt");
    assertThat(tm.memories()).filteredOn(i -> i.name().equals("mt")).extracting(MemoryInfo::units).containsExactly(1L);
    assertThat(tm.lookup(new LookupQuery("Le plan a été approuvé.", Language.FR, "", "", 70, 10, List.of("mt"))))
        .extracting(TmMatch::memory).containsOnly("mt");
  }

  @Test
  void anExactLookupFindsTheVerbatimUnitPastTheCandidateCap() {
    int n = MemoryCore.CANDIDATES + 500;
    String xml = tmx(IntStream.range(0, n).mapToObj(i -> tu("Voir la référence " + i + " du registre.",
        "See reference " + i + " of the register.")).reduce("", String::concat));
    importString(xml, "registre.tmx");
    List<TmMatch> ms = lookup("Voir la référence " + (n - 1) + " du registre.", Language.FR, 100);
    assertThat(ms).isNotEmpty();
    assertThat(ms.get(0).source()).isEqualTo("Voir la référence " + (n - 1) + " du registre.");
    assertThat(ms.get(0).score()).isEqualTo(100);
    assertThat(ms.get(0).explanation().numbersSubstituted()).isFalse();
  }

  @Test
  void aDeleteRacingAnUpdateNeverResurrectsTheUnit() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < 10; i++) {
        TranslationUnit u = add("Phrase " + i + " à effacer.", "Sentence " + i + " to delete.");
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Boolean> deleted = pool.submit(() -> {
          start.await();
          return tm.delete(u.id());
        });
        Future<?> updated = pool.submit(() -> {
          start.await();
          return tm.update(u.withChange(java.time.Instant.now(), "reviewer"));
        });
        updated.get();
        assertThat(deleted.get()).isTrue();
        assertThat(tm.get(u.id())).as("unit deleted in round %d", i).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentWritersAreAllAcknowledgedVisibleAndDurable() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<String>>> done = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          String fr = "Le navire " + thread + " porte le numéro " + i + ".";
          TranslationUnit u = add(fr, "Ship " + thread + " is " + i + ".");
          assertThat(tm.get(u.id())).isPresent();
          assertThat(lookup(fr, Language.FR, 100)).extracting(TmMatch::unitId).contains(u.id());
          ids.add(u.id());
        }
        return ids;
      }));
    }
    List<String> all = new ArrayList<>();
    for (Future<List<String>> f : done) all.addAll(f.get());
    pool.shutdown();
    tm = reopen(tm);
    for (String id : all) assertThat(tm.get(id)).as(id).isPresent();
    assertThat(tm.size()).isEqualTo(40);
  }
}
