package org.entente.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.Services;
import org.entente.align.AlignerSettings;
import org.entente.align.EntenteAligner;
import org.entente.check.AlignerPairing;
import org.entente.eval.CheckEvaluation;
import org.entente.eval.FalseAlarmEvaluation;
import org.entente.terminology.GlossarySync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code entente eval check}: the checks on the NATO corpus, clean and with seeded injected errors. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check the five NATO English texts against their French sources (every finding printed), then drafts",
        "with injected errors (deprecated or wrong term renderings, changed numbers, dropped acronym expansions) from a",
        "seeded generator, and print the share found (dev, in-sample). Then the false alarms (error findings) per",
        "1,000 pairs on professional translations (WMT newstest, UN devset), dev and test parts apart.",
        "Uses a fresh termbase loaded from glossaries/."})
final class EvalCheckCommand implements Callable<Integer> {
  @ParentCommand EvalCommand parent;

  @Option(names = "--glossaries", paramLabel = "DIR", defaultValue = "glossaries",
      description = "The glossaries to load into a temporary termbase (default: ${DEFAULT-VALUE}).")
  Path glossaries;

  @Option(names = "--seed", defaultValue = "20240612", description = "Seed of the error generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--per-kind", defaultValue = "6", description = "At most this many injected errors of each kind per text.")
  int perKind;

  @Option(names = "--pairs", defaultValue = "0",
      description = "False alarms: at most this many pairs per source file (default 0: all).")
  int pairs;

  @Option(names = "--list-alarms", description = "List every false alarm of the dev part (never the test part's).")
  boolean listAlarms;

  @Override
  public Integer call() throws IOException {
    Path corpus = parent.shared.resolve("corpus/nato");
    var out = new java.io.PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    Path tmp = Files.createTempDirectory("entente-eval-check");
    try (Services services = Services.open(tmp, "entente eval check")) {
      GlossarySync.run(glossaries, services.terms());
      if (Files.isDirectory(corpus)) {
        out.println("[dev, in-sample: the glossary and the checks were built on these texts]");
        CheckEvaluation eval = new CheckEvaluation(services.checker(), services.termBase(), services.segmenter(),
            new AlignerPairing(new EntenteAligner(AlignerSettings.DEFAULTS, services.termBase(), null)), perKind);
        CheckEvaluation.print(eval.run(corpus, seed), out);
      } else {
        out.println("eval check: " + corpus + " is absent; skipping the NATO corpus");
      }
      out.println();
      List<FalseAlarmEvaluation.Source> sources = FalseAlarmEvaluation.sources(parent.shared);
      if (sources.isEmpty()) {
        out.println("eval check: no WMT or UN pairs under " + parent.shared.resolve("data/parallel") + "; skipping false alarms");
      } else {
        var tallies = FalseAlarmEvaluation.both(new FalseAlarmEvaluation(services.checker()), sources, pairs);
        FalseAlarmEvaluation.print(tallies, out, listAlarms);
      }
      return 0;
    } finally {
      delete(tmp);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
