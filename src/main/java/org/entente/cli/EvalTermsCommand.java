package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.eval.TermsEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente eval terms}: term recognition in and out of sample ({@link TermsEvaluation}). */
@Command(name = "terms", mixinStandardHelpOptions = true,
    description = {"Term recognition, dev and test reported apart.",
        "In sample: ../shared/corpus/nato with ALL_TERMS.tsv (the gold list itself) as the termbase, and the coverage "
            + "of glossaries/nato.tbx (built from the same documents).",
        "Out of sample: the FranceTerme termbase on the UN dev set: recall of verbatim occurrences, precision on a "
            + "hand-labelled sample (--labels)."})
final class EvalTermsCommand implements Callable<Integer> {
  @ParentCommand EvalCommand parent;

  @Mixin JsonFiguresOption figures;

  @Option(names = "--verbose", description = "List the misses and the false hits.")
  boolean verbose;

  @Option(names = "--labels", paramLabel = "FILE", description = "Hand labels of the out-of-sample hits (default: ${DEFAULT-VALUE}).")
  Path labels = TermsEvaluation.LABELS;

  @Option(names = "--sample-out", paramLabel = "FILE",
      description = "Write the seeded sample of out-of-sample hits (with their labels when known) for labelling.")
  Path sampleOut;

  @Option(names = "--sample-size", paramLabel = "N", defaultValue = "25",
      description = "Hits sampled per split and language (default: ${DEFAULT-VALUE}).")
  int sampleSize;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return new TermsEvaluation(parent.shared, spec.commandLine().getOut(), figures.json(), verbose, labels, sampleOut,
        sampleSize).run();
  }
}
