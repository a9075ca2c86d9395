package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.Services;
import org.entente.api.Json;
import org.entente.api.MemoryJson;
import org.entente.memory.ConcordanceHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente concordance TEXT}: units containing a word or phrase, in either language, hits highlighted. */
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
    List<ConcordanceHit> hits;
    try (Services services = Services.open(data.path(), "the entente concordance command")) {
      hits = services.memory().concordance(text, MemoryJson.languageOrAuto(lang, "--lang"), Math.max(1, max));
    }
    if (json) {
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
          hits.stream().map(MemoryJson::hit).toList()));
    } else if (hits.isEmpty()) {
      out.println("not found");
    } else {
      for (ConcordanceHit h : hits) {
        out.println(h.language().code() + ": " + h.highlighted("[", "]"));
        out.println("    " + h.translation());
      }
    }
    out.flush();
    return 0;
  }
}
