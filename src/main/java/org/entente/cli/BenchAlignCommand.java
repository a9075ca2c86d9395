package org.entente.cli;

import org.entente.eval.AlignBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code entente bench align}: aligner speed and memory ({@link AlignBench}). */
@Command(name = "align", mixinStandardHelpOptions = true,
    description = "Benchmark sentence alignment on generated 1,000- and 10,000-sentence pairs (../shared/data/"
        + "parallel/hansard36, fixed seed): median and p99 time, sentences/s, peak heap, strict and lax F1, Entente "
        + "against Gale-Church.")
final class BenchAlignCommand implements Runnable {
  @ParentCommand BenchCommand parent;

  @Option(names = "--sizes", split = ",", defaultValue = "1000,10000", description = "Source pairs per document.")
  int[] sizes;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the edits (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--runs", defaultValue = "0",
      description = "Timed runs per size and method (default: 15 for 1,000, 3 for 10,000).")
  int runs;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
  @picocli.CommandLine.Mixin ProgressOption progress;

  @Override
  public void run() {
    new AlignBench(parent.shared, spec.commandLine().getOut(), sizes, seed, runs, progress).run();
  }
}
