package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.Services;
import org.entente.api.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MemoryCommandsTest {
  @TempDir Path tmp;

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
    Path f = tmp.resolve("inline.tmx");
    try (InputStream in = MemoryCommandsTest.class.getResourceAsStream("/tmx/inline.tmx")) {
      Files.copy(in, f);
    }
    return f;
  }

  @Test
  void importLookupConcordanceAndExportFromTheCommandLine() throws Exception {
    String data = tmp.resolve("data").toString();
    Run imp = run("import", "--data", data, fixture().toString());
    assertThat(imp.code()).isZero();
    assertThat(imp.out()).contains("3 imported into 'default'");

    Run look = run("lookup", "--data", data, "--json", "Le Groupe des plans nucléaires s'est réuni à Bruxelles.");
    assertThat(look.code()).isZero();
    JsonNode list = Json.MAPPER.readTree(look.out());
    assertThat(list.isArray()).isTrue();
    assertThat(list.get(0).get("target").asText()).isEqualTo("The Nuclear Planning Group met in Brussels.");
    assertThat(list.get(0).get("score").asInt()).isBetween(90, 100);
    assertThat(list.get(0).has("explanation")).isTrue();

    Run conc = run("concordance", "--data", data, "--lang", "fr", "Bruxelles");
    assertThat(conc.out()).contains("[Bruxelles]");

    Path out = tmp.resolve("out.tmx");
    Run exp = run("export", "--data", data, "-o", out.toString());
    assertThat(exp.code()).isZero();
    assertThat(Files.readString(out)).contains("<prop type=\"x-domain\">nuclear-policy</prop>");

    assertThat(run("reindex", "--data", data).out()).contains("3 units reindexed");
  }

  @Test
  void aMalformedFileIsRejectedWithWhereAndExitCodeTwo() throws Exception {
    Path bad = tmp.resolve("bad.tmx");
    Files.writeString(bad, "<tmx version=\"1.4\"><header/><body><tu>");
    Run r = run("import", "--data", tmp.resolve("data").toString(), bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.tmx:").contains("nothing from this file was imported");
  }

  @Test
  void anUnsupportedExtensionSaysWhatIsSupported() {
    Run r = run("import", "--data", tmp.resolve("data").toString(), tmp.resolve("x.docx").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(".tmx");
  }

  @Test
  void aCommandStopsWithAClearMessageWhenTheServiceHoldsTheDataFolder() {
    Path data = tmp.resolve("held");
    try (Services service = Services.open(data, "the Entente service at http://127.0.0.1:8080")) {
      Run r = run("lookup", "--data", data.toString(), "Bonjour");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("in use by the Entente service at http://127.0.0.1:8080")
          .contains("REST API");
    }
  }

  @Test
  void serveSynchronisesTheTmxFolderAtStart() throws Exception {
    Path tmxDir = Files.createDirectories(tmp.resolve("tmx"));
    Files.copy(fixture(), tmxDir.resolve("nato.tmx"));
    try (Services s = Services.open(tmp.resolve("d"), "test")) {
      StringWriter err = new StringWriter();
      TmxSync.run(s, tmxDir, new PrintWriter(err));
      assertThat(err.toString()).contains("tmx/nato.tmx: 3 imported");
      err.getBuffer().setLength(0);
      TmxSync.run(s, tmxDir, new PrintWriter(err));
      assertThat(err.toString()).contains("unchanged");
      assertThat(s.memory().size()).isEqualTo(3);
    }
  }

  @Test
  void theOpenSearchBenchmarkSaysTheNodeIsNotBuiltBeforeMeasuringAnything() {
    String before = System.getProperty(org.entente.opensearch.OpenSearchNode.HOME_PROPERTY);
    System.setProperty(org.entente.opensearch.OpenSearchNode.HOME_PROPERTY, tmp.resolve("no-node").toString());
    try {
      Run bench = run("bench", "memory", "--backend", "opensearch", "--sizes", "10", "--shared", tmp.toString());
      assertThat(bench.code()).isEqualTo(1);
      assertThat(bench.err()).contains("the OpenSearch node's jars are not built in").contains("no-node")
          .doesNotContain("internal error").doesNotContain("Exception").doesNotContain("\tat ");
    } finally {
      if (before == null) System.clearProperty(org.entente.opensearch.OpenSearchNode.HOME_PROPERTY);
      else System.setProperty(org.entente.opensearch.OpenSearchNode.HOME_PROPERTY, before);
    }
  }
}
