package org.entente.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of every sentence of a document as sorted arrays of key ids, with one weight per key: its inverse
 * sentence frequency in the document times a weight for its kind (numbers and paragraph labels count more than
 * cognates). Overlaps of beads are weighted sums over the keys both sides share.
 */
final class Bags {
  final int[][] fr;
  final int[][] en;
  final float[] weight;
  final boolean[] hard;
  final boolean[] structural;
  final float[] frMass;
  final float[] enMass;
  private final int[] scratchA = new int[4096];

  /** {@code frRuns[a][i]}: the union of the bags of French sentences {@code [i, i+a)}, for a = 1, 2, 3. */
  private final double[] frMassPrefix;
  private final double[] enMassPrefix;
  private final int[][][] frRuns;
  private final int[][][] enRuns;

  private Bags(int[][] fr, int[][] en, float[] weight, boolean[] hard, boolean[] structural) {
    this.structural = structural;
    this.frRuns = runs(fr);
    this.enRuns = runs(en);
    this.fr = fr;
    this.en = en;
    this.weight = weight;
    this.hard = hard;
    this.frMass = mass(fr, weight);
    this.enMass = mass(en, weight);
    this.frMassPrefix = prefix(frMass);
    this.enMassPrefix = prefix(enMass);
  }

  static Bags build(List<List<String>> frKeys, List<List<String>> enKeys) {
    Map<String, Integer> ids = new HashMap<>();
    int[][] fr = intern(frKeys, ids);
    int[][] en = intern(enKeys, ids);
    int[] dfFr = new int[ids.size()];
    int[] dfEn = new int[ids.size()];
    for (int[] b : fr) for (int k : b) dfFr[k]++;
    for (int[] b : en) for (int k : b) dfEn[k]++;
    String[] names = new String[ids.size()];
    ids.forEach((k, v) -> names[v] = k);
    float[] weight = new float[ids.size()];
    boolean[] hard = new boolean[ids.size()];
    boolean[] structural = new boolean[ids.size()];
    double n = Math.max(2, fr.length + en.length);
    for (int k = 0; k < weight.length; k++) {
      double idf = Math.log((n + 1) / (dfFr[k] + dfEn[k] + 0.5));
      // a key much more frequent on one side than the other is a weak witness
      double balance = dfFr[k] == 0 || dfEn[k] == 0 ? 1.0
          : Math.min(dfFr[k], dfEn[k]) / (double) Math.max(dfFr[k], dfEn[k]);
      weight[k] = (float) (Math.max(0.1, idf) * kind(names[k]) * (0.5 + 0.5 * balance));
      structural[k] = names[k].equals("q") || names[k].equals("h") || names[k].equals("s");
      hard[k] = names[k].startsWith(AnchorKeys.NUMBER) || names[k].startsWith("p:");
    }
    return new Bags(fr, en, weight, hard, structural);
  }

  private static double kind(String key) {
    if (key.startsWith(AnchorKeys.NUMBER)) return 1.5;
    if (key.startsWith("p:")) return 2.0;
    if (key.startsWith("t:")) return 1.5;
    if (key.startsWith("a:")) return 1.2;
    if (key.startsWith("w:")) return 0.8;
    if (key.equals("q") || key.equals("h") || key.equals("s")) return 0.6;
    return 1.0;
  }

  private static int[][] intern(List<List<String>> keys, Map<String, Integer> ids) {
    int[][] out = new int[keys.size()][];
    for (int s = 0; s < keys.size(); s++) {
      List<String> ks = keys.get(s);
      int[] b = new int[ks.size()];
      for (int t = 0; t < b.length; t++) b[t] = ids.computeIfAbsent(ks.get(t), x -> ids.size());
      Arrays.sort(b);
      int u = 0;
      for (int t = 0; t < b.length; t++) if (t == 0 || b[t] != b[t - 1]) b[u++] = b[t];
      // a bag is capped so that merged bags fit the scratch buffers
      out[s] = Arrays.copyOf(b, Math.min(u, 1000));
    }
    return out;
  }

