package org.entente.eval;

/**
 * Strict and lax hit counts pooled over documents, and the precision, recall and F1 they give: precision over the
 * predicted beads, recall over the two-sided gold beads, as {@code align_score.py} defines them.
 */
public final class PooledCounts {
  private long precisionStrict;
  private long precisionLax;
  private long predicted;
  private long recallStrict;
  private long recallLax;
  private long gold;

  /** Adds one document's {strict, lax, total} counts for precision and for recall. */
  public void add(long[] precision, long[] recall) {
    precisionStrict += precision[0];
    precisionLax += precision[1];
    predicted += precision[2];
    recallStrict += recall[0];
    recallLax += recall[1];
    gold += recall[2];
  }

  public AlignScore.Figures figures() {
    double sp = precisionStrict / (double) Math.max(predicted, 1);
    double sr = recallStrict / (double) Math.max(gold, 1);
    double lp = precisionLax / (double) Math.max(predicted, 1);
    double lr = recallLax / (double) Math.max(gold, 1);
    return new AlignScore.Figures(sp, sr, f1(sp, sr), lp, lr, f1(lp, lr));
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
