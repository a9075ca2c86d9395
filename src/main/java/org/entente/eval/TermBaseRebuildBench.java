package org.entente.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.entente.index.DataFolder;
import org.entente.opensearch.OpenSearchNode;
import org.entente.opensearch.OpenSearchSettings;
import org.entente.opensearch.OpenSearchTermBase;
import org.entente.terminology.Concept;
import org.entente.terminology.LuceneTermBase;
import org.entente.terminology.Term;
import org.entente.terminology.TermImport;
import org.entente.terminology.TermRecognizer;
import org.entente.terminology.TermStatus;
import org.entente.text.Language;

/**
 * {@code entente bench termbase}: what a recogniser rebuild costs on each store, for the shipped glossary and for
 * the 100,000-concept termbase of {@code bench terms}: the embedded store opened (its Lucene index read, the
 * recogniser built), the OpenSearch store reloaded (every concept read over HTTP, the recogniser built), and the
 * recogniser built alone from concepts in memory as the common baseline, in the same run; and how long a concept
 * written through one instance takes to be recognised by another (the staleness the version check gives).
 */
public final class TermBaseRebuildBench {
  private final Path shared;
  private final PrintWriter out;
  private final int size;
  private final int runs;
  private final int writes;
  private final long seed;
  private final String cluster;

  public TermBaseRebuildBench(Path shared, PrintWriter out, int size, int runs, int writes, long seed, String cluster) {
    this.shared = shared;
    this.out = out;
    this.size = size;
    this.runs = runs;
    this.writes = writes;
    this.seed = seed;
    this.cluster = cluster;
  }

