package org.entente.eval;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.entente.formats.TmxHeader;
import org.entente.formats.TmxUnit;
import org.entente.formats.TmxWriter;
import org.entente.memory.ImportOptions;
import org.entente.memory.LookupQuery;
import org.entente.memory.LuceneTranslationMemory;
import org.entente.memory.TmMatch;
import org.entente.text.BadInputException;
import org.entente.text.Language;

/**
 * {@code entente bench memory}: builds memories of 100k and 1M units from the real pairs of
 * {@code ../shared/data/parallel} (de-duplicated), grown with a seeded near-duplicate generator, and measures
 * import rate, index size, exact and fuzzy latency, throughput with 8 clients and recall against exhaustive
 * scoring; then runs Okapi Pensieve ({@code bench/pensieve}) on the same data and queries and prints ratios.
 */
public final class MemoryBench {
  /**
   * What to measure: the memory sizes, queries per kind, queries checked against exhaustive scoring, the seed, the
   * Pensieve jar and its query count, the working folder (null: a temporary one, deleted), the parts
   * ({@code writes}, {@code lookups}), seconds per write configuration and concurrent writers.
   */
  public record Settings(List<Integer> sizes, int queries, int recallQueries, long seed, Path pensieve,
      int pensieveQueries, Path work, List<String> parts, int writeSeconds, int writers) {
    public Settings {
      sizes = List.copyOf(sizes);
      parts = List.copyOf(parts);
    }
  }

  /** A French segment and its English translation. */
  public record Pair(String fr, String en) {}

  private final List<Integer> sizes;
  private final int queries;
  private final int recallQueries;
  private final long seed;
  private final Path pensieve;
  private final int pensieveQueries;
  private final Path work;
  private final List<String> parts;
  private final int writeSeconds;
  private final int writers;
  private final PrintWriter out;
  private final ProgressTasks progress;

  public MemoryBench(Settings s, PrintWriter out, ProgressTasks progress) {
    this.sizes = s.sizes();
    this.queries = s.queries();
    this.recallQueries = s.recallQueries();
    this.seed = s.seed();
    this.pensieve = s.pensieve();
    this.pensieveQueries = s.pensieveQueries();
    this.work = s.work();
    this.parts = s.parts();
    this.writeSeconds = s.writeSeconds();
    this.writers = s.writers();
    this.out = out;
    this.progress = progress;
  }

  /** Runs the benchmark on the pairs of {@code shared/data/parallel}. */
  public int run(Path shared) throws Exception {
    Path parallel = shared.resolve("data/parallel");
    if (!Files.isDirectory(parallel)) {
      throw new BadInputException(parallel + " is absent", "--shared", "give the shared folder holding data/parallel");
    }
    List<Pair> pairs = loadPairs(parallel);
    out.printf(Locale.ROOT, "base pairs from %s: %d after de-duplication; %s%n", parallel, pairs.size(), load());
    out.flush();
    Path root = work != null ? Files.createDirectories(work) : Files.createTempDirectory("entente-bench");
    try {
      if (parts.contains("writes")) new WriteBench(out, pairs, writers, writeSeconds, seed).run(root.resolve("writes"));
      if (parts.contains("lookups")) {
        for (int size : sizes) {
          bench(out, pairs, size, root.resolve("n" + size));
        }
      }
    } finally {
      if (work == null) deleteTree(root);
    }
    return 0;
  }

