package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.api.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TermCommandsTest {
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

  Path fixture() throws Exception {
    Path p = dir.resolve("nato.tbx");
    try (InputStream in = getClass().getResourceAsStream("/org/entente/formats/nato-sample.tbx")) {
      Files.write(p, in.readAllBytes());
    }
    return p;
  }

  @Test
  void anXmlFileIsImportedByItsRootElement() throws Exception {
    String data = dir.resolve("data").toString();
    Path iate = dir.resolve("IATE_export.xml");
    Files.copy(fixture(), iate);
    Run imported = run("import", "--data", data, iate.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("IATE_export.xml: 5 concepts imported");
  }

  @Test
  void importThenRecogniseThenSearchThenExport() throws Exception {
    String data = dir.resolve("data").toString();
    Run imported = run("import", "--data", data, fixture().toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("nato.tbx: 5 concepts imported (TBX-Basic v3 (DCA))");

    Run terms = run("terms", "--data", data, "--lang", "fr", "--json", "Le Groupe des plans nucléaires siège à Kiev.");
    assertThat(terms.code()).as(terms.err()).isZero();
    JsonNode hits = Json.MAPPER.readTree(terms.out());
    assertThat(hits).hasSize(2);
    assertThat(hits.get(0).get("text").asText()).isEqualTo("Groupe des plans nucléaires");
    assertThat(hits.get(0).get("start").asInt()).isEqualTo(3);
    assertThat(hits.get(0).get("equivalents").get(0).get("text").asText()).isEqualTo("Nuclear Planning Group");
    assertThat(hits.get(1).get("status").asText()).isEqualTo("superseded");

    Run search = run("term-search", "--data", data, "--json", "posture de disuasion");
    assertThat(Json.MAPPER.readTree(search.out()).get(0).get("conceptId").asText()).isEqualTo("c-ddp");

    Path csv = dir.resolve("out.csv");
    Path tbx = dir.resolve("out.tbx");
    assertThat(run("export", "--terms", "--data", data, "--format", "csv", "-o", csv.toString()).code()).isZero();
    assertThat(run("export", "--terms", "--data", data, "-o", tbx.toString()).code()).isZero();

    // import → export → import is lossless, through both formats
    String data2 = dir.resolve("data2").toString();
    assertThat(run("import", "--data", data2, tbx.toString()).code()).isZero();
    Path tbx2 = dir.resolve("out2.tbx");
    run("export", "--terms", "--data", data2, "-o", tbx2.toString());
    assertThat(Files.readString(tbx2, StandardCharsets.UTF_8)).isEqualTo(Files.readString(tbx, StandardCharsets.UTF_8));
    String data3 = dir.resolve("data3").toString();
    assertThat(run("import", "--data", data3, csv.toString()).code()).isZero();
    Path tbx3 = dir.resolve("out3.tbx");
    run("export", "--terms", "--data", data3, "-o", tbx3.toString());
    assertThat(Files.readString(tbx3, StandardCharsets.UTF_8)).isEqualTo(Files.readString(tbx, StandardCharsets.UTF_8));
  }

  @Test
  void aBadFileExitsWithTwoAndSaysWhere() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "fr,en\nOTAN,NATO,extra\n", StandardCharsets.UTF_8);
    Run r = run("import", "--data", dir.resolve("data").toString(), bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.csv:2").doesNotContain("Exception");
  }
}
