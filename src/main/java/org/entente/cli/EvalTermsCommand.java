package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.api.Json;
import org.entente.terminology.RecognitionEval;
import org.entente.terminology.TermRecognizer;
import org.entente.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente eval terms}: term recognition recall and precision on the NATO corpus. */
@Command(name = "terms", mixinStandardHelpOptions = true,
    description = {"Term recognition on ../shared/corpus/nato with ALL_TERMS.tsv loaded (one concept per line):",
        "recall of each document's terms.tsv (nested hits count) and precision of the hits, per language."})
final class EvalTermsCommand implements Callable<Integer> {
  @ParentCommand EvalCommand parent;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Option(names = "--verbose", description = "List the misses and the false hits.")
  boolean verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    Path corpus = parent.shared.resolve("corpus/nato");
    if (!Files.isRegularFile(corpus.resolve("ALL_TERMS.tsv"))) {
      out.println("eval terms: " + corpus + "/ALL_TERMS.tsv is absent; skipping");
      return 0;
    }
    var concepts = RecognitionEval.concepts(corpus.resolve("ALL_TERMS.tsv"));
    TermRecognizer recognizer = TermRecognizer.of(concepts);
    List<Path> docs = RecognitionEval.documents(corpus);
    Map<String, Object> figures = new LinkedHashMap<>();
    if (!json) out.println("NATO corpus: " + docs.size() + " documents, " + concepts.size() + " concepts (ALL_TERMS.tsv)");
    for (Language lang : Language.values()) {
      RecognitionEval.Score s = RecognitionEval.score(corpus, recognizer, lang);
      if (json) {
        figures.put(lang.code(), Map.of("recall", s.recall(), "precision", s.precision(),
            "outermostPrecision", s.outerPrecision(), "gold", s.gold(), "found", s.found(), "hits", s.hits(),
            "correctHits", s.correctHits()));
      } else {
        out.println(RecognitionEval.format(s));
        if (verbose) {
          s.misses().forEach(m -> out.println("  miss   " + m));
          s.falseHits().forEach(m -> out.println("  extra  " + m));
        }
      }
    }
    if (json) out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(figures));
    else out.println("targets: recall >= 0.98, precision >= 0.95 on both sides");
    out.flush();
    return 0;
  }
}