  public static List<Pair> loadPairs(Path parallel) throws IOException {
    List<Path[]> files = List.of(
        new Path[] {parallel.resolve("un-v1/devset/UNv1.0.devset.fr"), parallel.resolve("un-v1/devset/UNv1.0.devset.en")},
        new Path[] {parallel.resolve("tico19/tico19-test.fr"), parallel.resolve("tico19/tico19-test.en")},
        new Path[] {parallel.resolve("flores101/fra.devtest"), parallel.resolve("flores101/eng.devtest")},
        new Path[] {parallel.resolve("tatoeba/tatoeba-test-v2021-08-07.fra"), parallel.resolve("tatoeba/tatoeba-test-v2021-08-07.eng")});
    List<Path[]> all = new ArrayList<>(files);
    for (String dir : List.of("hansard36", "wmt-newstest")) {
      try (Stream<Path> s = Files.list(parallel.resolve(dir))) {
        for (Path f : s.sorted().toList()) {
          String n = f.getFileName().toString();
          if (n.endsWith(".f")) all.add(new Path[] {f, f.resolveSibling(n.substring(0, n.length() - 2) + ".e")});
          if (n.endsWith(".fr")) all.add(new Path[] {f, f.resolveSibling(n.substring(0, n.length() - 3) + ".en")});
        }
      }
    }
    Set<String> seen = new HashSet<>();
    List<Pair> pairs = new ArrayList<>();
    for (Path[] p : all) {
      if (!Files.exists(p[0]) || !Files.exists(p[1])) continue;
      List<String> fr = Files.readAllLines(p[0], StandardCharsets.UTF_8);
      List<String> en = Files.readAllLines(p[1], StandardCharsets.UTF_8);
      for (int i = 0; i < Math.min(fr.size(), en.size()); i++) {
        String f = fr.get(i).strip();
        String e = en.get(i).strip();
        if (f.isEmpty() || e.isEmpty() || f.length() > 1000 || e.length() > 1000) continue;
        if (seen.add(f + "\t" + e)) pairs.add(new Pair(f, e));
      }
    }
    return pairs;
  }

  /** A near-duplicate of a French segment: {@code edits} word-level edits (substitute, insert, delete, swap). */
  public static String mutate(String fr, int edits, Random r, List<String> vocabulary) {
    List<String> words = new ArrayList<>(Arrays.asList(fr.split(" ")));
    for (int e = 0; e < edits; e++) {
      int op = r.nextInt(4);
      if (op == 0 || words.size() < 3) words.set(r.nextInt(words.size()), vocabulary.get(r.nextInt(vocabulary.size())));
      else if (op == 1) words.add(r.nextInt(words.size() + 1), vocabulary.get(r.nextInt(vocabulary.size())));
      else if (op == 2) words.remove(r.nextInt(words.size()));
      else {
        int i = r.nextInt(words.size() - 1);
        String w = words.get(i);
        words.set(i, words.get(i + 1));
        words.set(i + 1, w);
      }
    }
    return String.join(" ", words);
  }

