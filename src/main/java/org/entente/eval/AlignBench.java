package org.entente.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.entente.align.Aligner;
import org.entente.align.Alignment;
import org.entente.align.EntenteAligner;
import org.entente.align.GaleChurchAligner;
import org.entente.align.TextFiles;

/**
 * {@code entente bench align}: alignment time, throughput, peak heap and F1 on generated document pairs of 1,000
 * and 10,000 sentences (Canadian Hansard with drops, merges and splits shuffled in with a fixed seed), Entente and
 * Gale–Church in the same run.
 */
public final class AlignBench {

  private final Path shared;
  private final PrintWriter out;
  private final int[] sizes;
  private final long seed;
  private final int runs;
  private final ProgressTasks progress;

  /** Reads the gold data under {@code shared} and prints to {@code out}. */
  public AlignBench(Path shared, PrintWriter out, int[] sizes, long seed, int runs, ProgressTasks progress) {
    this.shared = shared;
    this.out = out;
    this.sizes = sizes;
    this.seed = seed;
    this.runs = runs;
    this.progress = progress;
  }

  /** Runs the benchmark. */
  public void run() {
    Path dir = shared.resolve("data/parallel/hansard36");
    if (!Files.isDirectory(dir)) {
      out.println("Hansard absent at " + dir + "; skipping");
      out.flush();
      return;
    }
    List<String> fr = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (Path f : files(dir, ".f")) {
      Path e = Path.of(f.toString().substring(0, f.toString().length() - 2) + ".e");
      List<String> fl = TextFiles.lines(f);
      List<String> el = TextFiles.lines(e);
      for (int i = 0; i < Math.min(fl.size(), el.size()); i++) {
        if (fl.get(i).isBlank() || el.get(i).isBlank()) continue;
        fr.add(fl.get(i).strip());
        en.add(el.get(i).strip());
      }
    }
    out.printf(Locale.ROOT, "Hansard 36th Parliament: %,d sentence pairs; seed %d; %d cores, max heap %d MB%n",
        fr.size(), seed, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    out.printf(Locale.ROOT, "load average at start: %.1f (other processes share the cores; CPU ms is the aligning "
        + "thread's own time)%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.printf(Locale.ROOT, "%-12s %-12s %11s %9s %9s %9s %12s %10s %8s %8s%n", "pair", "method", "fr x en",
        "median ms", "p99 ms", "CPU ms", "sentences/s", "peak heap", "strictF1", "laxF1");
    for (int size : sizes) {
      SyntheticPair pair = SyntheticPair.build(fr, en, size, seed);
      int n = runs > 0 ? runs : size <= 2000 ? 15 : 3;
      double oursMedian = 0;
      for (Aligner a : List.of(new EntenteAligner(), new GaleChurchAligner())) {
        a.align(pair.document()); // warm-up
        if (size <= 2000) for (int w = 0; w < 5; w++) a.align(pair.document());
        long[] times = new long[n];
        long[] cpu = new long[n];
        var threads = ManagementFactory.getThreadMXBean();
        long peak = 0;
        Alignment result = null;
        ProgressTasks.Task timing = progress.start(a.name() + " on " + size + " pairs", n, "runs");
        for (int r = 0; r < n; r++) {
          timing.at(r, n);
          System.gc();
          resetPeaks();
          long c0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          result = a.align(pair.document());
          times[r] = System.nanoTime() - t0;
          cpu[r] = threads.getCurrentThreadCpuTime() - c0;
          peak = Math.max(peak, heapPeak());
        }
        timing.at(n, n);
        timing.close();
        Arrays.sort(times);
        Arrays.sort(cpu);
        double cpuMedian = cpu[n / 2] / 1e6;
        double median = times[n / 2] / 1e6;
        double p99 = times[Math.min(n - 1, (int) Math.ceil(0.99 * n) - 1)] / 1e6;
        if (a instanceof EntenteAligner) oursMedian = median;
        AlignScore.Figures f = AlignScore.of(pair.gold(), AlignScore.pairs(result));
        int sentences = pair.document().fr().size() + pair.document().en().size();
        out.printf(Locale.ROOT, "%-12s %-12s %5dx%-5d %9.1f %9.1f %9.1f %,12.0f %7d MB %8.3f %8.3f%n",
            size + " pairs", a.name(), pair.document().fr().size(), pair.document().en().size(), median, p99, cpuMedian,
            sentences / (median / 1000), peak >> 20, f.strictF1(), f.laxF1());
        if (!(a instanceof EntenteAligner)) {
          out.printf(Locale.ROOT, "%-12s time ratio entente / gale-church: %.2f%n", "", oursMedian / median);
        }
        out.flush();
      }
    }
    out.println("peak heap: the largest heap occupancy seen during one run (after a GC before it), garbage included.");
    out.flush();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }
  }

  private static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
    }
    return sum;
  }

  private static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
