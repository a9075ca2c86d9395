package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.eval.TermsBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente bench terms}: term recognition speed ({@link TermsBench}). */
@Command(name = "terms", mixinStandardHelpOptions = true,
    description = "Term recognition: p50/p99 on a 10,000-word draft, 100,000 concepts, memory, baseline one-regex-per-term.")
final class BenchTermsCommand implements Callable<Integer> {
  @ParentCommand BenchCommand parent;

  @Option(names = "--concepts", defaultValue = "100000", description = "Termbase size (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--words", defaultValue = "10000", description = "Draft length in words (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--runs", defaultValue = "100", description = "Timed runs per measure (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--baseline-terms", defaultValue = "200", description = "Terms in the regex baseline (default: ${DEFAULT-VALUE}).")
  int baselineTerms;

  @Option(names = "--seed", defaultValue = "20240710", description = "Seed for the generated variants (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin JsonFiguresOption figures;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return new TermsBench(parent.shared, spec.commandLine().getOut(), size, words, runs, baselineTerms, seed,
        figures.json()).run();
  }
}
