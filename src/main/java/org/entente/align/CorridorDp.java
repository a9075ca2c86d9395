package org.entente.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The alignment dynamic programme inside a {@link Corridor}: the cheapest sequence of beads from {@code (0, 0)} to
 * {@code (n, m)}, with one float and one byte per corridor cell.
 */
final class CorridorDp {
  /**
   * The cost of the bead of shape {@code s} covering French {@code [i, i+s.fr)} and English {@code [j, j+s.en)}.
   * When the cost is at least {@code bound} the bead cannot win, and any value not below {@code bound} may be
   * returned without finishing the computation.
   */
  interface BeadCost {
    double cost(Shape s, int i, int j, double bound);
  }

  /** The beads as {@code {i, j, shape ordinal}} from the start, whether the path touched a cut border. */
  record Path(List<int[]> beads, boolean touchedEdge) {
    /** The bead corners {@code (i, j)} from {@code (0, 0)} to {@code (n, m)}. */
    List<int[]> corners(int n, int m) {
      List<int[]> out = new ArrayList<>(beads.size() + 1);
      for (int[] b : beads) out.add(new int[] {b[0], b[1]});
      out.add(new int[] {n, m});
      return out;
    }
  }

  private CorridorDp() {}

  static Path run(Corridor c, BeadCost cost, Shape[] shapes) {
    if (c.cells > Integer.MAX_VALUE - 8) throw new IllegalStateException("corridor too large");
    int size = (int) c.cells;
    float[] best = new float[size];
    byte[] back = new byte[size];
    java.util.Arrays.fill(best, Float.POSITIVE_INFINITY);
    best[0] = 0f;
    back[0] = -1;
    for (int i = 0; i <= c.n; i++) {
      for (int j = c.lo[i]; j <= c.hi[i]; j++) {
        if (i == 0 && j == 0) continue;
        double bestCost = Double.POSITIVE_INFINITY;
        int bestShape = -1;
        for (Shape s : shapes) {
          int pi = i - s.fr;
          int pj = j - s.en;
          if (pi < 0 || pj < 0 || !c.contains(pi, pj)) continue;
          float prev = best[(int) c.index(pi, pj)];
          if (prev == Float.POSITIVE_INFINITY) continue;
          double total = prev + cost.cost(s, pi, pj, bestCost - prev);
          if (total < bestCost) {
            bestCost = total;
            bestShape = s.ordinal();
          }
        }
        int idx = (int) c.index(i, j);
        best[idx] = (float) bestCost;
        back[idx] = (byte) bestShape;
      }
    }
    List<int[]> beads = new ArrayList<>();
    boolean touched = false;
    int i = c.n;
    int j = c.m;
    while (i > 0 || j > 0) {
      int shape = back[(int) c.index(i, j)];
      if (shape < 0) throw new IllegalStateException("no path through the corridor at " + i + "," + j);
      Shape s = Shape.ALL[shape];
      i -= s.fr;
      j -= s.en;
      if (c.onInnerEdge(i, j)) touched = true;
      beads.add(new int[] {i, j, shape});
    }
    Collections.reverse(beads);
    return new Path(beads, touched);
  }
}
