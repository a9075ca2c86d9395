package org.entente.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.entente.Services;
import org.entente.api.ApiConfig;
import org.entente.api.ApiServer;
import org.entente.check.CheckConfig;
import org.entente.check.CheckRequest;
import org.entente.formats.InlineText;
import org.entente.memory.ImportOptions;
import org.entente.memory.LookupQuery;
import org.entente.suggest.SuggestQuery;
import org.entente.terminology.GlossarySync;
import org.entente.text.Language;
import org.entente.text.ProgressInputStream;

/**
 * {@code entente bench service}: {@code POST /api/v1/suggest} latency and throughput with concurrent clients against a
 * memory grown from {@code ../shared/data/parallel} and the NATO termbase, and {@code /v2/check} on a 10,000-word
 * draft, each beside an in-process baseline on the same data (the suggester or lookup alone, the checker alone).
 */
public final class ServiceBench {

  private final Path shared;
  private final PrintWriter out;
  private final int units;
  private final int clients;
  private final int requests;
  private final int words;
  private final long seed;
  private final Path glossaries;
  private final ProgressTasks progress;

  /** Reads the gold data under {@code shared} and prints to {@code out}. */
  public ServiceBench(Path shared, PrintWriter out, int units, int clients, int requests, int words, long seed,
      Path glossaries, ProgressTasks progress) {
    this.shared = shared;
    this.out = out;
    this.units = units;
    this.clients = clients;
    this.requests = requests;
    this.words = words;
    this.seed = seed;
    this.glossaries = glossaries;
    this.progress = progress;
  }

