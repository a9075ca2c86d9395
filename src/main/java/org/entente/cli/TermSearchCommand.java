package org.entente.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.api.Json;
import org.entente.client.Term;
import org.entente.client.TermSearch;
import org.entente.terminology.SearchMode;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente term-search QUERY}: exact, prefix and typo-tolerant lookup of terms in either language; asked of the
 * running service when it holds the data folder.
 */
@Command(name = "term-search", mixinStandardHelpOptions = true,
    description = "Look a term up in the termbase: exact, then prefix (autocomplete), then typo-tolerant.")
final class TermSearchCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--lang", description = "Search only this language (fr or en); default both.")
  String lang;

  @Option(names = "--mode", defaultValue = "auto", description = "auto, exact, prefix or fuzzy (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(names = "--max", defaultValue = "10", description = "At most this many concepts (default: ${DEFAULT-VALUE}).")
  int max;

  @Option(names = "--json", description = "Print the matches as JSON.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The term or its beginning.")
  List<String> query;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Language language = lang == null ? null : Language.parse(lang, "--lang");
    SearchMode m;
    try {
      m = SearchMode.valueOf(mode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException("unknown mode '" + mode + "'", "--mode", "use auto, exact, prefix or fuzzy");
    }
    String q = String.join(" ", query);
    if (q.isBlank()) throw new BadInputException("the query is empty", "QUERY", "give a term or its beginning");
    TermSearch search = new TermSearch(q, language == null ? null : language.code(), m.name().toLowerCase(Locale.ROOT),
        Math.max(1, max));
    List<TermSearch.Hit> found;
    try (DataReads reads = DataReads.open(data.path(), "entente term-search")) {
      found = reads.searchTerms(search);
    }
    var out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(found));
    } else {
      for (TermSearch.Hit cm : found) {
        out.println(cm.conceptId() + "  " + cm.term().text() + " (" + cm.term().language() + ", "
            + cm.term().status() + ")  " + cm.how() + String.format(Locale.ROOT, " %.2f", cm.score()));
        for (Term t : cm.concept().terms()) {
          out.println("    " + t.language() + "  " + t.text() + "  " + t.status() + ", " + t.type());
        }
      }
      if (found.isEmpty()) out.println("(nothing found)");
    }
    out.flush();
    return 0;
  }
}