  private void bench(PrintWriter out, List<Pair> pairs, int size, Path dir) throws Exception {
    Files.createDirectories(dir);
    Random r = new Random(seed + size);
    List<String> vocabulary = new ArrayList<>(new LinkedHashSet<>(pairs.stream()
        .flatMap(p -> Arrays.stream(p.fr().split(" "))).filter(w -> w.length() > 2).limit(200_000).toList()));
    // the memory: every base pair, then near-duplicates of random pairs with 1-4 word edits, written as TMX chunks
    int chunk = 50_000;
    List<Path> tmxFiles = new ArrayList<>();
    List<String> sample = new ArrayList<>();
    long tGen = System.nanoTime();
    try (BufferedWriter tsv = Files.newBufferedWriter(dir.resolve("pairs.tsv"), StandardCharsets.UTF_8);
        ProgressTasks.Task generating = progress.start("generating " + size + " units", size, "units")) {
      TmxWriter w = null;
      OutputStream os = null;
      for (int i = 0; i < size; i++) {
        if (i % 10_000 == 0) generating.at(i, size);
        if (i % chunk == 0) {
          if (w != null) {
            w.close();
            os.close();
          }
          Path f = dir.resolve("memory-" + (i / chunk) + ".tmx");
          tmxFiles.add(f);
          os = Files.newOutputStream(f);
          w = TmxWriter.open(os, TmxHeader.of("Entente bench", "1", "fr", Instant.EPOCH));
        }
        Pair base = pairs.get(i < pairs.size() ? i : r.nextInt(pairs.size()));
        String fr = i < pairs.size() ? base.fr() : mutate(base.fr(), 1 + r.nextInt(4), r, vocabulary);
        w.write(TmxUnit.of("fr", fr, "en", base.en(), Map.of()));
        tsv.write(fr.replace('\t', ' '));
        tsv.write('\t');
        tsv.write(base.en().replace('\t', ' '));
        tsv.write('\n');
        if (sample.size() < queries) sample.add(fr);
        else if (r.nextInt(i + 1) < queries) sample.set(r.nextInt(queries), fr);
      }
      if (w != null) {
        w.close();
        os.close();
      }
    }
    List<String> exact = sample;
    List<String> fuzzy = new ArrayList<>();
    for (int q = 0; q < queries; q++) {
      fuzzy.add(mutate(pairs.get(r.nextInt(pairs.size())).fr(), 1 + r.nextInt(3), r, vocabulary));
    }
    Files.write(dir.resolve("exact.txt"), exact, StandardCharsets.UTF_8);
    Files.write(dir.resolve("fuzzy.txt"), fuzzy, StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "%n== %,d units (%d TMX files, generated in %.1f s, seed %d) ==%n", size, tmxFiles.size(),
        (System.nanoTime() - tGen) / 1e9, seed + size);
    out.flush();

    Map<String, Double> ours = new LinkedHashMap<>();
    try (LuceneTranslationMemory tm = LuceneTranslationMemory.open(dir.resolve("index"))) {
      long t0 = System.nanoTime();
      ExecutorService importers = Executors.newFixedThreadPool(2);
      List<Future<Long>> jobs = new ArrayList<>();
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      for (Path f : tmxFiles) {
        jobs.add(importers.submit(() -> {
          long cpu0 = threads.getCurrentThreadCpuTime();
          try (InputStream in = Files.newInputStream(f)) {
            tm.importTmx(in, f.getFileName().toString(), ImportOptions.DEFAULT);
          }
          return threads.getCurrentThreadCpuTime() - cpu0;
        }));
      }
      long cpuNanos = 0;
      try (ProgressTasks.Task importing = progress.start("importing " + tmxFiles.size() + " TMX files", jobs.size(), "files")) {
        int imported = 0;
        for (Future<Long> j : jobs) {
          cpuNanos += j.get();
          importing.at(++imported, jobs.size());
        }
      }
      importers.shutdown();
      double seconds = (System.nanoTime() - t0) / 1e9;
      ours.put("units", (double) tm.size());
      ours.put("import_units_per_s", tm.size() / seconds);
      // wall-clock rates depend on what else runs on the machine; CPU time per unit does much less
      ours.put("import_units_per_cpu_s", tm.size() / (cpuNanos / 1e9));
      ours.put("index_bytes_per_unit", (double) tm.sizeOnDisk() / tm.size());
      // warm up, then time one query at a time
      for (int i = 0; i < Math.min(200, fuzzy.size()); i++) tm.lookup(fuzzyQuery(fuzzy.get(i)));
      double[] ex = time(exact, q -> tm.lookup(new LookupQuery(q, Language.FR, "", "", 100, 10, List.of())));
      double[] fz = time(fuzzy, q -> tm.lookup(fuzzyQuery(q)));
      ours.put("exact_p50_ms", pct(ex, 50));
      ours.put("exact_p99_ms", pct(ex, 99));
      ours.put("fuzzy_p50_ms", pct(fz, 50));
      ours.put("fuzzy_p99_ms", pct(fz, 99));
      ours.put("fuzzy_qps_8_clients", throughput(fuzzy, q -> tm.lookup(fuzzyQuery(q))));
      int checked = Math.min(recallQueries, fuzzy.size());
      for (int min : new int[] {70, 50, 90}) {
        long found = 0;
        long relevant = 0;
        for (int i = 0; i < checked; i++) {
          LookupQuery q = fuzzyQuery(fuzzy.get(i), min);
          List<TmMatch> all = tm.lookupExhaustive(q);
          Set<String> got = new HashSet<>();
          for (TmMatch m : tm.lookup(q)) got.add(m.unitId());
          relevant += all.size();
          for (TmMatch m : all) if (got.contains(m.unitId())) found++;
        }
        String suffix = min == 70 ? "" : "_min" + min;
        ours.put("recall" + suffix, relevant == 0 ? 1.0 : (double) found / relevant);
        ours.put("recall_relevant" + suffix, (double) relevant);
      }
      ours.put("recall_queries", (double) checked);
    }
    print(out, size, ours, Map.of());
    out.printf(Locale.ROOT, "Entente done; running Pensieve on the same data (%d queries per kind)%n",
        Math.min(pensieveQueries, queries));
    out.flush();
    Map<String, Double> base = pensieve(dir, out);
    print(out, size, ours, base);
    out.flush();
  }

