package org.entente.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.entente.formats.TmxHeader;
import org.entente.formats.TmxUnit;
import org.entente.formats.TmxWriter;
import org.entente.memory.ImportOptions;
import org.entente.memory.LookupQuery;
import org.entente.memory.LuceneTranslationMemory;
import org.entente.memory.TmMatch;
import org.entente.memory.TranslationMemory;
import org.entente.opensearch.OpenSearchNode;
import org.entente.opensearch.OpenSearchSettings;
import org.entente.opensearch.OpenSearchTranslationMemory;
import org.entente.text.BadInputException;
import org.entente.text.Language;

/**
 * {@code entente bench memory --backend opensearch}: the same generated memory (the pairs of
 * {@code ../shared/data/parallel} grown with {@link MemoryBench#mutate} near-duplicates) in the embedded store and in
 * OpenSearch in one run: import rate, exact and fuzzy p50/p99, 8-client throughput (and the same 8 clients spread
 * over two Entente instances sharing the cluster), and the OpenSearch lookup's recall against the embedded
 * exhaustive scoring (same data, same scorer, so the same matches are due). The OpenSearch side is a local node
 * started for the run unless a cluster is given.
 */
public final class OpenSearchMemoryBench {
  private final List<Integer> sizes;
  private final int queries;
  private final int recallQueries;
  private final long seed;
  private final String cluster;
  private final int writers;
  private final int writeSeconds;
  private final PrintWriter out;
  private final ProgressTasks progress;

  /**
   * The benchmark of {@code sizes}; {@code writers} concurrent writers add units for {@code writeSeconds} per
   * configuration once the memory is built (0 seconds: no writes part).
   */
  public OpenSearchMemoryBench(List<Integer> sizes, int queries, int recallQueries, long seed, String cluster,
      int writers, int writeSeconds, PrintWriter out, ProgressTasks progress) {
    this.sizes = List.copyOf(sizes);
    this.queries = queries;
    this.recallQueries = recallQueries;
    this.seed = seed;
    this.cluster = cluster;
    this.writers = writers;
    this.writeSeconds = writeSeconds;
    this.out = out;
    this.progress = progress;
  }

