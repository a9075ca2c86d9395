package org.entente.align;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.text.BadInputException;

/**
 * A bilingual lexicon learnt from aligned sentences, as hunalign does without a dictionary: how many beads hold a
 * French word, an English word, and both. Pairs that co-occur often relative to their frequencies
 * (Dice coefficient) are taken as translations: {@code alliés → allies}, {@code soutien → support}.
 * It can be kept in a file and grows with every document aligned.
 */
public final class Lexicon {
  private final Map<String, Integer> frIds = new HashMap<>();
  private final Map<String, Integer> enIds = new HashMap<>();
  private final List<String> frWords = new ArrayList<>();
  private final List<String> enWords = new ArrayList<>();
  private int[] frCount = new int[1024];
  private int[] enCount = new int[1024];
  private final LongIntMap pairs = new LongIntMap();
  private long beads;

  /** Counts one aligned bead's distinct French and English words. */
  public void add(java.util.Collection<String> fr, java.util.Collection<String> en) {
    beads++;
    int[] f = new int[fr.size()];
    int[] e = new int[en.size()];
    int a = 0;
    for (String w : fr) f[a++] = frId(w);
    int b = 0;
    for (String w : en) e[b++] = enId(w);
    for (int x : f) frCount[x]++;
    for (int y : e) enCount[y]++;
    for (int x : f) for (int y : e) pairs.add(key(x, y), 1);
  }

  /** Adds another lexicon's counts to this one. */
  public void addAll(Lexicon other) {
    beads += other.beads;
    // the id first: frId may grow (replace) the count array
    for (int x = 0; x < other.frWords.size(); x++) {
      int id = frId(other.frWords.get(x));
      frCount[id] += other.frCount[x];
    }
    for (int y = 0; y < other.enWords.size(); y++) {
      int id = enId(other.enWords.get(y));
      enCount[id] += other.enCount[y];
    }
    other.pairs.forEach((k, c) -> pairs.add(key(frId(other.frWords.get((int) (k >>> 32))),
        enId(other.enWords.get((int) k))), c));
  }

  public long beads() {
    return beads;
  }

  /**
   * The translations of each French word: English words seen with it in at least {@code minCount} beads with a
   * Dice coefficient of at least {@code minDice}, best first, at most {@code max} per word.
   */
  public Map<String, List<String>> translations(int minCount, double minDice, int max) {
    Map<String, List<double[]>> best = new HashMap<>();
    pairs.forEach((k, c) -> {
      if (c < minCount) return;
      int x = (int) (k >>> 32);
      int y = (int) k;
      double dice = 2.0 * c / (frCount[x] + enCount[y]);
      if (dice < minDice) return;
      best.computeIfAbsent(frWords.get(x), w -> new ArrayList<>()).add(new double[] {dice, y});
    });
    Map<String, List<String>> out = new HashMap<>();
    best.forEach((w, list) -> {
      list.sort((p, q) -> Double.compare(q[0], p[0]));
      List<String> t = new ArrayList<>();
      for (int i = 0; i < Math.min(max, list.size()); i++) t.add(enWords.get((int) list.get(i)[1]));
      out.put(w, List.copyOf(t));
    });
    return out;
  }

  /** How many word pairs are counted. */
  public int pairCount() {
    return pairs.size();
  }

  private int frId(String w) {
    Integer id = frIds.get(w);
    if (id != null) return id;
    int nid = frWords.size();
    frIds.put(w, nid);
    frWords.add(w);
    if (nid >= frCount.length) frCount = java.util.Arrays.copyOf(frCount, nid * 2);
    return nid;
  }

  private int enId(String w) {
    Integer id = enIds.get(w);
    if (id != null) return id;
    int nid = enWords.size();
    enIds.put(w, nid);
    enWords.add(w);
    if (nid >= enCount.length) enCount = java.util.Arrays.copyOf(enCount, nid * 2);
    return nid;
  }

  private static long key(int x, int y) {
    return ((long) x << 32) | (y & 0xffffffffL);
  }

  /**
   * Writes the counts to {@code file} (atomically), keeping the pairs seen at least twice and the words they use,
   * so that the file stays small: {@code P<TAB>alliés<TAB>allies<TAB>12}.
   */
  public void save(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        w.write("# entente alignment lexicon: B beads, F/E word bead counts, P pair bead counts\n");
        w.write("B\t" + beads + "\n");
        boolean[] frUsed = new boolean[frWords.size()];
        boolean[] enUsed = new boolean[enWords.size()];
        StringBuilder pairLines = new StringBuilder();
        pairs.forEach((k, c) -> {
          if (c < 2) return;
          int x = (int) (k >>> 32);
          int y = (int) k;
          frUsed[x] = true;
          enUsed[y] = true;
          pairLines.append("P\t").append(frWords.get(x)).append('\t').append(enWords.get(y)).append('\t').append(c)
              .append('\n');
        });
        for (int x = 0; x < frWords.size(); x++) {
          if (frUsed[x]) w.write("F\t" + frWords.get(x) + "\t" + frCount[x] + "\n");
        }
        for (int y = 0; y < enWords.size(); y++) {
          if (enUsed[y]) w.write("E\t" + enWords.get(y) + "\t" + enCount[y] + "\n");
        }
        w.write(pairLines.toString());
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the alignment lexicon " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a lexicon written by {@link #save}; an absent file gives an empty lexicon. */
  public static Lexicon load(Path file) {
    Lexicon lex = new Lexicon();
    if (!Files.exists(file)) return lex;
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the alignment lexicon " + file + ": " + e.getMessage(), e);
    }
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      try {
        switch (f[0]) {
          case "B" -> lex.beads = Long.parseLong(f[1]);
          case "F" -> {
            int id = lex.frId(f[1]);
            lex.frCount[id] += Integer.parseInt(f[2]);
          }
          case "E" -> {
            int id = lex.enId(f[1]);
            lex.enCount[id] += Integer.parseInt(f[2]);
          }
          case "P" -> lex.pairs.add(key(lex.frId(f[1]), lex.enId(f[2])), Integer.parseInt(f[3]));
          default -> throw new NumberFormatException("unknown record " + f[0]);
        }
      } catch (RuntimeException e) {
        throw new BadInputException("malformed lexicon line: " + e.getMessage(), file + ":" + (n + 1),
            "delete the file; it is rebuilt from the next documents aligned");
      }
    }
    return lex;
  }
}
