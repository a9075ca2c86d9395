package org.entente.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.entente.memory.LuceneTranslationMemory;
import org.entente.memory.TranslationMemory;
import org.entente.memory.TranslationUnit;
import org.entente.text.Language;

/**
 * The durable-write part of {@code entente bench memory}: single units added the way a CAT tool confirms segments
 * (MyMemory {@code /set}, our {@code PUT}), each timed until it is acknowledged (committed and visible), by one
 * writer and by {@code writers} concurrent writers, with group commit and with one commit per write (the old way,
 * the baseline measured in the same run). Prints acknowledged writes per second, p50 and p99.
 */
public final class WriteBench {
  private final PrintWriter out;
  private final List<MemoryBench.Pair> pairs;
  private final int writers;
  private final int seconds;
  private final long seed;

  public WriteBench(PrintWriter out, List<MemoryBench.Pair> pairs, int writers, int seconds, long seed) {
    this.out = out;
    this.pairs = pairs;
    this.writers = writers;
    this.seconds = seconds;
    this.seed = seed;
  }

  /** One configuration's figures. */
  public record Figures(long writes, double perSecond, double p50, double p99) {}

  public void run(Path dir) throws Exception {
    out.printf(Locale.ROOT, "%n== durable writes (%d s per configuration, %s) ==%n", seconds, MemoryBench.load());
    out.printf(Locale.ROOT, "%-34s %10s %12s %10s %10s%n", "configuration", "writes", "acked/s", "p50 ms", "p99 ms");
    out.flush();
    Figures[] grouped = new Figures[2];
    Figures[] alone = new Figures[2];
    int i = 0;
    for (int n : new int[] {1, writers}) {
      alone[i] = measure(dir.resolve("alone-" + n), false, n);
      print("one commit per write, " + n + " writer" + (n == 1 ? "" : "s"), alone[i]);
      grouped[i] = measure(dir.resolve("group-" + n), true, n);
      print("group commit, " + n + " writer" + (n == 1 ? "" : "s"), grouped[i]);
      i++;
    }
    out.printf(Locale.ROOT, "group commit / one commit per write with %d writers: %.1fx the acknowledged writes/s, "
        + "p99 %.1fx lower; target >= 1,000 acknowledged writes/s, p99 <= 25 ms; %s%n", writers,
        grouped[1].perSecond() / alone[1].perSecond(), alone[1].p99() / grouped[1].p99(), MemoryBench.load());
    out.flush();
  }

  private void print(String name, Figures f) {
    out.printf(Locale.ROOT, "%-34s %10d %12.1f %10.2f %10.2f%n", name, f.writes(), f.perSecond(), f.p50(), f.p99());
    out.flush();
  }

  private Figures measure(Path dir, boolean groupCommit, int threads) throws Exception {
    Files.createDirectories(dir);
    try (LuceneTranslationMemory tm = LuceneTranslationMemory.open(dir, groupCommit)) {
      return timeWrites(tm, threads, seconds, this::unit);
    } finally {
      deleteTree(dir);
    }
  }

  /**
   * Adds {@code unit(i)} with {@code threads} writers for {@code seconds}, each add timed until it is acknowledged,
   * after 20 warm-up adds (the first writes open files and compile the paths).
   */
  static Figures timeWrites(TranslationMemory tm, int threads, int seconds, LongFunction<TranslationUnit> unit)
      throws Exception {
    for (int w = 0; w < 20; w++) tm.add(unit.apply(w));
    AtomicLong next = new AtomicLong(20);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<double[]>> results = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          double[] ms = new double[1024];
          int n = 0;
          while (System.nanoTime() < end) {
            long s = System.nanoTime();
            tm.add(unit.apply(next.getAndIncrement()));
            if (n == ms.length) ms = Arrays.copyOf(ms, n * 2);
            ms[n++] = (System.nanoTime() - s) / 1e6;
          }
          return Arrays.copyOf(ms, n);
        }));
      }
      List<double[]> all = new ArrayList<>();
      for (Future<double[]> f : results) all.add(f.get());
      double elapsed = (System.nanoTime() - t0) / 1e9;
      double[] ms = all.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
      return new Figures(ms.length, ms.length / elapsed, MemoryBench.pct(ms, 50), MemoryBench.pct(ms, 99));
    } finally {
      pool.shutdown();
    }
  }

  private TranslationUnit unit(long i) {
    return unit(pairs, seed, i);
  }

  /** The {@code i}-th unit a write benchmark adds: a real pair, numbered so that no two are alike. */
  static TranslationUnit unit(List<MemoryBench.Pair> pairs, long seed, long i) {
    MemoryBench.Pair p = pairs.get((int) Math.floorMod(i * 7919 + seed, (long) pairs.size()));
    return TranslationUnit.of(Language.FR, p.fr() + " (" + i + ")", Language.EN, p.en() + " (" + i + ")");
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (var s = Files.walk(p)) {
      for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
    }
  }
}
