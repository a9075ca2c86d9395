package org.entente.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente bench}: benchmarks on stated data sizes, with medians, p99 and baseline ratios. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks on data built from ../shared/data, with medians, p99 and ratios against a baseline.",
    subcommands = {
        BenchTermsCommand.class,
        BenchServiceCommand.class,
        MemoryBenchCommand.class,
        BenchAlignCommand.class,
        BenchSoakCommand.class,
        BenchExtractCommand.class,
        BenchTermbaseCommand.class,
    })
final class BenchCommand implements Runnable {
  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path shared;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
