package org.entente.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores an alignment of automatically segmented text against gold beads over gold segments, by matching segment
 * text: every sentence is located in the document with whitespace removed, so a bead becomes a French and an
 * English character interval. A predicted bead is a strict hit when both intervals equal a gold bead's; a lax hit
 * when it overlaps one gold bead on both sides. Counts are pooled over documents with {@link #add}, with the same
 * definitions of precision and recall as {@link AlignScore}.
 */
public final class TextMatchScore {
  /** A bead as intervals of the whitespace-free text; an empty side is {@code [-1, -1)}. */
  record Span(int frStart, int frEnd, int enStart, int enEnd) {
    boolean twoSided() {
      return frStart >= 0 && enStart >= 0;
    }

    boolean overlaps(Span o) {
      return twoSided() && o.twoSided() && frStart < o.frEnd && o.frStart < frEnd && enStart < o.enEnd
          && o.enStart < enEnd;
    }
  }

  private long ps;
  private long pl;
  private long pt;
  private long rs;
  private long rl;
  private long rt;

  /**
   * Adds one document.
   *
   * @param frText the raw French text both segmentations come from
   * @param gold the gold alignment over the gold segments
   * @param test the alignment over our segments
   */
  public TextMatchScore add(String frText, String enText, Alignment gold, Alignment test) {
    List<Span> g = spans(gold, squeeze(frText), squeeze(enText));
    List<Span> t = spans(test, squeeze(frText), squeeze(enText));
    long[] p = hits(g, t);
    ps += p[0];
    pl += p[1];
    pt += p[2];
    long[] r = hits(t.stream().filter(Span::twoSided).toList(), g.stream().filter(Span::twoSided).toList());
    rs += r[0];
    rl += r[1];
    rt += r[2];
    return this;
  }

  public AlignScore.Figures figures() {
    double sp = ps / (double) Math.max(pt, 1);
    double sr = rs / (double) Math.max(rt, 1);
    double lp = pl / (double) Math.max(pt, 1);
    double lr = rl / (double) Math.max(rt, 1);
    return new AlignScore.Figures(sp, sr, f1(sp, sr), lp, lr, f1(lp, lr));
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static long[] hits(List<Span> reference, List<Span> candidate) {
    Set<Span> ref = new HashSet<>(reference);
    long strict = 0;
    long lax = 0;
    for (Span c : new HashSet<>(candidate)) {
      if (ref.contains(c)) {
        strict++;
        lax++;
      } else if (reference.stream().anyMatch(c::overlaps)) {
        lax++;
      }
    }
    return new long[] {strict, lax, new HashSet<>(candidate).size()};
  }

  private static List<Span> spans(Alignment a, String fr, String en) {
    int[][] frPos = locate(a.document().fr(), fr);
    int[][] enPos = locate(a.document().en(), en);
    List<Span> out = new ArrayList<>();
    for (Bead b : a.beads()) {
      int fs = b.fr().isEmpty() ? -1 : frPos[b.fr().get(0)][0];
      int fe = b.fr().isEmpty() ? -1 : frPos[b.fr().get(b.fr().size() - 1)][1];
      int es = b.en().isEmpty() ? -1 : enPos[b.en().get(0)][0];
      int ee = b.en().isEmpty() ? -1 : enPos[b.en().get(b.en().size() - 1)][1];
      out.add(new Span(fs, fe, es, ee));
    }
    return out;
  }

  /** Each sentence's interval in the whitespace-free text, searched from the end of the previous one. */
  private static int[][] locate(List<Item> items, String text) {
    int[][] out = new int[items.size()][];
    int cursor = 0;
    for (int i = 0; i < items.size(); i++) {
      String s = squeeze(items.get(i).text());
      int k = text.indexOf(s, cursor);
      if (k < 0) k = cursor; // not found: an empty interval where we are, which matches nothing
      int end = k < 0 ? cursor : Math.min(text.length(), k + (text.startsWith(s, k) ? s.length() : 0));
      out[i] = new int[] {k, end};
      cursor = end;
    }
    return out;
  }

  static String squeeze(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) b.append(c);
    }
    return b.toString();
  }
}
