package org.entente.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Hard anchors: sentence pairs that share a key found in exactly one sentence on each side (a number, an acronym, a
 * numbered-paragraph label, a rare cognate), kept when they form the heaviest chain increasing on both sides. The
 * chain is the centre line of the first pass's corridor.
 */
final class AnchorPath {
  private AnchorPath() {}

  /** Points {@code (i, j)} from {@code (0, 0)} to {@code (n, m)}, strictly increasing, through the anchors. */
  static List<int[]> find(Bags bags, int n, int m) {
    int keys = bags.weight.length;
    int[] frOnly = new int[keys];
    int[] enOnly = new int[keys];
    int[] frCount = new int[keys];
    int[] enCount = new int[keys];
    for (int i = 0; i < bags.fr.length; i++) for (int k : bags.fr[i]) { frCount[k]++; frOnly[k] = i; }
    for (int j = 0; j < bags.en.length; j++) for (int k : bags.en[j]) { enCount[k]++; enOnly[k] = j; }
    List<double[]> cand = new ArrayList<>();
    for (int k = 0; k < keys; k++) {
      if (frCount[k] == 1 && enCount[k] == 1) cand.add(new double[] {frOnly[k] + 1, enOnly[k] + 1, bags.weight[k]});
    }
    // several keys on the same pair add up
    cand.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
    List<double[]> merged = new ArrayList<>();
    for (double[] c : cand) {
      double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && last[0] == c[0] && last[1] == c[1]) last[2] += c[2];
      else merged.add(c.clone());
    }
    List<int[]> chain = heaviestChain(merged, m);
    List<int[]> points = new ArrayList<>(chain.size() + 2);
    points.add(new int[] {0, 0});
    for (int[] p : chain) if (p[0] < n && p[1] < m) points.add(p);
    points.add(new int[] {n, m});
    return points;
  }

  /** The heaviest subsequence strictly increasing in both coordinates, by a Fenwick tree of prefix maxima. */
  private static List<int[]> heaviestChain(List<double[]> pts, int m) {
    int k = pts.size();
    double[] score = new double[k];
    int[] prev = new int[k];
    double[] treeVal = new double[m + 3];
    int[] treeIdx = new int[m + 3];
    Arrays.fill(treeIdx, -1);
    int start = 0;
    while (start < k) {
      int end = start;
      while (end < k && pts.get(end)[0] == pts.get(start)[0]) end++;
      for (int t = start; t < end; t++) {
        int j = (int) pts.get(t)[1];
        double bestV = 0;
        int bestI = -1;
        for (int x = j - 1; x > 0; x -= x & -x) {
          if (treeIdx[x] >= 0 && treeVal[x] > bestV) {
            bestV = treeVal[x];
            bestI = treeIdx[x];
          }
        }
        score[t] = bestV + pts.get(t)[2];
        prev[t] = bestI;
      }
      for (int t = start; t < end; t++) {
        int j = (int) pts.get(t)[1];
        for (int x = j; x < treeVal.length; x += x & -x) {
          if (treeIdx[x] < 0 || score[t] > treeVal[x]) {
            treeVal[x] = score[t];
            treeIdx[x] = t;
          }
        }
      }
      start = end;
    }
    int best = -1;
    for (int t = 0; t < k; t++) if (best < 0 || score[t] > score[best]) best = t;
    List<int[]> out = new ArrayList<>();
    for (int t = best; t >= 0; t = prev[t]) out.add(new int[] {(int) pts.get(t)[0], (int) pts.get(t)[1]});
    java.util.Collections.reverse(out);
    return out;
  }
}
