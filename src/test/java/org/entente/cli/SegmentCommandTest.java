package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.api.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SegmentCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(byte[] stdin, String... args) {
    CommandLine cl = EntenteCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    if (stdin != null) {
      cl.getSubcommands().get("segment").<SegmentCommand>getCommand().stdin = new ByteArrayInputStream(stdin);
    }
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void printsOneSegmentPerLineFromAFile() throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "M. Stoltenberg est arrivé. Il a parlé.\n\nPublicité\n", StandardCharsets.UTF_8);
    Run r = run(null, "segment", "--lang", "fr", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).containsExactly("M. Stoltenberg est arrivé.", "Il a parlé.", "Publicité");
  }

  @Test
  void readsStandardInputAndPrintsJsonSpans() throws Exception {
    byte[] in = "Hello there. General view\nof the meeting".getBytes(StandardCharsets.UTF_8);
    Run r = run(in, "segment", "--lang", "en-GB", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode body = Json.MAPPER.readTree(r.out());
    assertThat(body.get("lang").asText()).isEqualTo("en-GB");
    assertThat(body.get("wrap").asText()).isEqualTo("auto");
    JsonNode segs = body.get("segments");
    assertThat(segs).hasSize(2);
    assertThat(segs.get(1).get("text").asText()).isEqualTo("General view\nof the meeting");
    assertThat(segs.get(1).get("start").asInt()).isEqualTo(13);
    assertThat(segs.get(1).get("end").asInt()).isEqualTo(in.length);
  }

  @Test
  void wrapLinesKeepsEveryLineApart() {
    byte[] in = "General view\nof the meeting".getBytes(StandardCharsets.UTF_8);
    assertThat(run(in, "segment", "--lang", "en", "--wrap", "lines").out().lines())
        .containsExactly("General view", "of the meeting");
    assertThat(run(in, "segment", "--lang", "en", "--wrap", "sideways").err()).contains("--wrap", "auto, joined or lines");
  }

  @Test
  void emptyInputGivesNoSegments() {
    Run r = run(new byte[0], "segment", "--lang", "fr", "--json");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).isEqualTo("{\"lang\":\"fr\",\"wrap\":\"auto\",\"segments\":[]}");
  }

  @Test
  void invalidUtf8IsRefusedWithFileLineColumnAndByteOffset() throws Exception {
    Path f = dir.resolve("latin1.txt");
    Files.write(f, new byte[] {'O', 'k', '.', '\n', 'D', (byte) 0xE9, 'f', 'e', 'n', 's', 'e'});
    Run r = run(null, "segment", "--lang", "fr", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("latin1.txt:2:2", "not valid UTF-8", "byte 0xE9 at byte offset 5", "iconv")
        .doesNotContain("Exception");
  }

  @Test
  void binaryInputIsRefused() {
    Run r = run(new byte[] {'P', 'K', 3, 4, 0, 0}, "segment", "--lang", "fr");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("<stdin>:1:5", "binary data", "NUL byte at byte offset 4");
  }

  @Test
  void unknownLanguageIsAClearError() {
    Run r = run("Hallo.".getBytes(StandardCharsets.UTF_8), "segment", "--lang", "de");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--lang", "unsupported language code 'de'", "use fr or en");
  }
}
