package org.entente.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.entente.align.Bead;
import org.entente.align.Document;

/**
 * A document pair with known gold beads, built from sentence-aligned parallel text by shuffling in, with a fixed
 * seed, what real counterparts do: a sentence dropped on one side (1-0, 0-1), two sentences merged on one side
 * (2-1, 1-2) and a sentence split at a comma (1-2, 2-1). {@code SyntheticPair.build(fr, en, 1000, 42)}.
 */
public record SyntheticPair(Document document, List<Bead> gold) {
  /** Rates per source pair of each edit. */
  static final double DROP = 0.015;
  static final double MERGE = 0.04;
  static final double SPLIT = 0.02;

  /**
   * @param fr French sentences, line i translating {@code en} line i
   * @param size how many source pairs to use (from the start)
   */
  public static SyntheticPair build(List<String> fr, List<String> en, int size, long seed) {
    Random r = new Random(seed);
    List<String> f = new ArrayList<>();
    List<String> e = new ArrayList<>();
    List<Bead> gold = new ArrayList<>();
    int n = Math.min(size, Math.min(fr.size(), en.size()));
    int i = 0;
    while (i < n) {
      double x = r.nextDouble();
      if (x < DROP) {
        gold.add(Bead.of(List.of(f.size()), List.of()));
        f.add(fr.get(i));
        i++;
      } else if (x < 2 * DROP) {
        gold.add(Bead.of(List.of(), List.of(e.size())));
        e.add(en.get(i));
        i++;
      } else if (x < 2 * DROP + MERGE && i + 1 < n) {
        gold.add(Bead.of(List.of(f.size()), List.of(e.size(), e.size() + 1)));
        f.add(fr.get(i) + " " + fr.get(i + 1));
        e.add(en.get(i));
        e.add(en.get(i + 1));
        i += 2;
      } else if (x < 2 * DROP + 2 * MERGE && i + 1 < n) {
        gold.add(Bead.of(List.of(f.size(), f.size() + 1), List.of(e.size())));
        f.add(fr.get(i));
        f.add(fr.get(i + 1));
        e.add(en.get(i) + " " + en.get(i + 1));
        i += 2;
      } else if (x < 2 * DROP + 2 * MERGE + SPLIT && split(fr.get(i)) != null) {
        String[] parts = split(fr.get(i));
        gold.add(Bead.of(List.of(f.size(), f.size() + 1), List.of(e.size())));
        f.add(parts[0]);
        f.add(parts[1]);
        e.add(en.get(i));
        i++;
      } else if (x < 2 * DROP + 2 * MERGE + 2 * SPLIT && split(en.get(i)) != null) {
        String[] parts = split(en.get(i));
        gold.add(Bead.of(List.of(f.size()), List.of(e.size(), e.size() + 1)));
        f.add(fr.get(i));
        e.add(parts[0]);
        e.add(parts[1]);
        i++;
      } else {
        gold.add(Bead.of(List.of(f.size()), List.of(e.size())));
        f.add(fr.get(i));
        e.add(en.get(i));
        i++;
      }
    }
    return new SyntheticPair(Document.of("synthetic-" + size + "-" + seed, f, e), gold);
  }

  /** The sentence cut at the comma nearest its middle, or null when it has none in its middle half. */
  private static String[] split(String s) {
    int mid = s.length() / 2;
    int best = -1;
    for (int k = s.indexOf(','); k >= 0; k = s.indexOf(',', k + 1)) {
      if (k > s.length() / 4 && k < 3 * s.length() / 4 && (best < 0 || Math.abs(k - mid) < Math.abs(best - mid))) {
        best = k;
      }
    }
    if (best < 0) return null;
    return new String[] {s.substring(0, best + 1).strip(), s.substring(best + 1).strip()};
  }
}
