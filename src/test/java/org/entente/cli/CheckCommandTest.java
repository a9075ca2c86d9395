package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.entente.api.Json;
import org.entente.cli.TermCommandsTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente check} on real files over a real termbase (the NATO sample glossary) in a temporary data folder. */
class CheckCommandTest {
  @TempDir static Path dir;
  static String data;

  @BeforeAll
  static void termbase() throws Exception {
    Path tbx = dir.resolve("nato.tbx");
    try (InputStream in = CheckCommandTest.class.getResourceAsStream("/org/entente/formats/nato-sample.tbx")) {
      Files.write(tbx, in.readAllBytes());
    }
    data = dir.resolve("data").toString();
    Run imported = TermCommandsTest.run("import", "--data", data, tbx.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
  }

  static Run check(String... args) {
    List<String> all = new ArrayList<>(List.of("check", "--data", data));
    all.addAll(List.of(args));
    return TermCommandsTest.run(all.toArray(String[]::new));
  }

  static Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aDeprecatedTermIsAnErrorAtItsLineAndColumnAndTheExitStatusIsOne() throws Exception {
    Path draft = write("draft.txt", "The Allies met.\nThey met in Kiev, as planned.\n");
    Run r = check(draft.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains(draft + ":2:13: error: TERM_DEPRECATED_IN_TARGET ").contains("(Kyiv)");
    assertThat(r.err()).contains("entente check: 1 file: 1 error");
  }

  @Test
  void aCleanDraftExitsWithZeroAndPrintsNoFinding() throws Exception {
    Path draft = write("clean.txt", "The Allies met in Kyiv.\n");
    Run r = check("--quiet", draft.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void columnsCountCodePointsNotUtf16Units() throws Exception {
    // "𝒜" is two UTF-16 units but one character: Kiev starts at column 4 of line 1
    Path draft = write("astral.txt", "𝒜: Kiev is the capital.\n");
    Run r = check(draft.toString());
    assertThat(r.out()).contains(draft + ":1:4: error: TERM_DEPRECATED_IN_TARGET");
  }

  @Test
  void markdownCodeAndAddressesAreNotCheckedAndPositionsAreTheFiles() throws Exception {
    Path md = write("notes.md", """
        # Visit to Kiev

        Run `kiev-sync --defense` before the visit, see <https://example.org/Kiev>.

        ```
        Kiev defense program
        ```

        The Allies support Kiev and its defense.
        """);
    Run r = check(md.toString());
    // the heading's and the paragraph's Kiev, the paragraph's defense; nothing from line 3 (inline code, an
    // address) or line 6 (a code block)
    assertThat(r.out()).contains(md + ":1:12: error: TERM_DEPRECATED_IN_TARGET")
        .contains(md + ":9:20: error: TERM_DEPRECATED_IN_TARGET")
        .contains(md + ":9:33: ").contains("SPELLING_VARIANT")
        .doesNotContain(md + ":3:").doesNotContain(md + ":6:");
  }

  @Test
  void xliffTargetsAreCheckedWithTheirSourcesAtTheirPlaceInTheFile() throws Exception {
    Path xlf = write("report.xlf", """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en-GB">
          <file id="f1">
            <unit id="u1">
              <segment id="s1">
                <source>Les Alliés soutiennent l'Ukraine.</source>
                <target>The Allies support Ukraine.</target>
              </segment>
            </unit>
            <unit id="u2">
              <segment id="s2">
                <source>Réunion à Kyiv.</source>
                <target>Réunion <ph id="1"/>in Kiev.</target>
              </segment>
            </unit>
          </file>
        </xliff>
        """);
    Run r = check("--format", "json", xlf.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    JsonNode file = Json.MAPPER.readTree(r.out()).get(0);
    assertThat(file.get("file").asText()).isEqualTo(xlf.toString());
    JsonNode f = findings(file, "TERM_DEPRECATED_IN_TARGET").get(0);
    assertThat(f.get("segment").asInt()).isEqualTo(1);
    assertThat(f.get("text").asText()).isEqualTo("Kiev");
    // line 13: "        <target>Réunion <ph id="1"/>in Kiev.</target>": Kiev at column 39
    assertThat(f.get("line").asInt()).isEqualTo(13);
    assertThat(f.get("column").asInt()).isEqualTo(39);
    assertThat(f.get("endColumn").asInt()).isEqualTo(43);
    // the checks that need a source ran: the file carries it
    assertThat(file.get("checksRun").toString()).contains("TERM_NOT_FOUND_IN_TARGET");
  }

  @Test
  void aWordDocumentIsCheckedParagraphByParagraph() throws Exception {
    Path docx = dir.resolve("brief.docx");
    Files.write(docx, docx("The Allies met.", "They met in <b>Ki</b>ev."));
    Run r = check(docx.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains(docx + ":2:13: error: TERM_DEPRECATED_IN_TARGET");
  }

  @Test
  void theSourceIsAlignedSoTheChecksThatNeedItRun() throws Exception {
    Path fr = write("source-fr.txt", "Le Groupe des plans nucléaires s'est réuni. Les Alliés ont parlé de Kyiv.\n");
    Path en = write("draft-en.txt", "The group met. The Allies spoke about Kyiv.\n");
    Run without = check("--format", "json", en.toString());
    assertThat(Json.MAPPER.readTree(without.out()).get(0).get("checksSkipped").toString())
        .contains("TERM_NOT_FOUND_IN_TARGET");
    Run with = check("--format", "json", "--source", fr.toString(), en.toString());
    JsonNode file = Json.MAPPER.readTree(with.out()).get(0);
    assertThat(file.get("checksRun").toString()).contains("TERM_NOT_FOUND_IN_TARGET");
    JsonNode missing = findings(file, "TERM_NOT_FOUND_IN_TARGET");
    assertThat(missing).isNotEmpty();
    assertThat(missing.get(0).get("source").get("text").asText()).isEqualTo("Groupe des plans nucléaires");
    assertThat(missing.get(0).get("line").asInt()).isEqualTo(1);
  }

  @Test
  void sarifHasEveryPropertyTheSpecificationRequires() throws Exception {
    Path draft = write("my draft.txt", "They met in Kiev to discuss defense.\n");
    Run r = check("--format", "sarif", draft.toString());
    assertThat(r.code()).isEqualTo(1);
    JsonNode log = Json.MAPPER.readTree(r.out());
    // sarifLog: version and runs are required; $schema points at the 2.1.0 schema
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").asText()).contains("sarif-2.1.0");
    assertThat(log.get("runs").isArray()).isTrue();
    JsonNode run = log.get("runs").get(0);
    // run: tool is required; tool: driver; toolComponent: name
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("Entente");
    assertThat(run.get("columnKind").asText()).isIn("utf16CodeUnits", "unicodeCodePoints");
    Set<String> ruleIds = new java.util.HashSet<>();
    JsonNode rules = run.at("/tool/driver/rules");
    for (JsonNode rule : rules) ruleIds.add(rule.get("id").asText()); // reportingDescriptor: id is required
    assertThat(run.get("results")).isNotEmpty();
    for (JsonNode result : run.get("results")) {
      // result: message is required (with text); ruleId and ruleIndex name a rule of the driver
      assertThat(result.at("/message/text").asText()).isNotBlank();
      assertThat(ruleIds).contains(result.get("ruleId").asText());
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(result.get("ruleId").asText());
      assertThat(result.get("level").asText()).isIn("none", "note", "warning", "error");
      JsonNode location = result.at("/locations/0/physicalLocation");
      assertThat(location.at("/artifactLocation/uri").asText()).endsWith("my%20draft.txt");
      JsonNode region = location.get("region");
      assertThat(region.get("startLine").asInt()).isPositive();
      assertThat(region.get("startColumn").asInt()).isPositive();
      assertThat(region.get("endColumn").asInt()).isGreaterThanOrEqualTo(region.get("startColumn").asInt());
    }
    JsonNode kiev = null;
    for (JsonNode result : run.get("results")) if (result.get("ruleId").asText().equals("TERM_DEPRECATED_IN_TARGET")) kiev = result;
    assertThat(kiev).isNotNull();
    assertThat(kiev.get("level").asText()).isEqualTo("error");
    assertThat(kiev.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(13);
    assertThat(kiev.at("/locations/0/physicalLocation/region/endColumn").asInt()).isEqualTo(17);
  }

  @Test
  void badInputExitsWithTwoAndSaysWhatAndWhere() throws Exception {
    Run missing = check(dir.resolve("nowhere.txt").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere.txt").contains("no such file");

    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Réunion à Kiev".getBytes(StandardCharsets.ISO_8859_1));
    Run encoding = check(latin1.toString());
    assertThat(encoding.code()).isEqualTo(2);
    assertThat(encoding.err()).contains("latin1.txt:1:2").contains("not valid UTF-8");

    Path draft = write("ok.txt", "Fine.\n");
    Run format = check("--format", "xml", draft.toString());
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).contains("--format").contains("text, json or sarif");

    Run date = check("--date", "10/07/2024", draft.toString());
    assertThat(date.code()).isEqualTo(2);
    assertThat(date.err()).contains("--date").contains("yyyy-mm-dd");

    Run option = check("--frobnicate", draft.toString());
    assertThat(option.code()).isEqualTo(2);

    Path badXliff = write("bad.xlf", "<xliff version=\"2.0\"><file><unit><segment><target>x</segment>");
    Run xml = check(badXliff.toString());
    assertThat(xml.code()).isEqualTo(2);
    assertThat(xml.err()).contains("bad.xlf:1:").contains("not well-formed");

    Path notDocx = write("fake.docx", "plain text, not a zip");
    Run docx = check(notDocx.toString());
    assertThat(docx.code()).isEqualTo(2);
    assertThat(docx.err()).contains("fake.docx").contains("not a Word document");
  }

  @Test
  void aValidDateIsAccepted() throws Exception {
    Path draft = write("dated.txt", "The Allies met in Kyiv.\n");
    Run r = check("--date", "2021-05-04", draft.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  private static JsonNode findings(JsonNode file, String id) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode f : file.get("findings")) if (f.get("id").asText().equals(id)) out.add(f);
    return Json.MAPPER.valueToTree(out);
  }

  /** A minimal Word document: one paragraph per string, {@code <b>...</b>} a bold run of its own. */
  static byte[] docx(String... paragraphs) throws Exception {
    StringBuilder body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
    for (String p : paragraphs) {
      body.append("<w:p>");
      for (String run : p.split("(?=<b>)|(?<=</b>)")) {
        boolean bold = run.startsWith("<b>");
        String text = run.replace("<b>", "").replace("</b>", "");
        body.append("<w:r>").append(bold ? "<w:rPr><w:b/></w:rPr>" : "").append("<w:t xml:space=\"preserve\">")
            .append(text).append("</w:t></w:r>");
      }
      body.append("</w:p>");
    }
    body.append("</w:body></w:document>");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(body.toString().getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @Test
  void sarifLogKeepsItsExactFieldsAndOrder() throws Exception {
    // pinned byte for byte (version and file URI aside): pinned-sarif.json
    Path draft = write("pinned.txt", "They met in Kiev to discuss defense.\n");
    Run r = check("--format", "sarif", draft.toString());
    String log = r.out().replace(org.entente.Version.get(), "VERSION").replace(draft.toUri().toString(), "FILE")
        .replace("\r\n", "\n");
    try (InputStream in = CheckCommandTest.class.getResourceAsStream("pinned-sarif.json")) {
      assertThat(log).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
