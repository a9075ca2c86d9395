package org.entente.omegat;

import java.io.OutputStream;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.omegat.util.Language;

/**
 * The plugin's call time per segment against a running service, as OmegaT makes it: {@link EntenteTranslate}
 * ({@code getTranslation}, JSON and HTTP included) and {@link EntenteGlossary} ({@code search}, definitions kept),
 * with a baseline from the same run: the bare {@code POST /api/v1/suggest} over {@link HttpURLConnection}, calls
 * interleaved. Queries: seeded samples of a {@code pairs.tsv} (French sources, as {@code bench memory} writes it),
 * half exact, half with one word dropped (fuzzy). Not a test; run it by hand:
 * {@code java -cp <test class path> org.entente.omegat.PluginCallBench http://127.0.0.1:8080 pairs.tsv 1000 42}.
 */
public final class PluginCallBench {
  private PluginCallBench() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    Path pairs = Path.of(args[1]);
    int n = Integer.parseInt(args[2]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
    OmegaTHome.dir();
    System.setProperty(EntenteSettings.URL, url);
    System.setProperty(EntenteSettings.READ_TIMEOUT, "60000");
    List<String> queries = sample(pairs, n, seed);
    EntenteTranslate mt = new EntenteTranslate();
    mt.setEnabled(true);
    EntenteGlossary glossary = new EntenteGlossary();
    Language fr = new Language("fr-FR");
    Language en = new Language("en-GB");
    for (int i = 0; i < Math.min(50, queries.size()); i++) { // warm-up, not measured
      mt.getTranslation(fr, en, queries.get(i));
      raw(url, queries.get(i));
    }
    long[] plugin = new long[queries.size()];
    long[] base = new long[queries.size()];
    long[] gloss = new long[queries.size()];
    int proposals = 0;
    for (int i = 0; i < queries.size(); i++) {
      String q = queries.get(i);
      long t0 = System.nanoTime();
      if (mt.getTranslation(fr, en, q) != null) proposals++;
      long t1 = System.nanoTime();
      raw(url, q);
      long t2 = System.nanoTime();
      glossary.search(fr, en, q);
      long t3 = System.nanoTime();
      plugin[i] = t1 - t0;
      base[i] = t2 - t1;
      gloss[i] = t3 - t2;
    }
    System.out.printf(Locale.ROOT, "%d segments (seed %d, half exact, half one word dropped), %d with a proposal%n",
        queries.size(), seed, proposals);
    System.out.printf(Locale.ROOT, "%-34s %9s %9s%n", "per segment", "p50 ms", "p99 ms");
    row("plugin MT (EntenteTranslate)", plugin);
    row("baseline POST /api/v1/suggest", base);
    row("plugin glossary (EntenteGlossary)", gloss);
    System.out.printf(Locale.ROOT, "ratio plugin MT / baseline: p50 %.2f, p99 %.2f%n",
        pct(plugin, 50) / pct(base, 50), pct(plugin, 99) / pct(base, 99));
  }

  private static void row(String name, long[] ns) {
    System.out.printf(Locale.ROOT, "%-34s %9.2f %9.2f%n", name, pct(ns, 50), pct(ns, 99));
  }

  private static double pct(long[] ns, int p) {
    long[] s = ns.clone();
    Arrays.sort(s);
    int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
    return s[Math.max(0, Math.min(s.length - 1, i))] / 1e6;
  }

  private static List<String> sample(Path pairs, int n, long seed) throws Exception {
    List<String> all = Files.readAllLines(pairs, StandardCharsets.UTF_8);
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    while (out.size() < n) {
      String fr = all.get(r.nextInt(all.size())).split("\t", 2)[0].trim();
      String[] words = fr.split(" ");
      if (words.length < 4 || fr.length() > 400) continue;
      if (out.size() % 2 == 1) { // fuzzy: one word dropped
        List<String> w = new ArrayList<>(Arrays.asList(words));
        w.remove(1 + r.nextInt(w.size() - 2));
        fr = String.join(" ", w);
      }
      out.add(fr);
    }
    return out;
  }

  private static void raw(String url, String text) throws Exception {
    HttpURLConnection c = (HttpURLConnection) new URL(url + "/api/v1/suggest").openConnection();
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.setRequestProperty("Content-Type", "application/json; charset=UTF-8");
    byte[] body = ("{\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"lang\":\"fr-FR\"}")
        .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = c.getOutputStream()) {
      out.write(body);
    }
    try (InputStream in = c.getInputStream()) {
      while (in.read(new byte[8192]) > 0) {
        // drain
      }
    }
    c.disconnect();
  }
}
