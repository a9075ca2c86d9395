package org.entente.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.entente.extract.AlignedUnit;
import org.entente.extract.Extraction;
import org.entente.extract.ExtractionOptions;
import org.entente.extract.TermExtractor;
import org.entente.extract.UnitSource;
import org.entente.text.BadInputException;

/**
 * Term extraction time, throughput and peak heap on memories of stated sizes built from {@code ../shared/data/parallel}
 * as {@code bench memory} builds them (every real pair, then near-duplicates of random pairs with 1–4 word edits,
 * fixed seed), streamed to the extractor and regenerated for each pass, never held. The sequential baseline (one
 * thread, every unit tagged, no cache: extraction as first written) runs in the same process on the sizes up to
 * {@code baselineMax}: "100000 units, ours, 248 s".
 */
public final class ExtractionBench {
  /** What to run: sizes, the largest size the baseline runs on, timed runs (sizes up to 10,000), seed, speed. */
  public record Settings(int[] sizes, int baselineMax, int runs, long seed, int threads, int taggedUnits) {}

  private final Settings s;
  private final PrintWriter out;
  private final PrintWriter err;

  public ExtractionBench(Settings settings, PrintWriter out, PrintWriter err) {
    this.s = settings;
    this.out = out;
    this.err = err;
  }

  public int run(Path shared) throws IOException {
    Path parallel = shared.resolve("data/parallel");
    if (!Files.isDirectory(parallel)) {
      throw new BadInputException(parallel + " is absent", "--shared", "give the shared folder holding data/parallel");
    }
    List<MemoryBench.Pair> pairs = MemoryBench.loadPairs(parallel);
    List<String> vocabulary = new ArrayList<>(new LinkedHashSet<>(pairs.stream()
        .flatMap(p -> Arrays.stream(p.fr().split(" "))).filter(w -> w.length() > 2).limit(200_000).toList()));
    int cores = Runtime.getRuntime().availableProcessors();
    ExtractionOptions fast = ExtractionOptions.DEFAULT.withSpeed(s.threads() > 0 ? s.threads() : cores, s.taggedUnits(),
        ExtractionOptions.DEFAULT_TEXT_CACHE);
    out.printf(Locale.ROOT, "base pairs from %s: %d; -Xmx %d MB; %s%n", parallel, pairs.size(),
        Runtime.getRuntime().maxMemory() >> 20, MemoryBench.load());
    out.printf(Locale.ROOT, "ours: %d threads, first %,d units tagged, %,d texts cached a language; baseline: 1 thread, every unit tagged%n",
        fast.threads(), fast.taggedUnits(), fast.textCache());
    out.printf(Locale.ROOT, "%-10s %-9s %5s %10s %10s %10s %10s %12s %12s %10s %10s%n", "units", "method", "runs", "median s",
        "min s", "max s", "CPU s", "units/s", "tokens tagged", "peak heap", "candidates");
    out.flush();
    // warm-up: the models loaded and the code compiled before anything is timed
    for (ExtractionOptions o : List.of(fast, fast.sequential())) {
      new TermExtractor(ExtractionEvaluation.NO_TERMS).extract(memory(pairs, vocabulary, 1_000), o, line -> { });
    }
    for (int size : s.sizes()) {
      UnitSource units = memory(pairs, vocabulary, size);
      double oursMedian = run("ours", units, size, fast);
      if (size <= s.baselineMax()) {
        double baseMedian = run("baseline", units, size, ExtractionOptions.DEFAULT.sequential());
        out.printf(Locale.ROOT, "%-10s time ratio baseline / ours: %.2f%n", "", baseMedian / oursMedian);
      }
      out.flush();
    }
    out.println("peak heap: the largest heap occupancy seen during one run (after a GC before it), garbage included.");
    out.flush();
    return 0;
  }

  private double run(String method, UnitSource units, int size, ExtractionOptions options) {
    int n = size <= 10_000 ? Math.max(1, s.runs()) : 1;
    double[] seconds = new double[n];
    double[] cpu = new double[n];
    long peak = 0;
    Extraction x = null;
    for (int r = 0; r < n; r++) {
      System.gc();
      HeapPeaks.reset();
      long c0 = cpuNanos();
      long t0 = System.nanoTime();
      x = new TermExtractor(ExtractionEvaluation.NO_TERMS).extract(units, options, line -> {
        err.println(method + " " + size + ": " + line);
        err.flush();
      });
      seconds[r] = (System.nanoTime() - t0) / 1e9;
      cpu[r] = (cpuNanos() - c0) / 1e9;
      peak = Math.max(peak, HeapPeaks.peak());
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
  private UnitSource memory(List<MemoryBench.Pair> pairs, List<String> vocabulary, int size) {
    return sink -> {
      Random r = new Random(s.seed() + size);
      for (int i = 0; i < size; i++) {
        MemoryBench.Pair base = pairs.get(i < pairs.size() ? i : r.nextInt(pairs.size()));
        String fr = i < pairs.size() ? base.fr() : MemoryBench.mutate(base.fr(), 1 + r.nextInt(4), r, vocabulary);
        sink.accept(new AlignedUnit("u" + i, fr, base.en()));
      }
      return size;
    };
  }
}
