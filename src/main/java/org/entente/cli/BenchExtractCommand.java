package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.entente.extract.AlignedUnit;
import org.entente.extract.Extraction;
import org.entente.extract.ExtractionOptions;
import org.entente.extract.TermExtractor;
import org.entente.extract.UnitSource;
import org.entente.text.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code entente bench extract}: term extraction time, throughput and peak heap on memories of stated sizes built
 * from {@code ../shared/data/parallel} as {@code bench memory} builds them (every real pair, then near-duplicates of
 * random pairs with 1–4 word edits, fixed seed), streamed to the extractor and regenerated for each pass, never
 * held. The sequential baseline (one thread, every unit tagged, no cache: extraction as first written) runs in the
 * same process on the sizes up to {@code --baseline-max}.
 */
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
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path parallel = parent.shared.resolve("data/parallel");
    if (!Files.isDirectory(parallel)) {
      throw new BadInputException(parallel + " is absent", "--shared", "give the shared folder holding data/parallel");
    }
    List<MemoryBenchCommand.Pair> pairs = MemoryBenchCommand.loadPairs(parallel);
    List<String> vocabulary = new ArrayList<>(new LinkedHashSet<>(pairs.stream()
        .flatMap(p -> Arrays.stream(p.fr().split(" "))).filter(w -> w.length() > 2).limit(200_000).toList()));
    int cores = Runtime.getRuntime().availableProcessors();
    ExtractionOptions fast = ExtractionOptions.DEFAULT.withSpeed(threads > 0 ? threads : cores, taggedUnits,
        ExtractionOptions.DEFAULT_TEXT_CACHE);
    out.printf(Locale.ROOT, "base pairs from %s: %d; -Xmx %d MB; %s%n", parallel, pairs.size(),
        Runtime.getRuntime().maxMemory() >> 20, MemoryBenchCommand.load());
    out.printf(Locale.ROOT, "ours: %d threads, first %,d units tagged, %,d texts cached a language; baseline: 1 thread, every unit tagged%n",
        fast.threads(), fast.taggedUnits(), fast.textCache());
    out.printf(Locale.ROOT, "%-10s %-9s %5s %10s %10s %10s %10s %12s %12s %10s %10s%n", "units", "method", "runs", "median s",
        "min s", "max s", "CPU s", "units/s", "tokens tagged", "peak heap", "candidates");
    out.flush();
    // warm-up: the models loaded and the code compiled before anything is timed
    for (ExtractionOptions o : List.of(fast, fast.sequential())) {
      new TermExtractor(ExtractionEvaluation.NO_TERMS).extract(memory(pairs, vocabulary, 1_000), o, line -> { });
    }
    for (int size : sizes) {
      UnitSource units = memory(pairs, vocabulary, size);
      double oursMedian = run(out, err, "ours", units, size, fast);
      if (size <= baselineMax) {
        double baseMedian = run(out, err, "baseline", units, size, ExtractionOptions.DEFAULT.sequential());
        out.printf(Locale.ROOT, "%-10s time ratio baseline / ours: %.2f%n", "", baseMedian / oursMedian);
      }
      out.flush();
    }
    out.println("peak heap: the largest heap occupancy seen during one run (after a GC before it), garbage included.");
    out.flush();
    return 0;
  }

  private double run(PrintWriter out, PrintWriter err, String method, UnitSource units, int size, ExtractionOptions options) {
    int n = size <= 10_000 ? Math.max(1, runs) : 1;
    double[] seconds = new double[n];
    double[] cpu = new double[n];
    long peak = 0;
    Extraction x = null;
    for (int r = 0; r < n; r++) {
      System.gc();
      BenchAlignCommand.resetPeaks();
      long c0 = cpuNanos();
      long t0 = System.nanoTime();
      x = new TermExtractor(ExtractionEvaluation.NO_TERMS).extract(units, options, line -> {
        err.println(method + " " + size + ": " + line);
        err.flush();
      });
      seconds[r] = (System.nanoTime() - t0) / 1e9;
      cpu[r] = (cpuNanos() - c0) / 1e9;
      peak = Math.max(peak, BenchAlignCommand.heapPeak());
    }
    Arrays.sort(seconds);
    Arrays.sort(cpu);
    double median = seconds[n / 2];
    out.printf(Locale.ROOT, "%-10d %-9s %5d %10.1f %10.1f %10.1f %10.1f %,12.0f %,12d %7d MB %10d%n", size, method, n, median,
        seconds[0], seconds[n - 1], cpu[n / 2], size / median, x.tokens(), peak >> 20, x.candidates().size());
    out.flush();
    return median;
  }

  /** CPU time of the whole process (every thread, the garbage collector's too). */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The memory of {@code size} units, regenerated identically at each pass (the seed is fixed). */
  private UnitSource memory(List<MemoryBenchCommand.Pair> pairs, List<String> vocabulary, int size) {
    return sink -> {
      Random r = new Random(seed + size);
      for (int i = 0; i < size; i++) {
        MemoryBenchCommand.Pair base = pairs.get(i < pairs.size() ? i : r.nextInt(pairs.size()));
        String fr = i < pairs.size() ? base.fr() : MemoryBenchCommand.mutate(base.fr(), 1 + r.nextInt(4), r, vocabulary);
        sink.accept(new AlignedUnit("u" + i, fr, base.en()));
      }
      return size;
    };
  }
}
