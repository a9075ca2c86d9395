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
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("recall", s.recall());
        f.put("precision", s.precision());
        f.put("outermostPrecision", s.outerPrecision());
        f.put("gold", s.gold());
        f.put("found", s.found());
        f.put("hits", s.hits());
        f.put("correctHits", s.correctHits());
        figures.put(lang.code(), f);
      } else {
        out.println(RecognitionEval.format(s));
        if (verbose) {
          s.misses().forEach(m -> out.println("  miss   " + m));
          s.falseHits().forEach(m -> out.println("  extra  " + m));
        }
      }
    }
    Path glossary = Path.of("glossaries/nato.tbx");
    if (Files.isRegularFile(glossary)) {
      var file = org.entente.terminology.TermImport.read(Files.readAllBytes(glossary), "nato.tbx", null);
      var glossaryConcepts = org.entente.terminology.TermImport.concepts(file, "nato");
      Map<String, org.entente.terminology.Concept> byId = new LinkedHashMap<>();
      glossaryConcepts.forEach(c -> byId.put(c.id(), c));
      TermRecognizer g = TermRecognizer.of(glossaryConcepts);
      Map<String, Object> cov = new LinkedHashMap<>();
      for (Language lang : Language.values()) {
        RecognitionEval.Score s = RecognitionEval.coverage(corpus, g, byId, lang);
        cov.put(lang.code(), s.recall());
        if (!json) {
          out.printf(java.util.Locale.ROOT, "with glossaries/nato.tbx (%d concepts) instead: %s terms.tsv coverage %.3f (%d/%d)%n",
              glossaryConcepts.size(), lang.code(), s.recall(), s.found(), s.gold());
          if (verbose) s.misses().forEach(m -> out.println("  not covered  " + m));
        }
      }
      figures.put("glossaryCoverage", cov);
    }
    if (json) out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(figures));
    else out.println("targets: recall >= 0.98, precision >= 0.95 on both sides");
    out.flush();
    return 0;
  }
}
