package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.api.Json;
import org.entente.api.MemoryJson;
import org.entente.client.Concordance;
import org.entente.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente concordance TEXT}: units containing a word or phrase, in either language, hits highlighted; asked of
 * the running service when it holds the data folder.
 */
@Command(name = "concordance", mixinStandardHelpOptions = true,
    description = "Find a word or phrase in the translation memory, in French, English or both; hits in [brackets].")
final class ConcordanceCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--lang", paramLabel = "fr|en", description = "Search only this side (default: both).")
  String lang;

  @Option(names = "--max", defaultValue = "20", description = "Most hits (default: ${DEFAULT-VALUE}).")
  int max;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Parameters(paramLabel = "TEXT", description = "The word or phrase.")
  String text;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (text.isBlank()) throw new org.entente.text.BadInputException("the text to find is empty", "TEXT", "");
    Language language = MemoryJson.languageOrAuto(lang, "--lang");
    Concordance query = new Concordance(text, language == null ? null : language.code(), Math.max(1, max), List.of());
    List<Concordance.Hit> hits;
    try (DataReads reads = DataReads.open(data.path(), "the entente concordance command")) {
      hits = reads.concordance(query);
    }
    if (json) {
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(hits));
    } else if (hits.isEmpty()) {
      out.println("not found");
    } else {
      for (Concordance.Hit h : hits) {
        out.println(h.language() + ": " + highlighted(h, "[", "]"));
        out.println("    " + h.translation());
      }
    }
    out.flush();
    return 0;
  }

  /** The hit's text with its hits between {@code open} and {@code close}: "réunion à [Bruxelles]". */
  static String highlighted(Concordance.Hit h, String open, String close) {
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (Concordance.Span s : h.hits()) {
      if (s.start() < at || s.end() > h.text().length()) continue;
      b.append(h.text(), at, s.start()).append(open).append(h.text(), s.start(), s.end()).append(close);
      at = s.end();
    }
    return b.append(h.text().substring(at)).toString();
  }
}
