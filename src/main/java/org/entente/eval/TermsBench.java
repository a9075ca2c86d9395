package org.entente.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entente.api.Json;
import org.entente.formats.CsvTermReader;
import org.entente.formats.TermFile;
import org.entente.index.DataFolder;
import org.entente.terminology.Concept;
import org.entente.terminology.LuceneTermBase;
import org.entente.terminology.SearchMode;
import org.entente.terminology.Term;
import org.entente.terminology.TermImport;
import org.entente.terminology.TermRecognizer;
import org.entente.terminology.TermStatus;
import org.entente.text.Language;

/**
 * {@code entente bench terms}: recognition time on a 10,000-word draft against a 100,000-concept termbase grown
 * from FranceTerme and TERMIUM with seeded variants, the memory it takes, Lucene import and lookup times, and a
 * naive baseline (one regular expression per term) on a subset, in the same run.
 */
public final class TermsBench {

  private final Path shared;
  private final PrintWriter out;
  private final int size;
  private final int words;
  private final int runs;
  private final int baselineTerms;
  private final long seed;
  private final boolean json;

  /** Reads the gold data under {@code shared} and prints to {@code out}. */
  public TermsBench(Path shared, PrintWriter out, int size, int words, int runs, int baselineTerms, long seed,
      boolean json) {
    this.shared = shared;
    this.out = out;
    this.size = size;
    this.words = words;
    this.runs = runs;
    this.baselineTerms = baselineTerms;
    this.seed = seed;
    this.json = json;
  }

