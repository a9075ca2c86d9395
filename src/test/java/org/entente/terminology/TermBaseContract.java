package org.entente.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.entente.formats.CsvTermReader;
import org.entente.index.DataFolder;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every termbase store does, whatever keeps the concepts: the same searches answer the same concepts with the
 * same scores, imports are all or nothing and replace what their file brought before, the glossary folder is
 * synchronised by content, single writes are durable, recognition never sees a half-imported glossary, dated
 * lookups give a term the status of the document's date. A store's test extends this with how to open a fresh
 * store and reopen it.
 */
public abstract class TermBaseContract {
  @TempDir protected Path dir;
  protected TermStore base;

  /** A new, empty store. */
  protected abstract TermStore openFresh();

  /** Closes {@code store} and opens the same store again (a restart, or another instance). */
  protected abstract TermStore reopen(TermStore store);

  /** Closes a store and lets go of what it kept. */
  protected abstract void dispose(TermStore store);

  @BeforeEach
  void openStore() {
    base = openFresh();
  }

  @AfterEach
  void closeStore() {
    dispose(base);
  }

  Path fixture(String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = TermBaseContract.class.getResourceAsStream("fixture-glossary.tbx")) {
      Files.write(p, in.readAllBytes());
    }
    return p;
  }

  static Concept concept(String id, String fr, String en) {
    return new Concept(id, "", null, null, "", null, null, "",
        List.of(Term.of(fr, Language.FR, TermStatus.PREFERRED), Term.of(en, Language.EN, TermStatus.PREFERRED)));
  }

  @Test
  void importedConceptsAreFoundByExactPrefixAndTypoTolerantSearch() throws IOException {
    TermImport.Report r = new TermImport(base).importFile(fixture("nato.tbx"), "file:nato.tbx", CsvTermReader.Options.DEFAULT);
    assertThat(r.concepts()).isEqualTo(5);
    assertThat(base.search("Nuclear Planning Group", null, SearchMode.EXACT, 5)).extracting(m -> m.concept().id())
        .containsExactly("c-npg");
    assertThat(base.search("groupe des plans", Language.FR, SearchMode.PREFIX, 5)).extracting(m -> m.concept().id())
        .containsExactly("c-npg");
    assertThat(base.search("plans nucl", null, SearchMode.AUTO, 5)).extracting(m -> m.concept().id())
        .containsExactly("c-npg");
    assertThat(base.search("nucl", Language.EN, SearchMode.PREFIX, 5)).extracting(m -> m.concept().id())
        .contains("c-npg", "c-old");
    ConceptMatch typo = base.search("Nuclear Planing Grup", null, SearchMode.AUTO, 5).get(0);
    assertThat(typo.concept().id()).isEqualTo("c-npg");
    assertThat(typo.how()).isEqualTo(SearchMode.FUZZY);
    assertThat(typo.score()).isBetween(0.0, 1.0);
    assertThat(base.search("Kiev", Language.EN, SearchMode.EXACT, 5).get(0).term().status()).isEqualTo(TermStatus.DEPRECATED);
    assertThat(base.concept("c-allies").orElseThrow().excludedFromChecks()).isTrue();
    assertThat(base.concept("c-npg").orElseThrow().excludedFromChecks()).isFalse();
    assertThatThrownBy(() -> base.search("  ", null, SearchMode.AUTO, 5)).isInstanceOf(BadInputException.class);
  }

  @Test
  void searchesOfTheShippedGlossaryAnswerWhatTheEmbeddedStoreAnswers() throws IOException {
    Path nato = Path.of("glossaries", "nato.tbx");
    new TermImport(base).importFile(nato, "file:nato.tbx", CsvTermReader.Options.DEFAULT);
    List<String> queries = List.of("OTAN", "Alliance", "plans nucl", "Nuclear Planing Grup", "comite militaire",
        "North Atlantic", "Secrétaire général", "Turkey", "etats membres", "defence", "conseil de l'atlantique nord",
        "NPG", "partenariat pour la paix", "cyber", "gouvernement");
    try (DataFolder data = DataFolder.open(dir.resolve("reference"), "test"); LuceneTermBase reference = LuceneTermBase.open(data)) {
      new TermImport(reference).importFile(nato, "file:nato.tbx", CsvTermReader.Options.DEFAULT);
      assertThat(base.size()).isEqualTo(reference.size());
      assertThat(base.concepts()).isEqualTo(reference.concepts());
      for (String q : queries) {
        for (SearchMode mode : SearchMode.values()) {
          for (Language l : new Language[] {null, Language.FR, Language.EN}) {
            assertThat(answers(base.search(q, l, mode, 10))).as(q + " " + mode + " " + l)
                .isEqualTo(answers(reference.search(q, l, mode, 10)));
          }
        }
        assertThat(base.recognise(q, Language.FR)).as(q).isEqualTo(reference.recognise(q, Language.FR));
      }
    }
  }

  private static List<String> answers(List<ConceptMatch> matches) {
    return matches.stream().map(m -> m.concept().id() + " " + m.term().text() + " " + m.how() + " " + m.score()).toList();
  }

  @Test
  void conceptsSurviveAReopenAndSingleWritesAreDurable() throws IOException {
    Concept added = new Concept("c-hq", "", null, null, "", null, null, "",
        List.of(Term.of("siège de l’OTAN", Language.FR, TermStatus.PREFERRED), Term.of("NATO Headquarters", Language.EN, TermStatus.PREFERRED)));
    new TermImport(base).importFile(fixture("nato.tbx"), "file:nato.tbx", CsvTermReader.Options.DEFAULT);
    base.put(added);
    assertThat(base.delete("c-old")).isTrue();
    assertThat(base.delete("c-old")).isFalse();
    base = reopen(base);
    assertThat(base.size()).isEqualTo(5);
    assertThat(base.concept("c-old")).isEmpty();
    assertThat(base.concept("c-hq").orElseThrow()).isEqualTo(added);
    assertThat(base.origin("c-hq")).contains(LuceneTermBase.API_ORIGIN);
    assertThat(base.origin("c-npg")).contains("file:nato.tbx");
    assertThat(base.concept("c-npg").orElseThrow().definitions().get(Language.EN)).isEqualTo("The NATO body for nuclear policy.");
    assertThat(base.recognise("au siège de l'OTAN", Language.FR)).extracting(TermHit::conceptId).containsExactly("c-hq");
    assertThat(base.search("NATO Headquarters", Language.EN, SearchMode.EXACT, 5)).extracting(m -> m.concept().id())
        .containsExactly("c-hq");
  }

  @Test
  void aPutReplacesTheConceptWithTheSameIdWhereverItCameFrom() throws IOException {
    new TermImport(base).importFile(fixture("nato.tbx"), "file:nato.tbx", CsvTermReader.Options.DEFAULT);
    base.put(concept("c-npg", "Groupe des plans nucléaires", "Nuclear Planning Group (NPG)"));
    assertThat(base.size()).isEqualTo(5);
    assertThat(base.origin("c-npg")).contains(LuceneTermBase.API_ORIGIN);
    assertThat(base.search("Nuclear Planning Group (NPG)", Language.EN, SearchMode.EXACT, 5)).hasSize(1);
    base = reopen(base);
    assertThat(base.size()).isEqualTo(5);
    assertThat(base.concept("c-npg").orElseThrow().terms()).extracting(Term::text).contains("Nuclear Planning Group (NPG)");
  }

  @Test
  void aBadFileLeavesWhatWasImportedBeforeUntouched() throws IOException {
    Path csv = dir.resolve("g.csv");
    Files.writeString(csv, "fr,en\nOTAN,NATO\nAlliance,Alliance\n", StandardCharsets.UTF_8);
    TermImport importer = new TermImport(base);
    importer.importFile(csv, "file:g.csv", CsvTermReader.Options.DEFAULT);
    assertThat(base.size()).isEqualTo(2);
    Files.writeString(csv, "fr,en\nOTAN,NATO\nAlliance,Alliance,extra\nÉtats membres,member states\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> importer.importFile(csv, "file:g.csv", CsvTermReader.Options.DEFAULT))
        .isInstanceOf(BadInputException.class).hasMessageContaining("3 fields");
    assertThat(base.size()).isEqualTo(2);
    assertThat(base.concepts()).extracting(c -> c.terms().get(0).text()).containsExactly("OTAN", "Alliance");
    assertThatThrownBy(() -> base.replaceOrigin("file:h.csv", List.of(concept("x", "a", "a"), concept("x", "b", "b")), "h"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("duplicate concept id 'x'");
    assertThat(base.size()).isEqualTo(2);
    Files.writeString(csv, "fr,en\nOTAN,NATO\n", StandardCharsets.UTF_8);
    TermImport.Report r = importer.importFile(csv, "file:g.csv", CsvTermReader.Options.DEFAULT);
    assertThat(r.replaced()).isEqualTo(2);
    assertThat(base.size()).as("a re-import replaces what the file imported before").isEqualTo(1);
    base = reopen(base);
    assertThat(base.size()).isEqualTo(1);
    assertThat(base.search("Alliance", null, SearchMode.AUTO, 5)).isEmpty();
  }

  @Test
  void glossarySyncSkipsUnchangedFilesReplacesChangedOnesAndDropsRemovedOnes() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("glossaries"));
    Files.copy(fixture("x.tbx"), folder.resolve("nato.tbx"));
    Files.writeString(folder.resolve("extra.csv"), "fr,en\nOTAN,NATO\n", StandardCharsets.UTF_8);
    List<GlossarySync.Outcome> first = GlossarySync.run(folder, base);
    assertThat(first).extracting(o -> o.report().concepts()).containsExactly(1, 5);
    assertThat(base.size()).isEqualTo(6);
    assertThat(base.origins()).containsExactlyInAnyOrder("glossaries/extra.csv", "glossaries/nato.tbx");
    base = reopen(base);
    List<GlossarySync.Outcome> again = GlossarySync.run(folder, base);
    assertThat(again).allMatch(o -> o.report().unchanged());
    Files.writeString(folder.resolve("extra.csv"), "fr,en\nOTAN,NATO\nAlliance,Alliance\n", StandardCharsets.UTF_8);
    Files.delete(folder.resolve("nato.tbx"));
    List<GlossarySync.Outcome> third = GlossarySync.run(folder, base);
    assertThat(third).extracting(GlossarySync.Outcome::origin).containsExactly("glossaries/extra.csv", "glossaries/nato.tbx");
    assertThat(base.size()).isEqualTo(2);
    assertThat(base.origins()).containsExactly("glossaries/extra.csv");
    Files.writeString(folder.resolve("extra.csv"), "fr,en\nOTAN\n", StandardCharsets.UTF_8);
    GlossarySync.Outcome bad = GlossarySync.run(folder, base).get(0);
    assertThat(bad.error()).contains("extra.csv:2");
    assertThat(base.size()).as("a bad file keeps its earlier import").isEqualTo(2);
  }

  @Test
  void theSameContentIsImportedOnceThroughReplaceOriginIfChanged() {
    List<Concept> v1 = List.of(concept("a", "OTAN", "NATO"));
    assertThat(base.replaceOriginIfChanged("glossaries/g.csv", v1, "h1")).contains(0);
    assertThat(base.replaceOriginIfChanged("glossaries/g.csv", v1, "h1")).isEmpty();
    assertThat(base.originHash("glossaries/g.csv")).contains("h1");
    assertThat(base.replaceOriginIfChanged("glossaries/g.csv", List.of(concept("b", "Alliance", "Alliance")), "h2")).contains(1);
    assertThat(base.concepts()).extracting(Concept::id).containsExactly("b");
    assertThat(base.removeOrigin("glossaries/g.csv")).isEqualTo(1);
    assertThat(base.originHash("glossaries/g.csv")).isEmpty();
    assertThat(base.size()).isZero();
  }

  @Test
  void datedLookupsGiveTermsTheStatusOfTheDocumentDate() {
    LocalDate change = LocalDate.of(2022, 6, 1);
    Concept turkiye = new Concept("nato-turkiye", "", Map.of(), Map.of(), "", null, null, "", List.of(
        Term.of("Turquie", Language.FR, TermStatus.PREFERRED),
        new Term("Türkiye", Language.EN, TermStatus.PREFERRED, TermType.FULL_FORM, "", "", "", "", change, null),
        new Term("Turkey", Language.EN, TermStatus.SUPERSEDED, TermType.FULL_FORM, "", "", "", "", null, change)));
    base.put(turkiye);
    base = reopen(base);
    TermBase in2021 = DatedTermBase.on(base, LocalDate.of(2021, 5, 4));
    assertThat(in2021.recognise("Turkey hosted the meeting.", Language.EN).get(0).term().status()).isEqualTo(TermStatus.ADMITTED);
    assertThat(in2021.recognise("La Turquie accueille la réunion.", Language.FR).get(0).equivalents())
        .extracting(Term::text).containsExactly("Turkey", "Türkiye");
    TermBase in2023 = DatedTermBase.on(base, LocalDate.of(2023, 1, 10));
    assertThat(in2023.recognise("Turkey hosted the meeting.", Language.EN).get(0).term().status()).isEqualTo(TermStatus.SUPERSEDED);
    assertThat(in2023.concept("nato-turkiye").orElseThrow().preferred(Language.EN).orElseThrow().text()).isEqualTo("Türkiye");
  }

  @Test
  void anExportImportedIntoAnotherStoreGivesTheSameConcepts() throws IOException {
    new TermImport(base).importFile(fixture("nato.tbx"), "file:nato.tbx", CsvTermReader.Options.DEFAULT);
    base.put(concept("c-hq", "siège de l’OTAN", "NATO Headquarters"));
    ByteArrayOutputStream tbx = new ByteArrayOutputStream();
    assertThat(TermExport.tbx(base, tbx)).isEqualTo(6);
    Path file = dir.resolve("export.tbx");
    Files.write(file, tbx.toByteArray());
    TermStore other = openFresh();
    try {
      new TermImport(other).importFile(file, "file:export.tbx", CsvTermReader.Options.DEFAULT);
      assertThat(other.concepts()).extracting(Concept::id).isEqualTo(base.concepts().stream().map(Concept::id).toList());
      assertThat(other.concepts()).extracting(c -> c.terms()).isEqualTo(base.concepts().stream().map(Concept::terms).toList());
    } finally {
      dispose(other);
    }
  }

  @Test
  void aConcurrentRecognitionNeverSeesAHalfImportedGlossary() throws Exception {
    int n = 150;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) text.append("alpha ").append(i).append(", beta ").append(i).append("; ");
    base.replaceOrigin("glossaries/g.tbx", version("alpha", n), "a");
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger checks = new AtomicInteger();
    AtomicReference<String> mixed = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      while (!done.get() && mixed.get() == null) {
        Set<String> words = new HashSet<>();
        int hits = 0;
        for (TermHit h : base.recognise(text.toString(), Language.EN)) {
          words.add(h.term().text().split(" ")[0]);
          hits++;
        }
        if (words.size() != 1 || hits != n) mixed.set(hits + " hits of " + words);
        checks.incrementAndGet();
      }
    });
    reader.start();
    for (int round = 0; round < 6 && mixed.get() == null; round++) {
      base.replaceOrigin("glossaries/g.tbx", version(round % 2 == 0 ? "beta" : "alpha", n), "v" + round);
    }
    done.set(true);
    reader.join();
    assertThat(mixed.get()).as("a recognition during a re-import").isNull();
    assertThat(checks.get()).isPositive();
    assertThat(base.size()).isEqualTo(n);
  }

  static List<Concept> version(String word, int n) {
    List<Concept> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Concept("c-" + i, "", null, null, "", null, null, "",
          List.of(Term.of(word + " " + i, Language.EN, TermStatus.PREFERRED))));
    }
    return out;
  }
}