  /** Runs the benchmark; returns the exit status. */
  public int run() throws Exception {
    OpenSearchNode.missing().ifPresent(why -> {
      if (cluster == null) throw new org.entente.text.BadInputException(why, "--opensearch", "build it, or give a cluster");
    });
    List<Concept> shipped = TermImport.concepts(TermImport.read(Files.readAllBytes(Path.of("glossaries", "nato.tbx")),
        "nato.tbx", null), "nato");
    Path terminology = shared.resolve("data/terminology");
    List<Concept> large = size > 0 && Files.isDirectory(terminology) ? TermsBench.termbase(terminology, size, seed) : List.of();
    out.printf(Locale.ROOT, "machine: %d cores, load average %.1f at start%n", Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    Path work = Files.createTempDirectory("entente-bench-termbase");
    OpenSearchNode node = cluster == null ? OpenSearchNode.start(work.resolve("opensearch"), 0, List.of()) : null;
    try {
      String url = cluster == null ? node.url() : cluster;
      measure("shipped glossary (glossaries/nato.tbx)", shipped, work, url, "bench-tb-shipped-");
      if (size <= 0) {
        out.println("the large termbase: skipped (--size 0)");
      } else if (large.isEmpty()) {
        out.println("the " + size + "-concept termbase needs " + terminology + " (absent): skipped");
      } else {
        measure(large.size() + " concepts (bench terms, seed " + seed + ")", large, work, url, "bench-tb-large-");
      }
      propagation(shipped, url);
    } finally {
      if (node != null) node.close();
      try (var w = Files.walk(work)) {
        w.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    out.flush();
    return 0;
  }

  private void measure(String what, List<Concept> concepts, Path work, String url, String prefix) throws IOException {
    int terms = concepts.stream().mapToInt(c -> c.terms().size()).sum();
    out.printf(Locale.ROOT, "%s: %d concepts, %d terms; %d rebuilds each%n", what, concepts.size(), terms, runs);
    long[] alone = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      TermRecognizer.of(concepts);
      alone[i] = System.nanoTime() - t0;
    }
    long[] embedded = new long[runs];
    Path folder = work.resolve(prefix + "data");
    try (DataFolder data = DataFolder.open(folder, "entente bench termbase"); LuceneTermBase base = LuceneTermBase.open(data)) {
      base.replaceOrigin("bench", concepts, "bench");
    }
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      try (DataFolder data = DataFolder.open(folder, "entente bench termbase"); LuceneTermBase base = LuceneTermBase.open(data)) {
        embedded[i] = System.nanoTime() - t0;
        if (base.size() != concepts.size()) throw new IllegalStateException("embedded store: " + base.size() + " concepts");
      }
    }
    long[] remote = new long[runs];
    OpenSearchSettings settings = OpenSearchSettings.parse(url).withPrefix(prefix).withShards(1, cluster == null ? 0 : 1);
    try (OpenSearchTermBase base = OpenSearchTermBase.open(settings, Duration.ZERO)) {
      long t0 = System.nanoTime();
      base.replaceOrigin("bench", concepts, "bench");
      long importMs = (System.nanoTime() - t0) / 1_000_000;
      for (int i = 0; i < runs; i++) {
        long r0 = System.nanoTime();
        base.rebuild();
        remote[i] = System.nanoTime() - r0;
      }
      if (base.size() != concepts.size()) throw new IllegalStateException("OpenSearch store: " + base.size() + " concepts");
      base.dropIndexes();
      out.printf(Locale.ROOT, "  OpenSearch import (one atomic write): %d ms%n", importMs);
    }
    line("recogniser built alone (baseline)", alone, alone);
    line("embedded: open (read index + build)", embedded, alone);
    line("OpenSearch: reload (read over HTTP + build)", remote, alone);
  }

  private void line(String what, long[] nanos, long[] baseline) {
    out.printf(Locale.ROOT, "  %-45s median %8.1f ms, p99 %8.1f ms (%.2fx the baseline median)%n", what,
        pct(nanos, 50), pct(nanos, 99), pct(nanos, 50) / pct(baseline, 50));
  }

  /** A concept written through one instance, until another (checking every second) recognises it. */
  private void propagation(List<Concept> shipped, String url) throws InterruptedException {
    OpenSearchSettings settings = OpenSearchSettings.parse(url).withPrefix("bench-tb-watch-")
        .withShards(1, cluster == null ? 0 : 1);
    long[] seen = new long[writes];
    long[] put = new long[writes];
    try (OpenSearchTermBase a = OpenSearchTermBase.open(settings, Duration.ZERO);
         OpenSearchTermBase b = OpenSearchTermBase.open(settings)) {
      a.replaceOrigin("glossaries/nato.tbx", shipped, "bench");
      for (int i = 0; i < writes; i++) {
        String en = "Bench Liaison Cell " + (char) ('A' + i % 26) + (char) ('a' + i / 26);
        long p0 = System.nanoTime();
        a.put(new Concept("bench-" + i, "", null, null, "", null, null, "",
            List.of(Term.of(en, Language.EN, TermStatus.PREFERRED))));
        long t0 = System.nanoTime();
        put[i] = t0 - p0;
        while (b.recognise("the " + en + " met", Language.EN).isEmpty()) Thread.sleep(5);
        seen[i] = System.nanoTime() - t0;
      }
      a.dropIndexes();
    }
    out.printf(Locale.ROOT, "written through A (%d concepts), recognised by B (version checked every %d ms): %d writes, "
            + "median %.0f ms, p99 %.0f ms, max %.0f ms%n", shipped.size(), OpenSearchTermBase.DEFAULT_CHECK.toMillis(),
        writes, pct(seen, 50), pct(seen, 99), pct(seen, 100));
    out.printf(Locale.ROOT, "a put through A (acknowledged: durable, visible, its batch compacted): median %.0f ms, p99 %.0f ms%n",
        pct(put, 50), pct(put, 99));
  }

  /** The {@code p}th percentile of {@code nanos}, in milliseconds. */
  private static double pct(long[] nanos, int p) {
    double[] ms = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
    return MemoryBench.pct(ms, p);
  }
}
