package org.entente.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.eval.MemoryBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code entente bench memory}: the translation memory at 100k and 1M units against Okapi Pensieve ({@link
 * MemoryBench}).
 */
@Command(name = "memory", mixinStandardHelpOptions = true,
    description = {"Benchmark the translation memory at 100k and 1M units (import, size, exact/fuzzy p50/p99,",
        "8-client throughput, recall) against Okapi Pensieve on the same data (build bench/pensieve first)."})
final class MemoryBenchCommand implements Callable<Integer> {
  @ParentCommand BenchCommand parent;

  @Option(names = "--sizes", split = ",", defaultValue = "100000,1000000", description = "Memory sizes (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--queries", defaultValue = "1000", description = "Queries per kind (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--recall-queries", defaultValue = "100", description = "Queries checked against exhaustive scoring (default: ${DEFAULT-VALUE}).")
  int recallQueries;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the near-duplicate and query generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--pensieve", paramLabel = "JAR", defaultValue = "bench/pensieve/target/pensieve-bench.jar",
      description = "The Pensieve baseline jar (mvn -f bench/pensieve/pom.xml package); skipped when absent.")
  Path pensieve;

  @Option(names = "--pensieve-queries", defaultValue = "1000",
      description = "Queries per kind given to Pensieve, the first of ours (default: ${DEFAULT-VALUE}); it is slow at 1M.")
  int pensieveQueries;

  @Option(names = "--work", paramLabel = "DIR", description = "Working folder (default: a temporary folder, deleted).")
  Path work;

  @Option(names = "--parts", split = ",", defaultValue = "writes,lookups",
      description = "What to measure: writes (durable writes, group commit against one commit per write), lookups "
          + "(import, exact and fuzzy lookups, recall at min 50, 70, 90, Pensieve) (default: ${DEFAULT-VALUE}).")
  List<String> parts;

  @Option(names = "--write-seconds", defaultValue = "10",
      description = "How long each write configuration runs (default: ${DEFAULT-VALUE}).")
  int writeSeconds;

  @Option(names = "--writers", defaultValue = "8", description = "Concurrent writers (default: ${DEFAULT-VALUE}).")
  int writers;

  @Option(names = "--backend", defaultValue = "embedded", paramLabel = "embedded|opensearch",
      description = "embedded: the embedded store against Pensieve; opensearch: the same data in the embedded store and "
          + "in OpenSearch, side by side (default: ${DEFAULT-VALUE}).")
  String backend;

  @Option(names = "--opensearch", paramLabel = "URL[,URL...]",
      description = "With --backend opensearch: the cluster to use (default: a local node started for the run).")
  String openSearch;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin ProgressOption progress;

  @Override
  public Integer call() throws Exception {
    if (backend.equals("opensearch")) {
      var missing = openSearch == null ? org.entente.opensearch.OpenSearchNode.missing() : java.util.Optional.<String>empty();
      if (missing.isPresent()) {
        spec.commandLine().getErr().println("entente bench memory: " + missing.get());
        return 1;
      }
      return new org.entente.eval.OpenSearchMemoryBench(sizes, queries, recallQueries, seed, openSearch, writers,
          parts.contains("writes") ? writeSeconds : 0, spec.commandLine().getOut(), progress).run(parent.shared);
    }
    if (!backend.equals("embedded")) {
      throw new org.entente.text.BadInputException("unknown backend '" + backend + "'", "--backend",
          "use embedded or opensearch");
    }
    var settings = new MemoryBench.Settings(sizes, queries, recallQueries, seed, pensieve, pensieveQueries, work, parts,
        writeSeconds, writers);
    return new MemoryBench(settings, spec.commandLine().getOut(), progress).run(parent.shared);
  }
}
