package org.entente.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CsvTermReaderTest {
  static TermFile read(String text, String name) {
    return new CsvTermReader().read(text.getBytes(StandardCharsets.UTF_8), name, CsvTermReader.Options.DEFAULT);
  }

  @Test
  void mapsColumnsFromTheHeaderRow() throws IOException {
    TermFile f = new CsvTermReader().read(TbxReaderTest.resource("glossary.csv"), "glossary.csv", CsvTermReader.Options.DEFAULT);
    assertThat(f.entries()).hasSize(3);
    TermEntry npg = f.entries().get(0);
    assertThat(npg.subjectField()).isEqualTo("Nuclear policy");
    assertThat(npg.notes().get(Language.FR)).isEqualTo("NATO body");
    assertThat(npg.terms()).extracting(TermEntry.Term::text).containsExactly("Groupe des plans nucléaires", "Nuclear Planning Group");
    assertThat(f.entries().get(1).terms().get(0).text()).isEqualTo("posture de dissuasion, de défense");
    assertThat(f.entries().get(1).terms().get(1).status()).as("main term without status").isEqualTo("preferred");
    assertThat(f.entries().get(2).terms()).extracting(TermEntry.Term::status).containsExactly("deprecated", "deprecated");
  }

  @Test
  void columnsCanBeGivenForAHeaderlessFile() {
    TermFile f = new CsvTermReader().read("Nuclear Planning Group\tGroupe des plans nucléaires\n".getBytes(StandardCharsets.UTF_8),
        "g.tsv", new CsvTermReader.Options(List.of("en", "fr"), null));
    assertThat(f.entries().get(0).terms()).extracting(TermEntry.Term::language).containsExactly(Language.FR, Language.EN);
  }

  @Test
  void readsUtf16WithByteOrderMarkAndOmegatLayout() {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    byte[] body = "# glossary\nOTAN\tNATO\tl'Organisation\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 2);
    System.arraycopy(body, 0, all, 2, body.length);
    TermFile f = new CsvTermReader().read(all, "glossary.txt", CsvTermReader.Options.DEFAULT);
    assertThat(f.entries()).hasSize(1);
    assertThat(f.entries().get(0).terms()).extracting(TermEntry.Term::text).containsExactly("OTAN", "NATO");
    assertThat(f.entries().get(0).notes().get(Language.FR)).isEqualTo("l'Organisation");
    assertThat(f.warnings()).anyMatch(w -> w.contains("fr, en, note"));
  }

  @Test
  void raggedRowIsRejectedWithItsLine() {
    assertThatThrownBy(() -> read("fr,en,note\nOTAN,NATO,x\nAlliance,Alliance\n", "g.csv"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("2 fields")
        .satisfies(e -> assertThat(((BadInputException) e).where()).isEqualTo("g.csv:3"));
    assertThatThrownBy(() -> read("fr,en\nOTAN,NATO,x,y\n", "g.csv")).isInstanceOf(BadInputException.class)
        .satisfies(e -> assertThat(((BadInputException) e).where()).isEqualTo("g.csv:2"));
  }

  @Test
  void unknownStatusAndOverlongTermAreRejectedWithTheirLine() {
    assertThatThrownBy(() -> read("fr,en,en.status\nOTAN,NATO,favourite\n", "g.csv"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("favourite")
        .satisfies(e -> assertThat(((BadInputException) e).where()).isEqualTo("g.csv:2"));
    assertThatThrownBy(() -> read("fr,en\nOTAN," + "x".repeat(10_000) + "\n", "g.csv"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("10000 characters");
  }

  @Test
  void invalidUtf8IsRejectedWithItsLine() {
    byte[] b = "fr,en\nOTAN,NATO\nd\u00e9fense,defence\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> new CsvTermReader().read(b, "g.csv", CsvTermReader.Options.DEFAULT))
        .isInstanceOf(BadInputException.class).hasMessageContaining("UTF-8")
        .satisfies(e -> assertThat(((BadInputException) e).where()).isEqualTo("g.csv:3"));
  }

  @Test
  void csvExportReadsBackWithoutLoss() throws IOException {
    TermFile first = TbxReaderTest.read(TbxReaderTest.resource("nato-sample.tbx"), "nato-sample.tbx");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvTermWriter.write(first.entries(), out);
    TermFile second = new CsvTermReader().read(out.toByteArray(), "export.csv", CsvTermReader.Options.DEFAULT);
    TbxReaderTest.assertSameEntries(second.entries(), first.entries());
  }

  @Test
  void readsTheTermiumLayout() throws IOException {
    Path dir = Path.of("../shared/data/terminology/termium-sample");
    Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/data/terminology/termium-sample absent; skipping");
    Path f;
    try (Stream<Path> s = Files.list(dir)) {
      f = s.filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
    }
    TermFile tf = new CsvTermReader().read(Files.readAllBytes(f), f.getFileName().toString(), CsvTermReader.Options.DEFAULT);
    assertThat(tf.entries()).hasSizeGreaterThan(1900);
    TermEntry speedBall = tf.entries().stream().filter(e -> e.terms().get(0).text().equals("speed ball")
        || e.terms().stream().anyMatch(t -> t.text().equals("speed ball"))).findFirst().orElseThrow();
    assertThat(speedBall.subjectField()).isEqualTo("Boxing");
    assertThat(speedBall.terms()).extracting(TermEntry.Term::text).contains("ballon de vitesse", "point ball");
    TermEntry.Term ballon = speedBall.terms().stream().filter(t -> t.text().equals("ballon de vitesse")).findFirst().orElseThrow();
    assertThat(ballon.gender()).isEqualTo("masculine");
    assertThat(ballon.partOfSpeech()).isEqualTo("noun");
  }
}