  /** Runs the benchmark; returns the exit status. */
  public int run() throws Exception {
    Path parallel = shared.resolve("data/parallel");
    Path nato = shared.resolve("corpus/nato");
    if (!Files.isDirectory(parallel) || !Files.isDirectory(nato)) {
      out.println("bench service: " + parallel + " or " + nato + " is absent; skipping");
      return 0;
    }
    Random random = new Random(seed);
    List<String[]> pairs = BenchData.pairs(parallel);
    out.printf(Locale.ROOT, "bench service: %d distinct real pairs from %s, grown to %,d units (seed %d); %d cores, "
        + "load average %.1f at start%n", pairs.size(), parallel, units, seed, Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    Path tmp = Files.createTempDirectory("entente-bench-service");
    try (Services services = Services.open(tmp, "entente bench service")) {
      GlossarySync.run(glossaries, services.terms());
      Path tmx = tmp.resolve("bench.tmx");
      long t0 = System.nanoTime();
      BenchData.writeTmx(tmx, pairs, units, random);
      try (ProgressTasks.Task shown = progress.start("importing " + units + " units", Files.size(tmx), "bytes");
          InputStream in = new ProgressInputStream(Files.newInputStream(tmx), Files.size(tmx), shown)) {
        services.memory().importTmx(in, "bench.tmx", ImportOptions.DEFAULT.withMaxBytes(Long.MAX_VALUE));
      }
      out.printf(Locale.ROOT, "memory: %,d units imported in %.1f s; termbase: %d concepts%n", services.memory().size(),
          (System.nanoTime() - t0) / 1e9, services.terms().size());
      List<String> queries = BenchData.queries(pairs, nato, 2000, random);
      try (ApiServer server = new ApiServer(services, new ApiConfig("127.0.0.1", 0, "", List.of(),
          new ApiConfig.Limits(50L * 1024 * 1024, 1_000_000, 1_000, 100))).start()) {
        suggest(out, services, server, queries);
        check(out, services, server, nato);
      }
    } finally {
      try (Stream<Path> s = Files.walk(tmp)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return 0;
  }

  private void suggest(PrintWriter out, Services services, ApiServer server, List<String> queries) throws Exception {
    // in-process baselines, single thread: the memory lookup alone, then the whole suggester
    for (int i = 0; i < 300; i++) services.suggester().suggest(SuggestQuery.of(queries.get(i % queries.size()), Language.FR));
    long[] lookup = new long[1000];
    long[] inProcess = new long[1000];
    for (int i = 0; i < 1000; i++) {
      String q = queries.get(i % queries.size());
      long t = System.nanoTime();
      services.lookupMemory().lookup(LookupQuery.of(q, Language.FR));
      lookup[i] = System.nanoTime() - t;
      t = System.nanoTime();
      services.suggester().suggest(SuggestQuery.of(q, Language.FR));
      inProcess[i] = System.nanoTime() - t;
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI uri = URI.create(server.baseUrl() + "/api/v1/suggest");
    List<String> bodies = queries.stream().map(q -> "{\"text\":" + json(q) + "}").toList();
    for (int i = 0; i < 300; i++) send(http, uri, bodies.get(i % bodies.size()));
    long[] single = new long[1000];
    for (int i = 0; i < single.length; i++) {
      long t = System.nanoTime();
      send(http, uri, bodies.get(i % bodies.size()));
      single[i] = System.nanoTime() - t;
    }
    long[] lat = new long[requests];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      fs.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
          long t = System.nanoTime();
          send(http, uri, bodies.get(i % bodies.size()));
          lat[i] = System.nanoTime() - t;
        }
        return null;
      }));
    }
    for (Future<?> f : fs) f.get();
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    out.println();
    out.printf(Locale.ROOT, "POST /api/v1/suggest, %d clients, %d requests over %d distinct French segments:%n", clients,
        requests, queries.size());
    out.printf(Locale.ROOT, "  HTTP, %d clients   p50 %6.2f ms  p99 %6.2f ms  mean %6.2f ms  throughput %.0f req/s%n", clients,
        ms(lat, 50), ms(lat, 99), mean(lat), requests / seconds);
    out.printf(Locale.ROOT, "  HTTP, 1 client    p50 %6.2f ms  p99 %6.2f ms  mean %6.2f ms%n", ms(single, 50), ms(single, 99), mean(single));
    out.printf(Locale.ROOT, "  in-process suggester (1 thread)  p50 %6.2f ms  p99 %6.2f ms  mean %6.2f ms%n", ms(inProcess, 50),
        ms(inProcess, 99), mean(inProcess));
    out.printf(Locale.ROOT, "  in-process memory lookup alone   p50 %6.2f ms  p99 %6.2f ms  (suggest/lookup p50 ratio %.2f)%n",
        ms(lookup, 50), ms(lookup, 99), ms(inProcess, 50) / Math.max(1e-9, ms(lookup, 50)));
  }

  private void check(PrintWriter out, Services services, ApiServer server, Path nato) throws Exception {
    String draft = BenchData.draft(nato, words);
    int count = draft.split("\\s+").length;
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI uri = URI.create(server.baseUrl() + "/v2/check");
    String form = "language=en-GB&text=" + URLEncoder.encode(draft, StandardCharsets.UTF_8);
    CheckRequest inProcess = CheckRequest.document(draft, null, CheckConfig.DEFAULT);
    for (int i = 0; i < 10; i++) {
      postForm(http, uri, form);
      services.checker().check(inProcess);
    }
    int runs = 40;
    long[] lat = new long[runs];
    long[] base = new long[runs];
    int findings = 0;
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      String body = postForm(http, uri, form);
      lat[i] = System.nanoTime() - t;
      if (i == 0) findings = body.split("\"rule\"").length - 1;
      t = System.nanoTime();
      services.checker().check(inProcess);
      base[i] = System.nanoTime() - t;
    }
    out.println();
    out.printf(Locale.ROOT, "POST /v2/check (form), a %,d-word English draft (%,d characters, NATO texts repeated), %d runs, "
        + "%d matches:%n", count, draft.length(), runs, findings);
    out.printf(Locale.ROOT, "  HTTP                p50 %6.1f ms  p99 %6.1f ms%n", ms(lat, 50), ms(lat, 99));
    out.printf(Locale.ROOT, "  in-process checker  p50 %6.1f ms  p99 %6.1f ms  (HTTP/in-process p50 ratio %.2f)%n",
        ms(base, 50), ms(base, 99), ms(lat, 50) / Math.max(1e-9, ms(base, 50)));
    String source = BenchData.source(nato, words);
    CheckRequest bilingual = CheckRequest.document(draft, source, CheckConfig.DEFAULT);
    services.checker().check(bilingual);
    long[] bi = new long[5];
    for (int i = 0; i < bi.length; i++) {
      long t = System.nanoTime();
      services.checker().check(bilingual);
      bi[i] = System.nanoTime() - t;
    }
    out.printf(Locale.ROOT, "  in-process checker with its French source (aligned), %d runs: p50 %.1f ms%n", bi.length, ms(bi, 50));
  }

  private static String send(HttpClient http, URI uri, String body) {
    return post(http, uri, "application/json", body);
  }

  private static String postForm(HttpClient http, URI uri, String form) {
    return post(http, uri, "application/x-www-form-urlencoded", form);
  }

  private static String post(HttpClient http, URI uri, String contentType, String body) {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Content-Type", contentType)
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) throw new IllegalStateException(uri.getPath() + " answered " + r.statusCode() + ": " + r.body());
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static double mean(long[] nanos) {
    return Arrays.stream(nanos).average().orElse(0) / 1e6;
  }

  static double ms(long[] nanos, int percentile) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    int i = (int) Math.ceil(percentile / 100.0 * s.length) - 1;
    return s[Math.max(0, Math.min(s.length - 1, i))] / 1e6;
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }

  /** The benchmark's data: real pairs, the grown memory, the queries and the drafts. */
  static final class BenchData {
    private BenchData() {}

    static List<String[]> pairs(Path parallel) throws IOException {
      Set<String> seen = new LinkedHashSet<>();
      List<String[]> out = new ArrayList<>();
      Path hansard = parallel.resolve("hansard36");
      if (Files.isDirectory(hansard)) {
        try (Stream<Path> s = Files.list(hansard)) {
          for (Path f : s.filter(p -> p.toString().endsWith(".f")).sorted().toList()) {
            Path e = Path.of(f.toString().substring(0, f.toString().length() - 2) + ".e");
            add(out, seen, Files.readAllLines(f, StandardCharsets.UTF_8), Files.readAllLines(e, StandardCharsets.UTF_8));
          }
        }
      }
      for (Path dir : List.of(parallel.resolve("wmt-newstest"), parallel.resolve("un-v1/devset"))) {
        if (!Files.isDirectory(dir)) continue;
        try (Stream<Path> s = Files.list(dir)) {
          for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".fr")).sorted().toList()) {
            String n = f.getFileName().toString();
            Path e = f.resolveSibling(n.substring(0, n.length() - 3) + ".en");
            if (Files.isRegularFile(e)) {
              add(out, seen, Files.readAllLines(f, StandardCharsets.UTF_8), Files.readAllLines(e, StandardCharsets.UTF_8));
            }
          }
        }
      }
      Path flores = parallel.resolve("flores101");
      if (Files.isRegularFile(flores.resolve("fra.devtest"))) {
        add(out, seen, Files.readAllLines(flores.resolve("fra.devtest"), StandardCharsets.UTF_8),
            Files.readAllLines(flores.resolve("eng.devtest"), StandardCharsets.UTF_8));
      }
      return out;
    }

    private static void add(List<String[]> out, Set<String> seen, List<String> fr, List<String> en) {
      for (int i = 0; i < Math.min(fr.size(), en.size()); i++) {
        String f = fr.get(i).strip();
        String e = en.get(i).strip();
        if (f.length() < 15 || e.isEmpty() || f.length() > 500 || !seen.add(f)) continue;
        out.add(new String[] {f, e});
      }
    }

    /** The real pairs, then near-duplicates (one word dropped, swapped or repeated) until {@code n} units. */
    static void writeTmx(Path file, List<String[]> pairs, int n, Random random) throws IOException {
      try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"entente-bench\" "
            + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"entente\" adminlang=\"en\" srclang=\"fr\" "
            + "datatype=\"plaintext\"/><body>\n");
        for (int i = 0; i < n; i++) {
          String[] p = pairs.get(i % pairs.size());
          String fr = i < pairs.size() ? p[0] : vary(p[0], random);
          String en = i < pairs.size() ? p[1] : p[1] + (random.nextInt(4) == 0 ? " " + i : "");
          w.write("<tu><tuv xml:lang=\"fr\"><seg>" + InlineText.escape(fr) + "</seg></tuv><tuv xml:lang=\"en\"><seg>"
              + InlineText.escape(en) + "</seg></tuv></tu>\n");
        }
        w.write("</body></tmx>\n");
      }
    }

    static String vary(String s, Random random) {
      String[] w = s.split(" ");
      if (w.length < 3) return s + " " + random.nextInt(1000);
      int k = random.nextInt(w.length);
      List<String> l = new ArrayList<>(Arrays.asList(w));
      switch (random.nextInt(3)) {
        case 0 -> l.remove(k);
        case 1 -> l.set(k, w[random.nextInt(w.length)]);
        default -> l.add(k, w[k]);
      }
      return String.join(" ", l);
    }

    /** Half real segments of the memory (exact or near), half varied (fuzzy), and the NATO French sentences. */
    static List<String> queries(List<String[]> pairs, Path nato, int n, Random random) throws IOException {
      List<String> out = new ArrayList<>();
      try (Stream<Path> s = Files.list(nato)) {
        for (Path d : s.filter(Files::isDirectory).sorted().toList()) {
          if (Files.isRegularFile(d.resolve("fr.sent"))) {
            for (String line : Files.readAllLines(d.resolve("fr.sent"), StandardCharsets.UTF_8)) {
              if (line.strip().length() > 20) out.add(line.strip());
            }
          }
        }
      }
      while (out.size() < n) {
        String q = pairs.get(random.nextInt(pairs.size()))[0];
        out.add(random.nextBoolean() ? q : vary(vary(q, random), random));
      }
      Collections.shuffle(out, random);
      return out;
    }

    static String draft(Path nato, int words) throws IOException {
      return repeat(nato, "en.txt", words);
    }

    static String source(Path nato, int words) throws IOException {
      return repeat(nato, "fr.txt", words);
    }

    private static String repeat(Path nato, String name, int words) throws IOException {
      List<String> texts = new ArrayList<>();
      try (Stream<Path> s = Files.list(nato)) {
        for (Path d : s.filter(Files::isDirectory).sorted().toList()) texts.add(Files.readString(d.resolve(name), StandardCharsets.UTF_8));
      }
      StringBuilder b = new StringBuilder();
      int count = 0;
      // the French side repeats the same documents as many times as the English side does
      int rounds = 0;
      while (count < words || rounds == 0) {
        for (String t : texts) {
          b.append(t.strip()).append("\n\n");
        }
        rounds++;
        count = b.toString().split("\\s+").length;
        if (name.equals("fr.txt") && rounds >= roundsFor(nato, words)) break;
      }
      return b.toString();
    }

    private static int roundsFor(Path nato, int words) throws IOException {
      int perRound = 0;
      try (Stream<Path> s = Files.list(nato)) {
        for (Path d : s.filter(Files::isDirectory).toList()) {
          perRound += Files.readString(d.resolve("en.txt"), StandardCharsets.UTF_8).strip().split("\\s+").length;
        }
      }
      return (words + perRound - 1) / perRound;
    }
  }
}
