package org.entente.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.eval.ServiceBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code entente bench service}: the service over HTTP ({@link ServiceBench}). */
@Command(name = "service", mixinStandardHelpOptions = true,
    description = {"Benchmark the REST service over HTTP on port 0: /api/v1/suggest (p50, p99, throughput with",
        "--clients concurrent clients) against a memory of --units units and the NATO termbase, and /v2/check on a",
        "10,000-word draft; in-process baselines (memory lookup, suggester, checker) run on the same data."})
final class BenchServiceCommand implements Callable<Integer> {
  @ParentCommand BenchCommand parent;

  @Option(names = "--units", defaultValue = "200000", description = "Memory size in units (default: ${DEFAULT-VALUE}).")
  int units;

  @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--requests", defaultValue = "4000", description = "Timed suggest requests (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--words", defaultValue = "10000", description = "Words in the checked draft (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--seed", defaultValue = "7", description = "Seed of the memory generator and queries (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--glossaries", paramLabel = "DIR", defaultValue = "glossaries", description = "Glossaries to load.")
  Path glossaries;

  @picocli.CommandLine.Mixin ProgressOption progress;

  @Override
  public Integer call() throws Exception {
    return new ServiceBench(parent.shared, new PrintWriter(System.out, true, StandardCharsets.UTF_8), units, clients,
        requests, words, seed, glossaries, progress).run();
  }
}
