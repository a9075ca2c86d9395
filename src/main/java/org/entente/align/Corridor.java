package org.entente.align;

import java.util.List;

/**
 * The cells of the {@code (n+1) × (m+1)} alignment lattice that the dynamic programme visits: for each French
 * position {@code i} the English positions {@code lo[i]..hi[i]}. A corridor of half-width {@code w} around a path
 * holds about {@code (n + m) · 2w} cells, so a 10,000 × 10,000 pair never needs a 10⁸-cell matrix.
 */
final class Corridor {
  final int n;
  final int m;
  final int[] lo;
  final int[] hi;
  final long[] offset;
  final long cells;

  private Corridor(int n, int m, int[] lo, int[] hi) {
    this.n = n;
    this.m = m;
    this.lo = lo;
    this.hi = hi;
    this.offset = new long[n + 2];
    long total = 0;
    for (int i = 0; i <= n; i++) {
      offset[i] = total;
      total += hi[i] - lo[i] + 1;
    }
    offset[n + 1] = total;
    this.cells = total;
  }

  /** Every cell: for small documents. */
  static Corridor full(int n, int m) {
    int[] lo = new int[n + 1];
    int[] hi = new int[n + 1];
    java.util.Arrays.fill(hi, m);
    return new Corridor(n, m, lo, hi);
  }

  /**
   * A corridor of half-width {@code w} around the piecewise-linear line through {@code points} (pairs
   * {@code (i, j)} increasing in both, from {@code (0, 0)} to {@code (n, m)}).
   */
  static Corridor around(int n, int m, List<int[]> points, int w) {
    double[] centre = new double[n + 1];
    int k = 0;
    for (int i = 0; i <= n; i++) {
      while (k + 1 < points.size() - 1 && points.get(k + 1)[0] <= i) k++;
      int[] a = points.get(k);
      int[] b = points.get(Math.min(k + 1, points.size() - 1));
      centre[i] = b[0] == a[0] ? b[1] : a[1] + (double) (i - a[0]) * (b[1] - a[1]) / (b[0] - a[0]);
    }
    int[] from = new int[n + 1];
    int[] to = new int[n + 1];
    for (int i = 0; i <= n; i++) {
      from[i] = (int) Math.floor(centre[Math.max(0, i - 1)]);
      to[i] = (int) Math.ceil(centre[Math.min(n, i + 1)]);
    }
    return widen(n, m, from, to, w);
  }

  /** A corridor of half-width {@code w} around an alignment path given as bead corners {@code (i, j)}. */
  static Corridor aroundPath(int n, int m, List<int[]> corners, int w) {
    int[] from = new int[n + 1];
    int[] to = new int[n + 1];
    java.util.Arrays.fill(from, Integer.MAX_VALUE);
    java.util.Arrays.fill(to, -1);
    int[] prev = null;
    for (int[] c : corners) {
      if (prev != null) {
        // rows a multi-sentence bead jumps over lie between its corners
        for (int i = prev[0]; i <= c[0]; i++) {
          from[i] = Math.min(from[i], prev[1]);
          to[i] = Math.max(to[i], c[1]);
        }
      }
      from[c[0]] = Math.min(from[c[0]], c[1]);
      to[c[0]] = Math.max(to[c[0]], c[1]);
      prev = c;
    }
    for (int i = 0; i <= n; i++) {
      if (to[i] < 0) {
        from[i] = i == 0 ? 0 : from[i - 1];
        to[i] = i == 0 ? 0 : to[i - 1];
      }
    }
    return widen(n, m, from, to, w);
  }

  private static Corridor widen(int n, int m, int[] from, int[] to, int w) {
    int[] lo = new int[n + 1];
    int[] hi = new int[n + 1];
    for (int i = 0; i <= n; i++) {
      lo[i] = Math.max(0, Math.min(m, from[i] - w));
      hi[i] = Math.max(0, Math.min(m, to[i] + w));
    }
    // keep the bounds monotone and neighbouring rows overlapping, so every cell stays reachable
    for (int i = 1; i <= n; i++) lo[i] = Math.max(lo[i], lo[i - 1]);
    for (int i = n - 1; i >= 0; i--) hi[i] = Math.min(hi[i], hi[i + 1]);
    lo[0] = 0;
    hi[n] = m;
    for (int i = 1; i <= n; i++) if (lo[i] > hi[i - 1]) lo[i] = hi[i - 1];
    for (int i = 0; i <= n; i++) if (hi[i] < lo[i]) hi[i] = lo[i];
    return new Corridor(n, m, lo, hi);
  }

  boolean contains(int i, int j) {
    return i >= 0 && i <= n && j >= lo[i] && j <= hi[i];
  }

  long index(int i, int j) {
    return offset[i] + (j - lo[i]);
  }

  /** Whether {@code (i, j)} lies on a border that cuts the lattice (not on the lattice's own edge). */
  boolean onInnerEdge(int i, int j) {
    return (j == lo[i] && lo[i] > 0) || (j == hi[i] && hi[i] < m);
  }
}
