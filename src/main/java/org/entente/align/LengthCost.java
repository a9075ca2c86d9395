package org.entente.align;

/**
 * Gale and Church's length cost (1993): the number of characters of a translation is about {@code c} times that of
 * its source, with variance {@code s²} per character; a bead costs {@code -log P(shape) - log P(|δ|)} with
 * {@code δ = (l_en - c·l_fr) / sqrt(s² · mean length)}. An English sentence of 120 characters facing a French one of
 * 130 costs about 0.3; facing one of 40 characters about 12.
 */
final class LengthCost {
  static final double VARIANCE = 6.8;
  private final double ratio;

  /** @param ratio English characters per French character in this document (about 0.9 for NATO texts) */
  LengthCost(double ratio) {
    this.ratio = Math.max(0.33, Math.min(3.0, ratio));
  }

  /** The ratio of the two texts' total lengths, 1 when either side is empty. */
  static LengthCost forTexts(long frChars, long enChars) {
    return new LengthCost(frChars <= 0 || enChars <= 0 ? 1.0 : (double) enChars / frChars);
  }

  double ratio() {
    return ratio;
  }

  /** The length cost of a bead of this shape with these French and English lengths in characters. */
  double cost(Shape shape, int frChars, int enChars) {
    return shape.priorCost - Math.log(Math.max(1e-12, match(frChars, enChars)));
  }

  /** {@code 2(1 - Φ(|δ|))}: 1 when the lengths agree exactly, towards 0 as they drift apart. */
  double match(int frChars, int enChars) {
    if (frChars == 0 && enChars == 0) return 1.0;
    double mean = (frChars + enChars / ratio) / 2.0;
    double delta = (enChars - ratio * frChars) / Math.sqrt(Math.max(1.0, mean * ratio) * VARIANCE);
    return erfc(Math.abs(delta) / Math.sqrt(2.0));
  }

  /** Complementary error function (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1.0 / (1.0 + 0.5 * z);
    double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
        + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2.0 - r;
  }
}
