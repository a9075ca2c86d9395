package org.entente.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.entente.Services;
import org.entente.align.AlignerSettings;
import org.entente.align.EntenteAligner;
import org.entente.check.AlignerPairing;
import org.entente.terminology.GlossarySync;

/**
 * The accuracy of the checks ({@code entente eval check}): the NATO texts checked against their French sources, then
 * with seeded injected errors (the share found, {@link CheckEvaluation}), then the false alarms per 1,000 pairs of
 * professional translations ({@link FalseAlarmEvaluation}), with a fresh termbase loaded from the glossaries.
 */
public final class CheckAccuracy {
  private final Path shared;
  private final PrintWriter out;
  private final Path glossaries;
  private final long seed;
  private final int perKind;
  private final int pairs;
  private final boolean listAlarms;
  private final List<FalseAlarmEvaluation.Split> parts;
  private final List<String> listWarnings;
  private final Judging judging;

  /**
   * The hand judgments of the false alarms ({@link AlarmJudgments}): where they are read, and where to write the
   * errors to judge (null: nowhere), with how many of the test part's.
   */
  public record Judging(Path file, Path out, int testSample, boolean heldOut) {}

  /** Reads the gold data under {@code shared} and prints to {@code out}. */
  public CheckAccuracy(Path shared, PrintWriter out, Path glossaries, long seed, int perKind, int pairs,
      boolean listAlarms, List<FalseAlarmEvaluation.Split> parts, List<String> listWarnings, Judging judging) {
    this.judging = judging;
    // parts: the false-alarm parts to run (while tuning, the dev part alone)
    this.parts = List.copyOf(parts);
    // listWarnings: check ids whose dev warnings are listed too (the judgment calls that made errors warnings)
    this.listWarnings = List.copyOf(listWarnings);
    this.shared = shared;
    this.out = out;
    this.glossaries = glossaries;
    this.seed = seed;
    this.perKind = perKind;
    this.pairs = pairs;
    this.listAlarms = listAlarms;
  }

  /** Runs the evaluation; returns the exit status. */
  public int run() throws IOException {
    Path corpus = shared.resolve("corpus/nato");
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
      List<FalseAlarmEvaluation.Source> sources = FalseAlarmEvaluation.sources(shared);
      if (sources.isEmpty()) {
        out.println("eval check: no WMT or UN pairs under " + shared.resolve("data/parallel") + "; skipping false alarms");
      } else {
        var tallies = FalseAlarmEvaluation.parts(new FalseAlarmEvaluation(services.checker()), sources, pairs, parts);
        AlarmJudgments judgments = AlarmJudgments.read(judging.file());
        FalseAlarmEvaluation.print(tallies, out, listAlarms, listWarnings, judgments);
        if (judging.out() != null) {
          Files.write(judging.out(), judgments.toJudge(tallies, judging.testSample(), judging.heldOut()), StandardCharsets.UTF_8);
          out.println("eval check: errors to judge written to " + judging.out());
        }
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
