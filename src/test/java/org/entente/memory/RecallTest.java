package org.entente.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.entente.formats.InlineText;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fuzzy lookup against exhaustive scoring of the whole memory, on seeded random near-duplicates. */
class RecallTest {
  @TempDir Path tmp;

  static List<String> vocabulary(Random r, int size) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      StringBuilder w = new StringBuilder();
      int len = 2 + r.nextInt(8);
      for (int k = 0; k < len; k++) w.append((char) ('a' + r.nextInt(26)));
      words.add(w.toString());
    }
    return words;
  }

  /** Zipf-like: a few words are very common, as in real text. */
  static String word(Random r, List<String> vocab) {
    double x = r.nextDouble();
    return vocab.get((int) (vocab.size() * x * x * x));
  }

  static List<String> mutate(Random r, List<String> tokens, List<String> vocab, int edits) {
    List<String> t = new ArrayList<>(tokens);
    for (int e = 0; e < edits; e++) {
      int op = r.nextInt(3);
      if (op == 0 && !t.isEmpty()) t.set(r.nextInt(t.size()), word(r, vocab));
      else if (op == 1) t.add(r.nextInt(t.size() + 1), word(r, vocab));
      else if (t.size() > 1) t.remove(r.nextInt(t.size()));
    }
    return t;
  }

  /** A TMX file of French segments, the English side numbered {@code t0}, {@code t1} … */
  static String tmx(List<String> french) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < french.size(); i++) {
      body.append("<tu><tuv xml:lang=\"fr\"><seg>").append(InlineText.escape(french.get(i)))
          .append("</seg></tuv><tuv xml:lang=\"en\"><seg>t").append(i).append("</seg></tuv></tu>\n");
    }
    return "<?xml version=\"1.0\"?><tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" "
        + "segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"fr\" datatype=\"plaintext\"/><body>" + body
        + "</body></tmx>";
  }

  @Test
  void fuzzyLookupReturnsAtLeast99PercentOfWhatExhaustiveScoringFinds() {
    long seed = Long.getLong("recall.seed", System.nanoTime());
    System.out.println("RecallTest seed: " + seed + " (rerun with -Drecall.seed=" + seed + ")");
    Random r = new Random(seed);
    List<String> vocab = vocabulary(r, 400);
    List<List<String>> bases = new ArrayList<>();
    List<String> segments = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      List<String> base = new ArrayList<>();
      int len = 4 + r.nextInt(20);
      for (int k = 0; k < len; k++) base.add(word(r, vocab));
      bases.add(base);
      for (int v = 0; v < 5; v++) {
        List<String> variant = v == 0 ? base : mutate(r, base, vocab, 1 + r.nextInt(4));
        segments.add(String.join(" ", variant) + (r.nextBoolean() ? " 12." : "."));
      }
    }
    String xml = tmx(segments);
    try (LuceneTranslationMemory tm = LuceneTranslationMemory.open(tmp.resolve("tm"))) {
      tm.importTmx(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "random.tmx", ImportOptions.DEFAULT);
      int relevant = 0;
      int found = 0;
      for (int q = 0; q < 100; q++) {
        List<String> base = bases.get(r.nextInt(bases.size()));
        String text = String.join(" ", mutate(r, base, vocab, r.nextInt(4))) + ".";
        LookupQuery query = new LookupQuery(text, Language.FR, "", "", 70, 10, List.of());
        List<TmMatch> exhaustive = tm.lookupExhaustive(query);
        Set<String> returned = new HashSet<>();
        for (TmMatch m : tm.lookup(query)) {
          assertThat(m.score()).isBetween(70, 101);
          returned.add(m.unitId());
        }
        relevant += exhaustive.size();
        for (TmMatch m : exhaustive) if (returned.contains(m.unitId())) found++;
      }
      assertThat(relevant).isGreaterThan(100);
      double recall = (double) found / relevant;
      System.out.println("RecallTest recall at min 70: " + recall + " (" + found + "/" + relevant + ")");
      assertThat(recall).isGreaterThanOrEqualTo(0.99);
    }
  }

  /**
   * More units share the query's terms than the candidate cap: a fuzzy lookup still returns the best-scoring ones
   * (the cap keeps Lucene's best-ranked candidates), at min 50, 70 and 90, checked against exhaustive scoring.
   */
  @Test
  void recallHoldsWithMoreCandidatesThanTheCapAtMinFiftySeventyAndNinety() {
    long seed = Long.getLong("recall.seed", System.nanoTime());
    System.out.println("RecallTest cap seed: " + seed + " (rerun with -Drecall.seed=" + seed + ")");
    Random r = new Random(seed);
    List<String> vocab = vocabulary(r, 60);
    List<String> base = new ArrayList<>();
    for (int k = 0; k < 12; k++) base.add(word(r, vocab));
    List<String> segments = new ArrayList<>();
    int units = LuceneTranslationMemory.CANDIDATES + 1_000;
    for (int i = 0; i < units; i++) segments.add(String.join(" ", mutate(r, base, vocab, 1 + r.nextInt(5))) + ".");
    String xml = tmx(segments);
    try (LuceneTranslationMemory tm = LuceneTranslationMemory.open(tmp.resolve("cap"))) {
      tm.importTmx(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "cap.tmx", ImportOptions.DEFAULT);
      for (int min : new int[] {50, 70, 90}) {
        int relevant = 0;
        int found = 0;
        int candidatesOverCap = 0;
        for (int q = 0; q < 20; q++) {
          String text = String.join(" ", mutate(r, base, vocab, r.nextInt(3))) + ".";
          LookupQuery query = new LookupQuery(text, Language.FR, "", "", min, 10, List.of());
          List<TmMatch> exhaustive = tm.lookupExhaustive(query);
          if (tm.lookupExhaustive(new LookupQuery(text, Language.FR, "", "", min, units, List.of())).size()
              > LuceneTranslationMemory.CANDIDATES) {
            candidatesOverCap++;
          }
          List<TmMatch> returned = tm.lookup(query);
          // ties beyond the cap may be other units of the same score: compare scores rank by rank
          relevant += exhaustive.size();
          for (int i = 0; i < Math.min(exhaustive.size(), returned.size()); i++) {
            if (returned.get(i).score() == exhaustive.get(i).score()) found++;
          }
        }
        double recall = relevant == 0 ? 1 : (double) found / relevant;
        System.out.println("RecallTest over the cap, min " + min + ": " + recall + " (" + found + "/" + relevant
            + "), queries with more candidates than the cap: " + candidatesOverCap);
        if (min == 50) assertThat(candidatesOverCap).as("the test must exceed the cap").isPositive();
        assertThat(recall).as("min %d", min).isGreaterThanOrEqualTo(0.99);
      }
    }
  }
}
