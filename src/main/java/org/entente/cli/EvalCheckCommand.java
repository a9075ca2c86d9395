package org.entente.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.eval.AlarmJudgments;
import org.entente.eval.CheckAccuracy;
import org.entente.eval.FalseAlarmEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code entente eval check}: the checks on the NATO corpus, clean and with seeded injected errors, and their false
 * alarms ({@link CheckAccuracy}).
 */
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

  @Option(names = "--parts", split = ",", defaultValue = "DEV,TEST,HELDOUT,UNSEEN",
      description = "False alarms: which parts to run, DEV, TEST, HELDOUT and/or UNSEEN (default: ${DEFAULT-VALUE}); tune "
          + "with DEV alone.")
  List<FalseAlarmEvaluation.Split> parts;

  @Option(names = "--list-alarms", description = "List every false alarm of the dev part (never the test part's).")
  boolean listAlarms;

  @Option(names = "--list-warnings", paramLabel = "CHECK", split = ",",
      description = "Also list the dev part's warnings of these checks (e.g. NUMBER_MISMATCH), never the test part's.")
  List<String> listWarnings = List.of();

  @Option(names = "--judgments", paramLabel = "FILE",
      description = "Hand judgments of the false alarms (difference, defect or checker fault; default: ${DEFAULT-VALUE}).")
  Path judgments = AlarmJudgments.FILE;

  @Option(names = "--judge-out", paramLabel = "FILE",
      description = "Write the errors to judge: every dev error and a seeded sample of test errors (--judge-sample).")
  Path judgeOut;

  @Option(names = "--judge-sample", paramLabel = "N", defaultValue = "40",
      description = "How many test errors --judge-out writes (default: ${DEFAULT-VALUE}); read them, never tune on them.")
  int judgeSample;

  @Option(names = "--judge-held-out",
      description = "--judge-out also writes every held-out and unseen error: do it once, after their last measurement.")
  boolean judgeHeldOut;

  @Override
  public Integer call() throws Exception {
    return new CheckAccuracy(parent.shared, new PrintWriter(System.out, true, StandardCharsets.UTF_8), glossaries,
        seed, perKind, pairs, listAlarms, parts, listWarnings,
        new CheckAccuracy.Judging(judgments, judgeOut, judgeSample, judgeHeldOut)).run();
  }
}
