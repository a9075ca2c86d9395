package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.eval.TermBaseRebuildBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code entente bench termbase}: recogniser rebuilds on the embedded and OpenSearch stores ({@link TermBaseRebuildBench}). */
@Command(name = "termbase", mixinStandardHelpOptions = true,
    description = "Benchmark a recogniser rebuild on the embedded store and on OpenSearch (a local node started for the "
        + "run unless --opensearch is given), for the shipped glossary and the 100,000-concept termbase of bench terms: "
        + "medians and p99 against the recogniser built alone; and how long a concept written through one instance "
        + "takes to be recognised by another.")
final class BenchTermbaseCommand implements Callable<Integer> {
  @ParentCommand BenchCommand parent;

  @Option(names = "--size", defaultValue = "100000", description = "Concepts of the large termbase (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--runs", defaultValue = "5", description = "Rebuilds per store and termbase (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--writes", defaultValue = "20",
      description = "Concepts written through one instance and awaited on another (default: ${DEFAULT-VALUE}).")
  int writes;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated concepts (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--opensearch", paramLabel = "URL[,URL...]",
      description = "The cluster to use (default: a local node started for the run).")
  String openSearch;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return new TermBaseRebuildBench(parent.shared, spec.commandLine().getOut(), size, runs, writes, seed, openSearch).run();
  }
}
