package org.entente.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.api.Json;
import org.entente.client.Term;
import org.entente.client.TermHit;
import org.entente.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente terms --lang fr TEXT|FILE}: the termbase's terms found in a text, with offsets and equivalents; asked
 * of the running service when it holds the data folder.
 */
@Command(name = "terms", mixinStandardHelpOptions = true,
    description = {"Recognise termbase terms in a text (an argument, a file, or standard input).",
        "Every occurrence with offsets, status and the equivalents in the other language; nested ones marked."})
final class TermsCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--lang", required = true, description = "The text's language: fr or en.")
  String lang;

  @Option(names = "--json", description = "Print the hits as JSON.")
  boolean json;

  @Parameters(arity = "0..1", paramLabel = "FILE|TEXT", description = "A file to read, or the text itself (default: standard input).")
  String input;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Language language = Language.parse(lang, "--lang");
    String text = text();
    List<TermHit> hits;
    try (DataReads reads = DataReads.open(data.path(), "entente terms")) {
      hits = reads.recognise(text, language.code());
    }
    var out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(hits));
    } else {
      for (TermHit h : hits) {
        String eq = String.join(" | ", h.equivalents().stream().map(TermsCommand::label).toList());
        out.println(h.start() + "-" + h.end() + "  " + h.text() + "  [" + h.conceptId() + ", " + h.status()
            + (h.nested() ? ", nested" : "") + "]  → " + (eq.isEmpty() ? "(no equivalent)" : eq));
      }
      if (hits.isEmpty()) out.println("(no term found)");
    }
    out.flush();
    return 0;
  }

  private static String label(Term t) {
    return t.text() + (t.status().equals("preferred") ? "" : " (" + t.status() + ")");
  }

  private String text() throws IOException {
    if (input == null) return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    Path p = Path.of(input.length() < 1000 && !input.contains("\n") ? input : ".");
    if (input.length() < 1000 && !input.contains("\n") && Files.isRegularFile(p)) return Files.readString(p, StandardCharsets.UTF_8);
    return input;
  }
}
