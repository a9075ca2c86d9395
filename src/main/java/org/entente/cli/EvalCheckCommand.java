package org.entente.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.Services;
import org.entente.align.AlignerSettings;
import org.entente.align.EntenteAligner;
import org.entente.check.AlignerPairing;
import org.entente.terminology.GlossarySync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code entente eval check}: the checks on the NATO corpus, clean and with seeded injected errors. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check the five NATO English texts against their French sources (every finding printed), then drafts",
        "with injected errors (deprecated or wrong term renderings, changed numbers, dropped acronym expansions) from a",
        "seeded generator, and print the share found. Uses a fresh termbase loaded from glossaries/."})
final class EvalCheckCommand implements Callable<Integer> {
  @ParentCommand EvalCommand parent;

  @Option(names = "--glossaries", paramLabel = "DIR", defaultValue = "glossaries",
      description = "The glossaries to load into a temporary termbase (default: ${DEFAULT-VALUE}).")
  Path glossaries;

  @Option(names = "--seed", defaultValue = "20240612", description = "Seed of the error generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--per-kind", defaultValue = "6", description = "At most this many injected errors of each kind per text.")
  int perKind;

  @Override
  public Integer call() throws IOException {
    Path corpus = parent.shared.resolve("corpus/nato");
    if (!Files.isDirectory(corpus)) {
      System.out.println("eval check: " + corpus + " is absent; skipping");
      return 0;
    }
    Path tmp = Files.createTempDirectory("entente-eval-check");
    try (Services services = Services.open(tmp, "entente eval check")) {
      GlossarySync.run(glossaries, services.terms());
      CheckEvaluation eval = new CheckEvaluation(services.checker(), services.termBase(), services.segmenter(),
          new AlignerPairing(new EntenteAligner(AlignerSettings.DEFAULTS, services.termBase(), null)), perKind);
      CheckEvaluation.Result r = eval.run(corpus, seed);
      var out = new java.io.PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
      CheckEvaluation.print(r, out);
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
