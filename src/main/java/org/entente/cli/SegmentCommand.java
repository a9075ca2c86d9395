package org.entente.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.entente.api.Json;
import org.entente.segment.ModelAndRulesSegmenter;
import org.entente.segment.Sentence;
import org.entente.segment.WrapMode;
import org.entente.text.LanguageCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente segment}: splits a French or English text into sentences, one a line or as JSON spans. */
@Command(name = "segment", mixinStandardHelpOptions = true,
    description = {"Split a French or English text into sentences: one segment a line, or JSON spans with --json.",
        "A blank line always ends a paragraph; headings, bylines and one-line web noise stay separate segments.",
        "Reads FILE, or standard input when FILE is absent. The input must be UTF-8: binary data or invalid bytes "
            + "stop with the file, line, column and byte offset of the first bad byte."},
    footer = {"", "Examples:", "  ./entente segment --lang fr article.txt",
        "  pdftotext report.pdf - | ./entente segment --lang en --wrap joined --json"})
final class SegmentCommand implements Callable<Integer> {
  private static final Pattern LINE_BREAKS = Pattern.compile("\\R");

  @Option(names = "--lang", required = true, paramLabel = "LANG",
      description = "Language of the text: fr or en (fr-FR, en_GB ... accepted).")
  String lang;

  @Option(names = "--json", description = "Print {\"lang\",\"wrap\",\"segments\":[{\"text\",\"start\",\"end\","
      + "\"paragraph\"}]}; offsets are UTF-16 indices into the text as read.")
  boolean json;

  @Option(names = "--wrap", paramLabel = "MODE", defaultValue = "auto",
      description = {"How single line breaks are read (default: ${DEFAULT-VALUE}):",
          "  auto    detect text hard-wrapped at a fixed width (PDF extraction) and join it back; elsewhere a "
              + "line break ends a paragraph unless the line ends with a comma, a semicolon or a word like "
              + "'de'/'the', or the next line starts in lower case",
          "  joined  every single line break is a space; only blank lines end paragraphs",
          "  lines   every line is a paragraph"})
  String wrap;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The text file (UTF-8); standard input when absent.")
  Path file;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Standard input; tests give their own. */
  java.io.InputStream stdin = System.in;

  @Override
  public Integer call() {
    LanguageCode language = LanguageCode.parse(lang, "--lang");
    WrapMode mode = WrapMode.parse(wrap, "--wrap");
    String text = TextInput.read(file, stdin);
    List<Sentence> sentences = new ModelAndRulesSegmenter(mode).segment(text, language.language());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      writeJson(out, language, mode, sentences);
    } else {
      for (Sentence s : sentences) out.println(LINE_BREAKS.matcher(s.text()).replaceAll(" "));
    }
    out.flush();
    return 0;
  }

  private static void writeJson(PrintWriter out, LanguageCode language, WrapMode mode, List<Sentence> sentences) {
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(new NonClosing(out))) {
      g.writeStartObject();
      g.writeStringField("lang", language.tag());
      g.writeStringField("wrap", mode.toString());
      g.writeArrayFieldStart("segments");
      for (Sentence s : sentences) {
        g.writeStartObject();
        g.writeStringField("text", s.text());
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeNumberField("paragraph", s.paragraph());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  /** Streams JSON to the command's writer without closing it. */
  private static final class NonClosing extends java.io.Writer {
    private final PrintWriter out;

    NonClosing(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
      out.write(cbuf, off, len);
    }

    @Override
    public void flush() {
      out.flush();
    }

    @Override
    public void close() {
      out.flush();
    }
  }
}
