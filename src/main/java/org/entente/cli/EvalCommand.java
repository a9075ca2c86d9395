package org.entente.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente eval}: accuracy evaluations against the gold data in {@code ../shared}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score Entente against gold data in ../shared (each set is skipped with a message when absent).",
    subcommands = {
        SegmentEvalCommand.class,
        EvalAlignCommand.class,
        EvalCheckCommand.class,
        EvalTermsCommand.class,
        EvalExtractCommand.class,
    })
final class EvalCommand implements Runnable {
  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "The shared evaluation folder (default: ${DEFAULT-VALUE}).")
  Path shared;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