  /** Runs the benchmark; returns the exit status. */
  public int run() throws Exception {
    Path terminology = shared.resolve("data/terminology");
    if (!Files.isDirectory(terminology)) {
      out.println("bench terms: " + terminology + " is absent; skipping");
      return 0;
    }
    Map<String, Object> fig = new LinkedHashMap<>();
    List<Concept> real = realConcepts(terminology);
    List<Concept> concepts = grow(real, size, new Random(seed));
    fig.put("seed", seed);
    fig.put("cores", Runtime.getRuntime().availableProcessors());
    fig.put("loadAverage", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    fig.put("realConcepts", real.size());
    fig.put("concepts", concepts.size());
    out.printf(Locale.ROOT, "machine: %d cores, load average %.1f at start%n", Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.println("termbase: " + concepts.size() + " concepts (" + real.size() + " real from FranceTerme + TERMIUM, the rest "
        + "generated with seed " + seed + ")");

    long before = usedMemory();
    long t0 = System.nanoTime();
    TermRecognizer recognizer = TermRecognizer.of(concepts);
    long buildMs = (System.nanoTime() - t0) / 1_000_000;
    long after = usedMemory();
    fig.put("buildMs", buildMs);
    fig.put("recognizerMB", (after - before) / (1024 * 1024));
    out.printf(Locale.ROOT, "recogniser: built in %d ms; %d MB of heap (%d fr + %d en terms)%n", buildMs,
        (after - before) / (1024 * 1024), recognizer.terms(Language.FR), recognizer.terms(Language.EN));

    for (Language lang : Language.values()) {
      String draft = draft(lang, concepts, new Random(seed + lang.ordinal()));
      int draftWords = draft.split("\\s+").length;
      for (int i = 0; i < 20; i++) recognizer.recognise(draft, lang); // warm-up
      long[] times = new long[runs];
      long[] cpu = new long[runs];
      long[] tokenizeOnly = new long[runs];
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      org.entente.segment.Tokenizer tokenizer = new org.entente.segment.Tokenizer(lang);
      int hits = 0;
      for (int i = 0; i < runs; i++) {
        long c = threads.getCurrentThreadCpuTime();
        long s = System.nanoTime();
        hits = recognizer.recognise(draft, lang).size();
        times[i] = System.nanoTime() - s;
        cpu[i] = threads.getCurrentThreadCpuTime() - c;
        long s2 = System.nanoTime();
        tokenizer.tokenize(draft);
        tokenizeOnly[i] = System.nanoTime() - s2;
      }
      double p50 = pct(times, 50);
      double p99 = pct(times, 99);
      // baseline: one case-insensitive regular expression per term, on a subset, same draft
      List<Pattern> patterns = new ArrayList<>();
      for (Concept c : concepts.subList(0, Math.min(baselineTerms, concepts.size()))) {
        for (Term t : c.terms(lang)) {
          patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(t.text()) + "(?![\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
      }
      regexRun(patterns, draft);
      int baseRuns = 5;
      long[] base = new long[baseRuns];
      for (int i = 0; i < baseRuns; i++) {
        long s = System.nanoTime();
        regexRun(patterns, draft);
        base[i] = System.nanoTime() - s;
      }
      double baseP50 = pct(base, 50);
      double perTerm = baseP50 / patterns.size();
      double extrapolated = perTerm * recognizer.terms(lang);
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("draftWords", draftWords);
      f.put("hits", hits);
      f.put("p50ms", round(p50));
      f.put("p99ms", round(p99));
      f.put("cpuP50ms", round(pct(cpu, 50)));
      f.put("cpuP99ms", round(pct(cpu, 99)));
      f.put("minMs", round(pct(times, 0)));
      f.put("tokenizerAloneP50ms", round(pct(tokenizeOnly, 50)));
      f.put("baselinePatterns", patterns.size());
      f.put("baselineP50ms", round(baseP50));
      f.put("baselineExtrapolatedMs", round(extrapolated));
      f.put("speedupVsBaselineExtrapolated", round(extrapolated / p50));
      fig.put(lang.code(), f);
      out.printf(Locale.ROOT, "%s: %d-word draft, %d hits: p50 %.2f ms, p99 %.2f ms, min %.2f ms; CPU time p50 %.2f ms, p99 %.2f ms (%d runs; the "
              + "tokenizer alone p50 %.2f ms) | baseline %d regexes: p50 %.1f ms, i.e. %.0f ms for all %d terms (x%.0f slower)%n",
          lang.code(), draftWords, hits, p50, p99, pct(times, 0), pct(cpu, 50), pct(cpu, 99), runs, pct(tokenizeOnly, 50), patterns.size(), baseP50,
          extrapolated, recognizer.terms(lang), extrapolated / p50);
    }

    // the same termbase through Lucene: import, size on disk, lookups
    Path tmp = Files.createTempDirectory("entente-bench-terms");
    try (DataFolder folder = DataFolder.open(tmp, "entente bench terms");
         LuceneTermBase base = LuceneTermBase.open(folder)) {
      long s = System.nanoTime();
      base.replaceOrigin("bench", concepts, "bench");
      long importMs = (System.nanoTime() - s) / 1_000_000;
      Random r = new Random(seed);
      List<String> queries = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        Term t = concepts.get(r.nextInt(concepts.size())).terms().get(0);
        queries.add(i % 2 == 0 ? t.text().substring(0, Math.min(5, t.text().length())) : typo(t.text(), r));
      }
      for (String q : queries) base.search(q, null, SearchMode.AUTO, 10);
      long[] lt = new long[queries.size()];
      for (int i = 0; i < queries.size(); i++) {
        long q0 = System.nanoTime();
        base.search(queries.get(i), null, SearchMode.AUTO, 10);
        lt[i] = System.nanoTime() - q0;
      }
      fig.put("luceneImportMs", importMs);
      fig.put("luceneIndexMB", round(base.sizeOnDisk() / 1048576.0));
      fig.put("lookupP50ms", round(pct(lt, 50)));
      fig.put("lookupP99ms", round(pct(lt, 99)));
      out.printf(Locale.ROOT, "lucene: import %d ms, index %.1f MB; lookup (prefix/typo, auto mode) p50 %.2f ms, p99 %.2f ms%n",
          importMs, base.sizeOnDisk() / 1048576.0, pct(lt, 50), pct(lt, 99));
    } finally {
      try (Stream<Path> w = Files.walk(tmp)) {
        w.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    if (json) out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(fig));
    out.flush();
    return 0;
  }

  private static int regexRun(List<Pattern> patterns, String text) {
    int n = 0;
    for (Pattern p : patterns) {
      var m = p.matcher(text);
      while (m.find()) n++;
    }
    return n;
  }

  private static String typo(String s, Random r) {
    if (s.length() < 5) return s;
    int i = 1 + r.nextInt(s.length() - 2);
    return s.substring(0, i) + s.substring(i + 1);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static double pct(long[] nanos, int p) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
    return s[Math.max(0, Math.min(s.length - 1, i))] / 1e6;
  }

  private static long usedMemory() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /**
   * The benchmark's termbase of {@code size} concepts: the real ones of {@code terminology} (FranceTerme, TERMIUM),
   * then generated ones from seed {@code seed} (also used by {@code bench termbase}).
   */
  public static List<Concept> termbase(Path terminology, int size, long seed) throws IOException {
    return grow(realConcepts(terminology), size, new Random(seed));
  }

  /** FranceTerme JSON (term, english) and the TERMIUM CSV sample, as concepts. */
  private static List<Concept> realConcepts(Path dir) throws IOException {
    List<Concept> out = new ArrayList<>(FranceTerme.concepts(dir.resolve("franceterme")));
    try (Stream<Path> files = Files.list(dir.resolve("termium-sample"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        TermFile tf = new CsvTermReader().read(Files.readAllBytes(f), f.getFileName().toString(), CsvTermReader.Options.DEFAULT);
        for (Concept c : TermImport.concepts(tf, "termium")) {
          Concept withId = new Concept("tm-" + out.size(), c.subjectField(), c.definitions(), c.notes(), "TERMIUM", null,
              null, "", c.terms());
          out.add(withId);
        }
      }
    }
    return out;
  }

  private static final String[] FR_LINK = {"de", "du", "des", "pour", "en matière de", "et"};
  private static final String[] EN_LINK = {"", "for", "and"};

  /** The real concepts, then generated ones combining two real terms, to {@code size}. */
  private static List<Concept> grow(List<Concept> real, int size, Random r) {
    List<Concept> out = new ArrayList<>(real);
    Set<String> seen = new HashSet<>();
    for (Concept c : real) c.terms(Language.FR).forEach(t -> seen.add(t.text()));
    while (out.size() < size) {
      Concept a = real.get(r.nextInt(real.size()));
      Concept b = real.get(r.nextInt(real.size()));
      var af = a.preferred(Language.FR);
      var bf = b.preferred(Language.FR);
      var ae = a.preferred(Language.EN);
      var be = b.preferred(Language.EN);
      if (af.isEmpty() || bf.isEmpty() || ae.isEmpty() || be.isEmpty()) continue;
      String fr = af.get().text() + " " + FR_LINK[r.nextInt(FR_LINK.length)] + " " + bf.get().text();
      String link = EN_LINK[r.nextInt(EN_LINK.length)];
      String en = link.isEmpty() ? be.get().text() + " " + ae.get().text() : ae.get().text() + " " + link + " " + be.get().text();
      if (!seen.add(fr)) continue;
      out.add(new Concept("gen-" + out.size(), "generated", null, null, "", null, null, "",
          List.of(Term.of(fr, Language.FR, TermStatus.PREFERRED), Term.of(en, Language.EN, TermStatus.PREFERRED))));
    }
    return out;
  }

  /** A draft of about {@code words} words: NATO and UN text with termbase terms spliced in every few sentences. */
  private String draft(Language lang, List<Concept> concepts, Random r) throws IOException {
    List<String> sentences = new ArrayList<>();
    Path nato = shared.resolve("corpus/nato");
    if (Files.isDirectory(nato)) {
      for (Path d : RecognitionEval.documents(nato)) {
        for (String l : Files.readAllLines(d.resolve(lang.code() + ".sent"), StandardCharsets.UTF_8)) if (!l.isBlank()) sentences.add(l);
      }
    }
    Path un = shared.resolve("data/parallel/un-v1/devset/UNv1.0.devset." + lang.code());
    if (Files.isRegularFile(un)) sentences.addAll(Files.readAllLines(un, StandardCharsets.UTF_8));
    StringBuilder b = new StringBuilder();
    int count = 0;
    int i = 0;
    while (count < words && !sentences.isEmpty()) {
      String s = sentences.get(i++ % sentences.size());
      if (i % 3 == 0) {
        Concept c = concepts.get(r.nextInt(concepts.size()));
        var t = c.preferred(lang);
        if (t.isPresent()) s = s + " " + t.get().text() + ".";
      }
      b.append(s).append(i % 8 == 0 ? "\n\n" : " ");
      count += s.split("\\s+").length;
    }
    return b.toString();
  }
}
