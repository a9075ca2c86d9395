package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.api.Json;
import org.entente.api.MemoryJson;
import org.entente.client.Lookup;
import org.entente.client.TmMatch;
import org.entente.memory.LookupQuery;
import org.entente.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente lookup TEXT}: exact and fuzzy matches from the translation memory, best first, explained; asked of
 * the running service when it holds the data folder.
 */
@Command(name = "lookup", mixinStandardHelpOptions = true,
    description = {"Look a segment up in the translation memory: exact (100), in-context (101) and fuzzy matches.",
        "Scores: similarity of normalised word tokens minus penalties (see docs/memory.md)."})
final class LookupCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--min", defaultValue = "" + LookupQuery.DEFAULT_MIN, description = "Lowest score (0-101, default: ${DEFAULT-VALUE}).")
  int min;

  @Option(names = "--max", defaultValue = "" + LookupQuery.DEFAULT_MAX, description = "Most matches (default: ${DEFAULT-VALUE}).")
  int max;

  @Option(names = "--lang", paramLabel = "fr|en|auto", defaultValue = "auto",
      description = "Language of TEXT (default: ${DEFAULT-VALUE}, both are tried).")
  String lang;

  @Option(names = "--prev", paramLabel = "TEXT", description = "The previous source segment (for 101% matches).")
  String previous;

  @Option(names = "--next", paramLabel = "TEXT", description = "The next source segment (for 101% matches).")
  String next;

  @Option(names = "--memory", paramLabel = "NAME", description = "Only these named memories (repeatable).")
  List<String> memories;

  @Option(names = "--json", description = "Print a JSON list of {\"source\",\"target\",\"score\",\"explanation\",...}.")
  boolean json;

  @Parameters(paramLabel = "TEXT", description = "The segment to look up.")
  String text;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (min < 0 || min > 101) throw new org.entente.text.BadInputException("--min must be 0..101", "--min", "");
    if (max < 1) throw new org.entente.text.BadInputException("--max must be at least 1", "--max", "");
    if (text.isBlank()) throw new org.entente.text.BadInputException("the text to look up is empty", "TEXT", "");
    Language language = MemoryJson.languageOrAuto(lang, "--lang");
    Lookup query = new Lookup(text, language == null ? null : language.code(), previous, next, min, max, memories);
    List<TmMatch> matches;
    try (DataReads reads = DataReads.open(data.path(), "the entente lookup command")) {
      matches = reads.lookup(query);
    }
    if (json) {
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(matches));
    } else if (matches.isEmpty()) {
      out.println("no match at " + min + "% or more");
    } else {
      for (TmMatch m : matches) {
        out.println(m.score() + "%  " + m.source());
        out.println("      " + m.target());
        out.println("      (" + m.explanation().summary() + ")");
      }
    }
    out.flush();
    return 0;
  }
}
