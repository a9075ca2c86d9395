package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.api.Json;
import org.entente.formats.TmxHeader;
import org.entente.formats.TmxReader;
import org.entente.formats.TmxUnit;
import org.entente.formats.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AlignCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = EntenteCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  String fr() {
    return String.join("\n", org.entente.align.PressRelease.FR) + "\n";
  }

  String en() {
    return String.join("\n", org.entente.align.PressRelease.EN) + "\n";
  }

  @Test
  void presegmentedFilesGiveVecalignBeadsWithTheirLineNumbers() throws Exception {
    Path out = dir.resolve("doc.align");
    Run r = run("align", write("fr.sent", fr()).toString(), write("en.sent", en()).toString(), "--presegmented",
        "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readAllLines(out)).containsExactly(
        "[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[]", "[5]:[4]", "[6]:[5]");
    assertThat(r.err()).contains("flagged for review");
  }

  @Test
  void tmxOutputHasOneUnitPerTwoSidedBeadWithDocumentAndScoreProps() throws Exception {
    Path out = dir.resolve("doc.tmx");
    Run r = run("align", write("fr.sent", fr()).toString(), write("en.sent", en()).toString(), "--presegmented",
        "--format", "tmx", "--id", "press-1", "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<TmxUnit> units = new ArrayList<>();
    try (InputStream in = Files.newInputStream(out)) {
      TmxReader.read(in, "doc.tmx", Xml.DEFAULT_LIMITS, new TmxReader.Handler() {
        @Override
        public void header(TmxHeader header) {
          assertThat(header.srcLang()).isEqualTo("fr");
        }

        @Override
        public void unit(TmxUnit unit) {
          units.add(unit);
        }
      });
    }
    assertThat(units).hasSize(6);
    assertThat(units.get(0).props()).anyMatch(p -> p.type().equals("x-document") && p.value().equals("press-1"))
        .anyMatch(p -> p.type().equals("x-align-score"));
  }

  @Test
  void rawTextsAreSegmentedAndJsonListsBeadsAndSentences() throws Exception {
    Run r = run("align", write("fr.txt", String.join(" ", org.entente.align.PressRelease.FR)).toString(),
        write("en.txt", String.join(" ", org.entente.align.PressRelease.EN)).toString(), "--format", "json",
        "--method", "gale-church");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode body = Json.MAPPER.readTree(r.out());
    assertThat(body.get("method").asText()).isEqualTo("gale-church");
    assertThat(body.get("beads").size()).isPositive();
    assertThat(body.get("fr").size()).isGreaterThan(1);
  }

  @Test
  void latin1FileIsRefusedWithWhereAndExitCode2() throws Exception {
    Path bad = dir.resolve("fr.txt");
    Files.write(bad, "d\u00e9fense".getBytes(StandardCharsets.ISO_8859_1));
    Run r = run("align", bad.toString(), write("en.txt", en()).toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("fr.txt:1:2").contains("not UTF-8").doesNotContain("Exception");
  }

  @Test
  void emptyFilesGiveNoBeadsAndOneEmptySideGivesOmissions() throws Exception {
    Path empty = write("empty.txt", "");
    Path out = dir.resolve("o.align");
    assertThat(run("align", empty.toString(), empty.toString(), "-o", out.toString()).code()).isZero();
    assertThat(Files.readAllLines(out)).isEmpty();
    Run r = run("align", write("fr.sent", fr()).toString(), empty.toString(), "--presegmented", "-o", out.toString());
    assertThat(r.code()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(7).allMatch(l -> l.endsWith(":[]"));
    assertThat(r.err()).contains("English side is empty");
  }

  @Test
  void dataFolderKeepsTheLearntLexicon() throws Exception {
    Path data = dir.resolve("data");
    Run r = run("align", write("fr.sent", fr()).toString(), write("en.sent", en()).toString(), "--presegmented",
        "--data", data.toString(), "-o", dir.resolve("x.align").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(data.resolve("align/lexicon.tsv")).exists();
  }

  @Test
  void unknownFormatIsABadInput() throws Exception {
    Run r = run("align", write("fr.sent", fr()).toString(), write("en.sent", en()).toString(), "--format", "xliff");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown format xliff");
  }

}