  /** Runs the benchmark on the pairs of {@code shared/data/parallel}. */
  public int run(Path shared) throws Exception {
    Path parallel = shared.resolve("data/parallel");
    if (!Files.isDirectory(parallel)) {
      throw new BadInputException(parallel + " is absent", "--shared", "give the shared folder holding data/parallel");
    }
    List<MemoryBench.Pair> pairs = MemoryBench.loadPairs(parallel);
    out.printf(Locale.ROOT, "base pairs from %s: %d after de-duplication; %s%n", parallel, pairs.size(),
        MemoryBench.load());
    out.flush();
    Path root = Files.createTempDirectory("entente-bench-opensearch");
    try {
      for (int size : sizes) bench(pairs, size, root.resolve("n" + size));
    } finally {
      try (var walk = Files.walk(root)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return 0;
  }

  private record Data(List<Path> files, List<String> exact, List<String> fuzzy) {}

  private Data generate(List<MemoryBench.Pair> pairs, int size, Path dir) throws IOException {
    Files.createDirectories(dir);
    Random r = new Random(seed + size);
    List<String> vocabulary = new ArrayList<>(new LinkedHashSet<>(pairs.stream()
        .flatMap(p -> Arrays.stream(p.fr().split(" "))).filter(w -> w.length() > 2).limit(200_000).toList()));
    int chunk = 50_000;
    List<Path> files = new ArrayList<>();
    List<String> sample = new ArrayList<>();
    for (int start = 0; start < size; start += chunk) {
      Path f = dir.resolve("memory-" + (start / chunk) + ".tmx");
      files.add(f);
      try (OutputStream os = Files.newOutputStream(f);
          TmxWriter w = TmxWriter.open(os, TmxHeader.of("Entente bench", "1", "fr", Instant.EPOCH))) {
        for (int i = start; i < Math.min(size, start + chunk); i++) {
          MemoryBench.Pair base = pairs.get(i < pairs.size() ? i : r.nextInt(pairs.size()));
          String fr = i < pairs.size() ? base.fr() : MemoryBench.mutate(base.fr(), 1 + r.nextInt(4), r, vocabulary);
          w.write(TmxUnit.of("fr", fr, "en", base.en(), Map.of()));
          if (sample.size() < queries) sample.add(fr);
          else if (r.nextInt(i + 1) < queries) sample.set(r.nextInt(queries), fr);
        }
      }
    }
    List<String> fuzzy = new ArrayList<>();
    for (int q = 0; q < queries; q++) {
      fuzzy.add(MemoryBench.mutate(pairs.get(r.nextInt(pairs.size())).fr(), 1 + r.nextInt(3), r, vocabulary));
    }
    return new Data(files, sample, fuzzy);
  }

  private void bench(List<MemoryBench.Pair> pairs, int size, Path dir) throws Exception {
    Data data = generate(pairs, size, dir);
    out.printf(Locale.ROOT, "%n== %,d units (%d TMX files, seed %d), %d queries per kind ==%n", size,
        data.files().size(), seed + size, queries);
    out.flush();
    Map<String, Double> embedded = new LinkedHashMap<>();
    Map<String, Double> openSearch = new LinkedHashMap<>();
    try (LuceneTranslationMemory lucene = LuceneTranslationMemory.open(dir.resolve("index"))) {
      measure("embedded", lucene, data, embedded);
      OpenSearchNode node = cluster == null ? OpenSearchNode.start(dir.resolve("opensearch"), 0, List.of()) : null;
      try {
        OpenSearchSettings settings = OpenSearchSettings.parse(cluster == null ? node.url() : cluster)
            .withPrefix("bench-" + size + "-").withShards(1, cluster == null ? 0 : 1);
        try (OpenSearchTranslationMemory os = OpenSearchTranslationMemory.open(settings);
            OpenSearchTranslationMemory second = OpenSearchTranslationMemory.open(settings)) {
          measure("opensearch", os, data, openSearch);
          openSearch.put("fuzzy_qps_8_clients_2_instances", MemoryBench.throughput(data.fuzzy(),
              q -> (q.hashCode() % 2 == 0 ? os : second).lookup(fuzzy(q, 70))));
          recall(lucene, os, data.fuzzy(), openSearch);
          // the writes add units: measured once the lookups and the recall are done, on both stores
          if (writeSeconds > 0) {
            put(embedded, "", WriteBench.timeWrites(lucene, writers, writeSeconds, i -> WriteBench.unit(pairs, seed, i)));
            writes(settings, pairs, openSearch);
          }
          os.dropIndexes();
        }
      } finally {
        if (node != null) node.close();
      }
    }
    out.printf(Locale.ROOT, "%-34s %14s %14s %10s%n", "metric (" + size + " units)", "embedded", "opensearch",
        "os/embedded");
    Set<String> keys = new LinkedHashSet<>(embedded.keySet());
    keys.addAll(openSearch.keySet());
    for (String k : keys) {
      Double e = embedded.get(k);
      Double o = openSearch.get(k);
      out.printf(Locale.ROOT, "%-34s %14s %14s %10s%n", k, fmt(e), fmt(o),
          e == null || o == null || e == 0 ? "" : String.format(Locale.ROOT, "%.2f", o / e));
    }
    out.println(MemoryBench.load());
    out.flush();
  }

  private void measure(String name, TranslationMemory tm, Data data, Map<String, Double> m) throws Exception {
    long t0 = System.nanoTime();
    try (ProgressTasks.Task importing = progress.start(name + ": importing " + data.files().size() + " TMX files",
        data.files().size(), "files")) {
      int done = 0;
      for (Path f : data.files()) {
        try (InputStream in = Files.newInputStream(f)) {
          tm.importTmx(in, f.getFileName().toString(), ImportOptions.DEFAULT.withMaxBytes(Long.MAX_VALUE));
        }
        importing.at(++done, data.files().size());
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long units = tm.size();
    m.put("units", (double) units);
    m.put("import_units_per_s", units / seconds);
    for (int i = 0; i < Math.min(200, data.fuzzy().size()); i++) tm.lookup(fuzzy(data.fuzzy().get(i), 70));
    double[] ex = MemoryBench.time(data.exact(), q -> tm.lookup(fuzzy(q, 100)));
    double[] fz = MemoryBench.time(data.fuzzy(), q -> tm.lookup(fuzzy(q, 70)));
    m.put("exact_p50_ms", MemoryBench.pct(ex, 50));
    m.put("exact_p99_ms", MemoryBench.pct(ex, 99));
    m.put("fuzzy_p50_ms", MemoryBench.pct(fz, 50));
    m.put("fuzzy_p99_ms", MemoryBench.pct(fz, 99));
    m.put("fuzzy_qps_8_clients", MemoryBench.throughput(data.fuzzy(), q -> tm.lookup(fuzzy(q, 70))));
    out.printf(Locale.ROOT, "%s measured: %,d units imported in %.1f s%n", name, units, seconds);
    out.flush();
  }

  /**
   * Single units added by {@code writers} concurrent writers for {@code writeSeconds}, each timed until acknowledged
   * (durable and visible), on the memory just built, each configuration on an instance of its own: one request per
   * write waiting for the scheduled refresh (the code before batching), one request per write each forcing a
   * refresh, then concurrent writes batched into shared {@code _bulk} requests sharing one forced refresh.
   */
  private void writes(OpenSearchSettings settings, List<MemoryBench.Pair> pairs, Map<String, Double> m)
      throws Exception {
    out.printf(Locale.ROOT, "writes: %d writers, %d s per configuration, refresh interval %s; %s%n", writers,
        writeSeconds, settings.refreshInterval(), MemoryBench.load());
    List<OpenSearchTranslationMemory.Options> configurations = List.of(
        OpenSearchTranslationMemory.Options.DEFAULT.withWrites(false, "wait_for"),
        OpenSearchTranslationMemory.Options.DEFAULT.withWrites(false, "true"), OpenSearchTranslationMemory.Options.DEFAULT);
    for (int c = 0; c < configurations.size(); c++) {
      OpenSearchTranslationMemory.Options o = configurations.get(c);
      try (OpenSearchTranslationMemory tm = OpenSearchTranslationMemory.open(settings, o)) {
        long offset = (c + 1) * 1_000_000_000L; // texts unlike the other runs'
        WriteBench.Figures f = WriteBench.timeWrites(tm, writers, writeSeconds,
            i -> WriteBench.unit(pairs, seed, offset + i));
        String name = (o.batchWrites() ? "" : "_single") + (o.refresh().equals("true") ? "" : "_wait_for");
        put(m, name, f);
        long[] counts = tm.writeCounts();
        if (o.batchWrites()) m.put("writes_per_bulk_request", counts[0] == 0 ? 0 : (double) counts[1] / counts[0]);
        out.printf(Locale.ROOT, "  %s, refresh=%s: %,d acknowledged, %.1f/s, p50 %.1f ms, p99 %.1f ms, %,d requests;"
            + " %s%n", o.batchWrites() ? "batched into _bulk" : "one request per write", o.refresh(), f.writes(),
            f.perSecond(), f.p50(), f.p99(), counts[0], MemoryBench.load());
        out.flush();
      }
    }
  }

  private void put(Map<String, Double> m, String suffix, WriteBench.Figures f) {
    String k = "writes_" + writers + "w" + suffix;
    m.put(k + "_acked_per_s", f.perSecond());
    m.put(k + "_p50_ms", f.p50());
    m.put(k + "_p99_ms", f.p99());
  }

  /**
   * The share of the matches the embedded store's exhaustive scoring finds (every unit scored) that the OpenSearch
   * lookup returns too, matched by their texts (the two stores give units different ids), at min 70 and 50; see
   * {@link #found} for ties at the cut.
   */
  private void recall(LuceneTranslationMemory lucene, OpenSearchTranslationMemory os, List<String> fuzzy,
      Map<String, Double> m) {
    int checked = Math.min(recallQueries, fuzzy.size());
    for (int min : new int[] {70, 50}) {
      long found = 0;
      long relevant = 0;
      for (int i = 0; i < checked; i++) {
        // up to 200 matches, so that ties at a cut of 10 (broken by unit ids, which differ) do not count as misses
        LookupQuery q = new LookupQuery(fuzzy.get(i), Language.FR, "", "", min, 200, List.of());
        List<TmMatch> due = lucene.lookupExhaustive(q);
        relevant += due.size();
        found += found(due, os.lookup(q), q.max());
      }
      String suffix = min == 70 ? "" : "_min" + min;
      m.put("recall_vs_exhaustive" + suffix, relevant == 0 ? 1.0 : (double) found / relevant);
      m.put("recall_relevant" + suffix, (double) relevant);
    }
    m.put("recall_queries", (double) checked);
  }

  /**
   * How many of the {@code due} matches {@code got} holds, by source, target and score. When {@code due} is full
   * ({@code max} matches), the matches at its lowest score are ties at the cut: the stores break ties by unit ids,
   * which differ, so any of the tied units is as good an answer and only their number is compared. Example: max 200,
   * 390 units "Rejet de la motion no N" all at 81 beyond the first 150; the embedded store returns 50 of them, OpenSearch
   * 50 others: all found.
   */
  static long found(List<TmMatch> due, List<TmMatch> got, int max) {
    int cut = due.size() >= max && !due.isEmpty() ? due.get(due.size() - 1).score() : Integer.MIN_VALUE;
    Map<String, Integer> left = new HashMap<>();
    int gotAtCut = 0;
    for (TmMatch t : got) {
      if (t.score() == cut) gotAtCut++;
      else left.merge(t.source() + "\u0000" + t.target() + "\u0000" + t.score(), 1, Integer::sum);
    }
    long found = 0;
    int dueAtCut = 0;
    for (TmMatch t : due) {
      if (t.score() == cut) {
        dueAtCut++;
        continue;
      }
      String key = t.source() + "\u0000" + t.target() + "\u0000" + t.score();
      Integer n = left.get(key);
      if (n != null && n > 0) {
        left.put(key, n - 1);
        found++;
      }
    }
    return found + Math.min(dueAtCut, gotAtCut);
  }

  private static LookupQuery fuzzy(String q, int min) {
    return new LookupQuery(q, Language.FR, "", "", min, 10, List.of());
  }

  private static String fmt(Double v) {
    if (v == null) return "";
    return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3f", v);
  }
}
