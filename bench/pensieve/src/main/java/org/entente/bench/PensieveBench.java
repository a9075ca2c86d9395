package org.entente.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.tm.pensieve.common.TranslationUnit;
import net.sf.okapi.tm.pensieve.common.TranslationUnitVariant;
import net.sf.okapi.tm.pensieve.seeker.ITmSeeker;
import net.sf.okapi.tm.pensieve.seeker.TmSeekerFactory;
import net.sf.okapi.tm.pensieve.writer.ITmWriter;
import net.sf.okapi.tm.pensieve.writer.TmWriterFactory;

/**
 * Runs Okapi Pensieve on the data Entente's memory benchmark wrote: {@code DIR/pairs.tsv} (French TAB English),
 * {@code DIR/exact.txt} and {@code DIR/fuzzy.txt} (one French query a line). Prints {@code key=value} lines.
 */
public final class PensieveBench {
  private PensieveBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int minScore = args.length > 1 ? Integer.parseInt(args[1]) : 70;
    Path index = Files.createTempDirectory("pensieve");
    LocaleId fr = LocaleId.fromString("fr");
    LocaleId en = LocaleId.fromString("en");
    long t0 = System.nanoTime();
    long units = 0;
    ITmWriter writer = TmWriterFactory.createFileBasedTmWriter(index.toString(), true);
    try (BufferedReader in = Files.newBufferedReader(dir.resolve("pairs.tsv"), StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (tab < 0) continue;
        writer.indexTranslationUnit(new TranslationUnit(
            new TranslationUnitVariant(fr, new TextFragment(line.substring(0, tab))),
            new TranslationUnitVariant(en, new TextFragment(line.substring(tab + 1)))));
        units++;
      }
    }
    writer.commit();
    writer.close();
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.println("units=" + units);
    System.out.println(String.format(Locale.ROOT, "import_units_per_s=%.0f", units / seconds));
    long bytes;
    try (Stream<Path> s = Files.walk(index)) {
      bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    System.out.println(String.format(Locale.ROOT, "index_bytes_per_unit=%.1f", (double) bytes / units));
    int maxQueries = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
    List<String> exact = Files.readAllLines(dir.resolve("exact.txt"), StandardCharsets.UTF_8);
    List<String> fuzzy = Files.readAllLines(dir.resolve("fuzzy.txt"), StandardCharsets.UTF_8);
    exact = exact.subList(0, Math.min(maxQueries, exact.size()));
    fuzzy = fuzzy.subList(0, Math.min(maxQueries, fuzzy.size()));
    List<String> fuzzyQueries = fuzzy;
    try (ITmSeeker seeker = TmSeekerFactory.createFileBasedTmSeeker(index.toString())) {
      for (int i = 0; i < Math.min(50, fuzzy.size()); i++) seeker.searchFuzzy(new TextFragment(fuzzy.get(i)), minScore, 10, null);
      report("exact", time(exact, q -> seeker.searchExact(new TextFragment(q), null)));
      report("fuzzy", time(fuzzy, q -> seeker.searchFuzzy(new TextFragment(q), minScore, 10, null)));
      ExecutorService pool = Executors.newFixedThreadPool(8);
      long c0 = System.nanoTime();
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        int offset = c;
        futures.add(pool.submit(() -> {
          for (int i = offset; i < fuzzyQueries.size(); i += 8) {
            seeker.searchFuzzy(new TextFragment(fuzzyQueries.get(i)), minScore, 10, null);
          }
        }));
      }
      for (Future<?> f : futures) f.get();
      pool.shutdown();
      System.out.println(String.format(Locale.ROOT, "fuzzy_qps_8_clients=%.1f", fuzzy.size() / ((System.nanoTime() - c0) / 1e9)));
    }
    try (Stream<Path> s = Files.walk(index)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  interface Query {
    void run(String q) throws IOException;
  }

  static double[] time(List<String> queries, Query q) throws IOException {
    double[] ms = new double[queries.size()];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      q.run(queries.get(i));
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }

  static void report(String name, double[] sorted) {
    System.out.println(String.format(Locale.ROOT, "%s_p50_ms=%.3f", name, sorted[sorted.length / 2]));
    System.out.println(String.format(Locale.ROOT, "%s_p99_ms=%.3f", name, sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]));
  }
}
