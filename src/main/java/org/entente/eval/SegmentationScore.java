package org.entente.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Exact segments and boundary precision/recall/F1 of a segmentation against gold, computed as
 * {@code ../shared/tools/seg_score.py} does: boundaries are positions in the text with all whitespace removed, so
 * spacing does not matter; counts are pooled by {@link #plus}. Gold {@code ["A b.", "C."]} against test
 * {@code ["A b. C."]} gives exact 0/2, precision 0 (no predicted boundary: 0/max(0,1)), recall 0/1.
 */
public record SegmentationScore(int exact, int gold, int truePositives, int falsePositives, int falseNegatives) {
  public static final SegmentationScore ZERO = new SegmentationScore(0, 0, 0, 0, 0);

  /** Scores one document: its gold segments against the segments found. */
  public static SegmentationScore of(List<String> gold, List<String> test) {
    long[] g = ends(gold);
    long[] t = ends(test);
    Set<Long> gSpans = spans(g);
    Set<Long> tSpans = spans(t);
    int exact = 0;
    for (Long s : tSpans) if (gSpans.contains(s)) exact++;
    Set<Long> gb = boundaries(g);
    Set<Long> tb = boundaries(t);
    int tp = 0;
    for (Long b : tb) if (gb.contains(b)) tp++;
    return new SegmentationScore(exact, gSpans.size(), tp, tb.size() - tp, gb.size() - tp);
  }

  public SegmentationScore plus(SegmentationScore o) {
    return new SegmentationScore(exact + o.exact, gold + o.gold, truePositives + o.truePositives,
        falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
  }

  /** Share of gold segments reproduced exactly. */
  public double exactRatio() {
    return exact / (double) Math.max(gold, 1);
  }

  public double precision() {
    return truePositives / (double) Math.max(truePositives + falsePositives, 1);
  }

  public double recall() {
    return truePositives / (double) Math.max(truePositives + falseNegatives, 1);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The seg_score.py line: {@code exact 89/92 = 0.967 | boundary P 0.988 R 0.977 F1 0.983}. */
  public String describe() {
    return String.format(Locale.ROOT, "exact %d/%d = %.3f | boundary P %.3f R %.3f F1 %.3f",
        exact, gold, exactRatio(), precision(), recall(), f1());
  }

  private static long[] ends(List<String> segments) {
    // blank segments are dropped, as seg_score.py drops blank lines
    long[] out = new long[segments.size()];
    int n = 0;
    long pos = 0;
    for (String s : segments) {
      int len = nonSpaceLength(s);
      if (len == 0 && isBlank(s)) continue;
      pos += len;
      out[n++] = pos;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static Set<Long> spans(long[] ends) {
    Set<Long> s = new HashSet<>();
    long prev = 0;
    for (long e : ends) {
      s.add(prev * 4_000_000_000L + e);
      prev = e;
    }
    return s;
  }

  private static Set<Long> boundaries(long[] ends) {
    Set<Long> s = new HashSet<>();
    for (int k = 0; k + 1 < ends.length; k++) s.add(ends[k]);
    return s;
  }

  private static boolean isBlank(String s) {
    return nonSpaceLength(s) == 0;
  }

  private static int nonSpaceLength(String s) {
    int n = 0;
    for (int k = 0; k < s.length(); k++) if (!isPythonSpace(s.charAt(k))) n++;
    return n;
  }

  /** Python's {@code str.isspace()}, which {@code seg_score.py} uses through {@code str.split()}. */
  static boolean isPythonSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }
}
