package org.entente.cli;

import org.entente.eval.SoakBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente bench soak}: term recognition fed a million distinct words, the heap watched ({@link SoakBench}). */
@Command(name = "soak", mixinStandardHelpOptions = true,
    description = "Recognise terms in texts of N distinct invented words (default 1,000,000, fixed seed) and print "
        + "the heap after a full GC at every tenth: flat means the caches are bounded.")
final class BenchSoakCommand implements Runnable {
  @Option(names = "--words", defaultValue = "1000000", description = "Distinct words fed (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the invented words (default: ${DEFAULT-VALUE}).")
  long seed;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    new SoakBench(spec.commandLine().getOut(), words, seed).run();
  }
}
