package org.entente.align;

import java.util.ArrayList;
import java.util.List;

/**
 * A bead's confidence in [0, 1]. For a two-sided bead: {@code (0.3·L + 0.7·X) · f}, where {@code L = 2(1 - Φ(|δ|))}
 * is the Gale–Church length agreement, {@code X = min(1, S / 0.4)} the lexical agreement with
 * {@code S = 2·shared / (French key weight + English key weight)} (when the bead holds almost no keys, {@code X = L}),
 * and {@code f} is 1 for 1-1, 0.95 for 1-2 and 2-1, 0.85 for 2-2, 1-3 and 3-1. An omission or addition scores
 * {@code 0.45 · (1 - S*)}, with {@code S*} its best lexical agreement with a neighbouring sentence of the other side,
 * so it is always flagged for review.
 */
final class Confidence {
  private static final double MIN_MASS = 3.0;

  private Confidence() {}

  static double of(PreparedDocument d, Bags bags, Shape s, int i, int j) {
    if (s.fr == 0 || s.en == 0) return oneSided(d, bags, s, i, j);
    double l = d.length.match(d.frChars(i, s.fr), d.enChars(j, s.en));
    double mass = bags.frMass(i, s.fr) + bags.enMass(j, s.en);
    double x = l;
    if (mass >= MIN_MASS) {
      double shared = bags.overlap(i, s.fr, j, s.en, null);
      x = Math.min(1.0, 2 * shared / mass / 0.4);
    }
    double f = s.fr + s.en == 2 ? 1.0 : s.fr + s.en == 3 ? 0.95 : 0.85;
    return clamp((0.3 * l + 0.7 * x) * f);
  }

  /** Lexical agreement of an omission with the nearest sentences of the other side. */
  private static double oneSided(PreparedDocument d, Bags bags, Shape s, int i, int j) {
    double best = 0;
    if (s.fr == 1) {
      for (int k = Math.max(0, j - 1); k <= Math.min(d.m - 1, j); k++) best = Math.max(best, agreement(bags, i, k));
    } else {
      for (int k = Math.max(0, i - 1); k <= Math.min(d.n - 1, i); k++) best = Math.max(best, agreement(bags, k, j));
    }
    return clamp(0.45 * (1 - best));
  }

  private static double agreement(Bags bags, int i, int j) {
    double mass = bags.frMass[i] + bags.enMass[j];
    if (mass < MIN_MASS) return 0;
    return Math.min(1.0, 2 * bags.overlap(i, 1, j, 1, null) / mass / 0.4);
  }

  static Bead bead(Shape s, int i, int j, double conf, double flagBelow) {
    List<Integer> fr = new ArrayList<>(s.fr);
    for (int t = 0; t < s.fr; t++) fr.add(i + t);
    List<Integer> en = new ArrayList<>(s.en);
    for (int t = 0; t < s.en; t++) en.add(j + t);
    double rounded = Math.round(conf * 1000) / 1000.0;
    return new Bead(fr, en, rounded, rounded < flagBelow || s.fr == 0 || s.en == 0);
  }

  private static double clamp(double v) {
    return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
  }
}
