package org.entente.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.formats.CsvTermReader;
import org.entente.index.DataFolder;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneTermBaseTest {
  @TempDir Path dir;

  Path fixture(String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("fixture-glossary.tbx")) {
      Files.write(p, in.readAllBytes());
    }
    return p;
  }

  @Test
  void importedConceptsAreFoundByExactPrefixAndTypoTolerantSearch() throws IOException {
    Path tbx = fixture("nato.tbx");
    try (DataFolder data = DataFolder.open(dir.resolve("data"), "test"); LuceneTermBase base = LuceneTermBase.open(data)) {
      TermImport.Report r = new TermImport(base).importFile(tbx, "file:nato.tbx", CsvTermReader.Options.DEFAULT);
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
    }
  }

  @Test
  void conceptsSurviveAReopenAndSingleWritesAreDurable() throws IOException {
    Path tbx = fixture("nato.tbx");
    Concept added = new Concept("c-hq", "", null, null, "", null, null, "",
        List.of(Term.of("siège de l’OTAN", Language.FR, TermStatus.PREFERRED), Term.of("NATO Headquarters", Language.EN, TermStatus.PREFERRED)));
    try (DataFolder data = DataFolder.open(dir.resolve("data"), "test"); LuceneTermBase base = LuceneTermBase.open(data)) {
      new TermImport(base).importFile(tbx, "file:nato.tbx", CsvTermReader.Options.DEFAULT);
      base.put(added);
      assertThat(base.delete("c-old")).isTrue();
      assertThat(base.delete("c-old")).isFalse();
    }
    try (DataFolder data = DataFolder.open(dir.resolve("data"), "test"); LuceneTermBase base = LuceneTermBase.open(data)) {
      assertThat(base.size()).isEqualTo(5);
      assertThat(base.concept("c-old")).isEmpty();
      assertThat(base.concept("c-hq").orElseThrow()).isEqualTo(added);
      assertThat(base.concept("c-npg").orElseThrow().definitions().get(Language.EN)).isEqualTo("The NATO body for nuclear policy.");
      assertThat(base.recognise("au siège de l'OTAN", Language.FR)).extracting(TermHit::conceptId).containsExactly("c-hq");
    }
  }

  @Test
  void aBadFileLeavesWhatWasImportedBeforeUntouched() throws IOException {
    Path csv = dir.resolve("g.csv");
    Files.writeString(csv, "fr,en\nOTAN,NATO\nAlliance,Alliance\n", StandardCharsets.UTF_8);
    try (DataFolder data = DataFolder.open(dir.resolve("data"), "test"); LuceneTermBase base = LuceneTermBase.open(data)) {
      TermImport importer = new TermImport(base);
      importer.importFile(csv, "file:g.csv", CsvTermReader.Options.DEFAULT);
      assertThat(base.size()).isEqualTo(2);
      Files.writeString(csv, "fr,en\nOTAN,NATO\nAlliance,Alliance,extra\nÉtats membres,member states\n", StandardCharsets.UTF_8);
      assertThatThrownBy(() -> importer.importFile(csv, "file:g.csv", CsvTermReader.Options.DEFAULT))
          .isInstanceOf(BadInputException.class).hasMessageContaining("3 fields");
      assertThat(base.size()).isEqualTo(2);
      assertThat(base.concepts()).extracting(c -> c.terms().get(0).text()).containsExactly("OTAN", "Alliance");
      Files.writeString(csv, "fr,en\nOTAN,NATO\n", StandardCharsets.UTF_8);
      TermImport.Report r = importer.importFile(csv, "file:g.csv", CsvTermReader.Options.DEFAULT);
      assertThat(r.replaced()).isEqualTo(2);
      assertThat(base.size()).as("a re-import replaces what the file imported before").isEqualTo(1);
    }
  }

  @Test
  void glossarySyncSkipsUnchangedFilesReplacesChangedOnesAndDropsRemovedOnes() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("glossaries"));
    Files.copy(fixture("x.tbx"), folder.resolve("nato.tbx"));
    Files.writeString(folder.resolve("extra.csv"), "fr,en\nOTAN,NATO\n", StandardCharsets.UTF_8);
    try (DataFolder data = DataFolder.open(dir.resolve("data"), "test"); LuceneTermBase base = LuceneTermBase.open(data)) {
      List<GlossarySync.Outcome> first = GlossarySync.run(folder, base);
      assertThat(first).extracting(o -> o.report().concepts()).containsExactly(1, 5);
      assertThat(base.size()).isEqualTo(6);
      List<GlossarySync.Outcome> again = GlossarySync.run(folder, base);
      assertThat(again).allMatch(o -> o.report().unchanged());
      Files.writeString(folder.resolve("extra.csv"), "fr,en\nOTAN,NATO\nAlliance,Alliance\n", StandardCharsets.UTF_8);
      Files.delete(folder.resolve("nato.tbx"));
      List<GlossarySync.Outcome> third = GlossarySync.run(folder, base);
      assertThat(third).extracting(GlossarySync.Outcome::origin).containsExactly("glossaries/extra.csv", "glossaries/nato.tbx");
      assertThat(base.size()).isEqualTo(2);
      Files.writeString(folder.resolve("extra.csv"), "fr,en\nOTAN\n", StandardCharsets.UTF_8);
      GlossarySync.Outcome bad = GlossarySync.run(folder, base).get(0);
      assertThat(bad.error()).contains("extra.csv:2");
      assertThat(base.size()).as("a bad file keeps its earlier import").isEqualTo(2);
    }
  }
}
