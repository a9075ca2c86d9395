package org.entente.eval;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.entente.segment.Lemmatizer;
import org.entente.terminology.Concept;
import org.entente.terminology.Term;
import org.entente.terminology.TermRecognizer;
import org.entente.terminology.TermStatus;
import org.entente.text.Language;

/**
 * The soak benchmark ({@code entente bench soak}): feeds term recognition (tokenizer, lemmatizer, term keys and their caches) a stream of
 * distinct invented words, 1,000,000 by default, and prints the heap used after a full collection at each tenth, so
 * a cache that grows with every new word form shows as a rising line.
 */
public final class SoakBench {
  private final PrintWriter out;
  private final int words;
  private final long seed;

  /** Feeds {@code words} distinct invented words made with {@code seed}, printing to {@code out}. */
  public SoakBench(PrintWriter out, int words, long seed) {
    this.out = out;
    this.words = words;
    this.seed = seed;
  }

  /** Runs the benchmark. */
  public void run() {
    TermRecognizer recognizer = TermRecognizer.of(List.of(new Concept("c-npg", "", Map.of(), Map.of(), "", null, null,
        "", List.of(Term.of("Groupe des plans nucléaires", Language.FR, TermStatus.PREFERRED),
            Term.of("Nuclear Planning Group", Language.EN, TermStatus.PREFERRED)))));
    SplittableRandom random = new SplittableRandom(seed);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    int step = Math.max(1, words / 10);
    List<long[]> points = new ArrayList<>();
    long started = System.nanoTime();
    int hits = 0;
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= words; i++) {
      text.append(word(i, random)).append(' ');
      if (i % 1_000 == 0 || i == words) {
        text.append("le Groupe des plans nucléaires.");
        hits += recognizer.recognise(text.toString(), i % 2 == 0 ? Language.FR : Language.EN).size();
        text.setLength(0);
      }
      if (i % step == 0) {
        System.gc();
        long used = memory.getHeapMemoryUsage().getUsed();
        points.add(new long[] {i, used});
        out.printf(Locale.ROOT, "%,10d words  heap after GC %7.1f MB  lemma cache FR %,d EN %,d%n", i, used / 1e6,
            Lemmatizer.of(Language.FR).cachedForms(), Lemmatizer.of(Language.EN).cachedForms());
        out.flush();
      }
    }
    long first = points.get(0)[1];
    long last = points.get(points.size() - 1)[1];
    long peak = points.stream().mapToLong(p -> p[1]).max().orElse(0);
    out.printf(Locale.ROOT, "%,d distinct words in %.1f s, %d term hits; heap after GC at %,d words %.1f MB, at %,d "
            + "words %.1f MB (ratio %.2f), peak %.1f MB%n", words, (System.nanoTime() - started) / 1e9, hits,
        points.get(0)[0], first / 1e6, points.get(points.size() - 1)[0], last / 1e6, (double) last / first, peak / 1e6);
    out.flush();
  }

  /** An invented word, distinct for each {@code i}: a syllable spelling of the number plus random letters. */
  static String word(int i, SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    String[] syllables = {"ka", "lo", "mi", "re", "tu", "va", "zo", "pe", "di", "su"};
    for (int n = i; n > 0; n /= 10) b.append(syllables[n % 10]);
    b.append((char) ('a' + random.nextInt(26)));
    return b.toString();
  }
}
