package org.entente.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.Services;
import org.entente.api.Json;
import org.entente.api.TermViews;
import org.entente.terminology.ConceptMatch;
import org.entente.terminology.SearchMode;
import org.entente.terminology.Term;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente term-search QUERY}: exact, prefix and typo-tolerant lookup of terms in either language. */
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
    List<ConceptMatch> found;
    try (Services services = Services.open(data.path(), "entente term-search")) {
      found = services.terms().search(String.join(" ", query), language, m, Math.max(1, max));
    }
    var out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(found.stream().map(TermViews::match).toList()));
    } else {
      for (ConceptMatch cm : found) {
        out.println(cm.concept().id() + "  " + cm.term().text() + " (" + cm.term().language().code() + ", "
            + cm.term().status().code() + ")  " + cm.how().code() + String.format(Locale.ROOT, " %.2f", cm.score()));
        for (Term t : cm.concept().terms()) {
          out.println("    " + t.language().code() + "  " + t.text() + "  " + t.status().code() + ", " + t.type().tbx());
        }
      }
      if (found.isEmpty()) out.println("(nothing found)");
    }
    out.flush();
    return 0;
  }
}
