package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.api.Json;
import org.entente.formats.TbxReader;
import org.entente.formats.TermFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermExtractionCommandsTest {
  @TempDir Path dir;

  @Test
  void extractTermsPrintsJsonWritesProposedTbxAndTheReportListsRenderings() throws Exception {
    String data = dir.resolve("data").toString();
    assertThat(TermCommandsTest.run("import", "--data", data, "tmx/nato.tmx", "glossaries/nato.tbx").code()).isZero();

    Path tbx = dir.resolve("proposed.tbx");
    TermCommandsTest.Run x = TermCommandsTest.run("extract-terms", "--data", data, "--max", "15", "--json", "--tbx", tbx.toString());
    assertThat(x.code()).as(x.err()).isZero();
    JsonNode cands = Json.MAPPER.readTree(x.out());
    assertThat(cands.size()).isBetween(5, 15);
    assertThat(cands.get(0).fieldNames()).toIterable().contains("fr", "en", "score", "frequency", "conceptId",
        "matchesPreferred", "contexts");
    assertThat(x.err()).contains("pass 1 of 3").contains("units");
    TermFile proposed;
    try (InputStream in = Files.newInputStream(tbx)) {
      proposed = new TbxReader().read(in, "proposed.tbx");
    }
    assertThat(proposed.entries()).hasSize(cands.size());
    assertThat(proposed.entries()).allSatisfy(e -> assertThat(e.terms()).extracting(t -> t.status()).containsOnly("proposed"));
    assertThat(proposed.entries().get(0).terms().get(0).text()).isEqualTo(cands.get(0).get("fr").asText());

    TermCommandsTest.Run report = TermCommandsTest.run("term-report", "--data", data, "--json", "--max", "5");
    assertThat(report.code()).as(report.err()).isZero();
    JsonNode concepts = Json.MAPPER.readTree(report.out());
    assertThat(concepts.size()).isEqualTo(5);
    assertThat(concepts.get(0).get("offGlossary").asInt()).isGreaterThanOrEqualTo(concepts.get(4).get("offGlossary").asInt());

    TermCommandsTest.Run text = TermCommandsTest.run("term-report", "--data", data, "--max", "3");
    assertThat(text.out()).contains(" units, ").contains("off-glossary");
  }

  @Test
  void badOptionsAreExplained() {
    TermCommandsTest.Run x = TermCommandsTest.run("extract-terms", "--data", dir.resolve("d").toString(), "--max", "0");
    assertThat(x.code()).isNotZero();
    assertThat(x.err()).contains("--max");
    TermCommandsTest.Run m = TermCommandsTest.run("extract-terms", "--data", dir.resolve("d").toString(), "--memory", "nope");
    assertThat(m.code()).isNotZero();
    assertThat(m.err()).contains("no memory named 'nope'").doesNotContain("Exception");
    TermCommandsTest.Run t = TermCommandsTest.run("extract-terms", "--data", dir.resolve("d").toString(), "--tagged-units", "0");
    assertThat(t.code()).isNotZero();
    assertThat(t.err()).contains("--tagged-units");
  }

  @Test
  void aPairRejectedInTheReviewIsNotPrintedAgain() throws Exception {
    Path data = dir.resolve("data");
    assertThat(TermCommandsTest.run("import", "--data", data.toString(), "tmx/nato.tmx").code()).isZero();
    JsonNode before = Json.MAPPER.readTree(TermCommandsTest.run("extract-terms", "--data", data.toString(), "--max", "10", "--json").out());
    String fr = before.get(0).get("fr").asText();
    String en = before.get(0).get("en").asText();
    org.entente.extract.RejectedPairs.in(data).reject(fr, en, java.time.Instant.now());
    TermCommandsTest.Run after = TermCommandsTest.run("extract-terms", "--data", data.toString(), "--max", "10", "--json");
    assertThat(after.code()).as(after.err()).isZero();
    assertThat(Json.MAPPER.readTree(after.out())).noneMatch(c -> c.get("fr").asText().equals(fr) && c.get("en").asText().equals(en));
  }
}
