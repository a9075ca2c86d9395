package org.entente.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.align.Alignment;
import org.entente.align.Bead;
import org.entente.align.Item;
import org.entente.text.Span;

/**
 * Scores an alignment of automatically segmented text against gold beads over gold segments, by matching segment
 * text: every sentence is located in the document with whitespace removed, so a bead becomes a French and an
 * English character interval. A predicted bead is a strict hit when both intervals equal a gold bead's; a lax hit
 * when it overlaps one gold bead on both sides. Counts are pooled over documents with {@link #add}, with the same
 * definitions of precision and recall as {@link AlignScore}.
 */
public final class TextMatchScore {
  /** The text a {@link Bead} covers: a span of each whitespace-free text, null for an empty side. */
  private record Covered(Span fr, Span en) {
    boolean twoSided() {
      return fr != null && en != null;
    }

    boolean overlaps(Covered o) {
      return twoSided() && o.twoSided() && fr.overlaps(o.fr) && en.overlaps(o.en);
    }
  }

  private final PooledCounts counts = new PooledCounts();

  /**
   * Adds one document.
   *
   * @param frText the raw French text both segmentations come from
   * @param gold the gold alignment over the gold segments
   * @param test the alignment over our segments
   */
  public TextMatchScore add(String frText, String enText, Alignment gold, Alignment test) {
    List<Covered> g = spans(gold, squeeze(frText), squeeze(enText));
    List<Covered> t = spans(test, squeeze(frText), squeeze(enText));
    counts.add(hits(g, t),
        hits(t.stream().filter(Covered::twoSided).toList(), g.stream().filter(Covered::twoSided).toList()));
    return this;
  }

  public AlignScore.Figures figures() {
    return counts.figures();
  }

  private static long[] hits(List<Covered> reference, List<Covered> candidate) {
    Set<Covered> ref = new HashSet<>(reference);
    long strict = 0;
    long lax = 0;
    for (Covered c : new HashSet<>(candidate)) {
      if (ref.contains(c)) {
        strict++;
        lax++;
      } else if (reference.stream().anyMatch(c::overlaps)) {
        lax++;
      }
    }
    return new long[] {strict, lax, new HashSet<>(candidate).size()};
  }

  private static List<Covered> spans(Alignment a, String fr, String en) {
    int[][] frPos = locate(a.document().fr(), fr);
    int[][] enPos = locate(a.document().en(), en);
    List<Covered> out = new ArrayList<>();
    for (Bead b : a.beads()) {
      Span f = b.fr().isEmpty() ? null : new Span(frPos[b.fr().get(0)][0], frPos[b.fr().get(b.fr().size() - 1)][1]);
      Span e = b.en().isEmpty() ? null : new Span(enPos[b.en().get(0)][0], enPos[b.en().get(b.en().size() - 1)][1]);
      out.add(new Covered(f, e));
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