  private static LookupQuery fuzzyQuery(String q) {
    return fuzzyQuery(q, 70);
  }

  private static LookupQuery fuzzyQuery(String q, int min) {
    return new LookupQuery(q, Language.FR, "", "", min, 10, List.of());
  }

  /** The machine's load averages (1, 5, 15 minutes) from {@code /proc/loadavg}, when there is one. */
  public static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ");
      return "load average " + f[0] + " " + f[1] + " " + f[2] + " on " + Runtime.getRuntime().availableProcessors()
          + " cores";
    } catch (IOException | RuntimeException e) {
      return String.format(Locale.ROOT, "load average %.2f on %d cores",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
    }
  }

  public interface Query {
    void run(String q);
  }

  public static double[] time(List<String> queries, Query q) {
    double[] ms = new double[queries.size()];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      q.run(queries.get(i));
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }

  public static double pct(double[] sorted, int p) {
    int i = (int) Math.ceil(sorted.length * p / 100.0) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  public static double throughput(List<String> queries, Query q) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    long t0 = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    for (int c = 0; c < 8; c++) {
      int offset = c;
      fs.add(pool.submit(() -> {
        for (int i = offset; i < queries.size(); i += 8) q.run(queries.get(i));
      }));
    }
    for (Future<?> f : fs) f.get();
    pool.shutdown();
    return queries.size() / ((System.nanoTime() - t0) / 1e9);
  }

  private Map<String, Double> pensieve(Path dir, PrintWriter out) throws IOException, InterruptedException {
    Map<String, Double> m = new LinkedHashMap<>();
    if (!Files.isRegularFile(pensieve)) {
      out.println("(Pensieve baseline skipped: " + pensieve + " not built; run mvn -B -q -f bench/pensieve/pom.xml package)");
      return m;
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx2g", "-jar", pensieve.toString(), dir.toString(), "70",
        Integer.toString(pensieveQueries))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          try {
            m.put(line.substring(0, eq), Double.parseDouble(line.substring(eq + 1)));
          } catch (NumberFormatException ignored) {
            // not a figure
          }
        }
      }
    }
    int code = p.waitFor();
    if (code != 0) out.println("(Pensieve baseline exited with " + code + ")");
    return m;
  }

  private static void print(PrintWriter out, int size, Map<String, Double> ours, Map<String, Double> base) {
    out.printf(Locale.ROOT, "%-24s %14s %14s %10s%n", "figure", "Entente", "Pensieve", "ratio");
    for (var e : ours.entrySet()) {
      Double b = base.get(e.getKey());
      String ratio = "";
      if (b != null && b > 0 && !e.getKey().startsWith("recall") && !e.getKey().equals("units")) {
        boolean higherIsBetter = e.getKey().contains("per_s") || e.getKey().contains("qps");
        double x = higherIsBetter ? e.getValue() / b : b / e.getValue();
        ratio = String.format(Locale.ROOT, "%.2fx %s", x, x >= 1 ? "better" : "worse");
      }
      out.printf(Locale.ROOT, "%-24s %14s %14s %10s%n", e.getKey(), fmt(e.getValue()), b == null ? "-" : fmt(b), ratio);
    }
    out.printf(Locale.ROOT, "targets at 1M: fuzzy p50 <= 2.5 ms, exact p50 <= 0.2 ms, import >= 20,000 units/s, recall >= 0.99 (min 50, 70, 90); %s%n", load());
  }

  private static String fmt(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3f", v);
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
    }
  }
}
