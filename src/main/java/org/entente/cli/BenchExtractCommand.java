package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.eval.ExtractionBench;
import org.entente.extract.ExtractionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code entente bench extract}: term extraction on memories of 10k, 100k and 1M units ({@link ExtractionBench}). */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Benchmark term extraction on memories of the given sizes built from ../shared/data/parallel (fixed seed):",
        "median time, units/s, tagging tokens/s, peak heap; the sequential baseline in the same run on the small sizes."})
final class BenchExtractCommand implements Callable<Integer> {
  @ParentCommand BenchCommand parent;

  @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000", description = "Memory sizes (default: ${DEFAULT-VALUE}).")
  int[] sizes;

  @Option(names = "--baseline-max", defaultValue = "10000",
      description = "Run the sequential baseline on sizes up to this (default: ${DEFAULT-VALUE}; it tags about 6,000 tokens/s).")
  int baselineMax;

  @Option(names = "--runs", defaultValue = "3", description = "Timed runs per size up to 10,000 units; larger sizes run once (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the near-duplicate generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", defaultValue = "0", description = "Threads (default: the number of cores).")
  int threads;

  @Option(names = "--tagged-units", defaultValue = "" + ExtractionOptions.DEFAULT_TAGGED_UNITS,
      description = "Units tagged to find candidates; later ones are counted (default: ${DEFAULT-VALUE}).")
  int taggedUnits;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var settings = new ExtractionBench.Settings(sizes, baselineMax, runs, seed, threads, taggedUnits);
    return new ExtractionBench(settings, spec.commandLine().getOut(), spec.commandLine().getErr()).run(parent.shared);
  }
}