  private static float[] mass(int[][] bags, float[] weight) {
    float[] out = new float[bags.length];
    for (int s = 0; s < bags.length; s++) {
      float sum = 0;
      for (int k : bags[s]) sum += weight[k];
      out[s] = sum;
    }
    return out;
  }

  private int[][][] runs(int[][] bags) {
    int[][][] out = new int[4][][];
    out[1] = bags;
    for (int a = 2; a <= 3; a++) {
      out[a] = new int[Math.max(0, bags.length - a + 1)][];
      for (int i = 0; i + a <= bags.length; i++) {
        int[] u = union(bags, i, a, scratchA);
        out[a][i] = Arrays.copyOf(u, unionSize);
      }
    }
    return out;
  }

  /** The weight of the keys shared by French {@code [i, i+a)} and English {@code [j, j+b)}. */
  double overlap(int i, int a, int j, int b, double[] unmatchedHard) {
    int[] x = frRuns[a][i];
    int xn = x.length;
    int[] y = enRuns[b][j];
    int yn = y.length;
    double shared = 0;
    double missing = 0;
    int p = 0;
    int q = 0;
    while (p < xn && q < yn) {
      int kx = x[p];
      int ky = y[q];
      if (kx == ky) {
        shared += weight[kx];
        p++;
        q++;
      } else if (kx < ky) {
        if (hard[kx]) missing += weight[kx];
        p++;
      } else {
        if (hard[ky]) missing += weight[ky];
        q++;
      }
    }
    for (; p < xn; p++) if (hard[x[p]]) missing += weight[x[p]];
    for (; q < yn; q++) if (hard[y[q]]) missing += weight[y[q]];
    if (unmatchedHard != null) unmatchedHard[0] = missing;
    return shared;
  }

  /** Whether French {@code [i, i+a)} and English {@code [j, j+b)} share a key other than a structural one. */
  boolean shareContent(int i, int a, int j, int b) {
    int[] x = frRuns[a][i];
    int xn = x.length;
    int[] y = enRuns[b][j];
    int yn = y.length;
    int p = 0;
    int q = 0;
    while (p < xn && q < yn) {
      if (x[p] == y[q]) {
        if (!structural[x[p]]) return true;
        p++;
        q++;
      } else if (x[p] < y[q]) {
        p++;
      } else {
        q++;
      }
    }
    return false;
  }

  private int unionSize;
  private final int[] merge = new int[4096];

  private int[] union(int[][] bags, int start, int count, int[] out) {
    int[] first = bags[start];
    int n = Math.min(first.length, out.length);
    System.arraycopy(first, 0, out, 0, n);
    for (int s = start + 1; s < start + count; s++) {
      int[] b = bags[s];
      System.arraycopy(out, 0, merge, 0, n);
      int p = 0;
      int q = 0;
      int k = 0;
      while ((p < n || q < b.length) && k < out.length) {
        int v;
        if (q >= b.length || (p < n && merge[p] < b[q])) {
          v = merge[p++];
        } else if (p >= n || b[q] < merge[p]) {
          v = b[q++];
        } else {
          v = merge[p++];
          q++;
        }
        out[k++] = v;
      }
      n = k;
    }
    unionSize = n;
    return out;
  }

  float frMass(int i, int a) {
    return a == 1 ? frMass[i] : (float) (frMassPrefix[i + a] - frMassPrefix[i]);
  }

  float enMass(int j, int b) {
    return b == 1 ? enMass[j] : (float) (enMassPrefix[j + b] - enMassPrefix[j]);
  }

  private static double[] prefix(float[] v) {
    double[] p = new double[v.length + 1];
    for (int t = 0; t < v.length; t++) p[t + 1] = p[t] + v[t];
    return p;
  }
}
