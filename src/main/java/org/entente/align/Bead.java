package org.entente.align;

import java.util.List;

/**
 * One bead of an alignment: the positions of its French and English sentences in the document's lists
 * (consecutive, either side possibly empty), its confidence in [0, 1] and whether it is flagged for review.
 * A 2-1 bead: {@code fr=[4, 5], en=[4]}.
 */
public record Bead(List<Integer> fr, List<Integer> en, double score, boolean flagged) {
  public Bead {
    fr = List.copyOf(fr);
    en = List.copyOf(en);
    if (fr.isEmpty() && en.isEmpty()) throw new IllegalArgumentException("a bead needs at least one sentence");
    if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("score outside [0, 1]: " + score);
  }

  /** Whether both sides hold sentences (a translation unit), not an omission or addition. */
  public boolean twoSided() {
    return !fr.isEmpty() && !en.isEmpty();
  }

  /** {@code "2-1"}. */
  public String shape() {
    return fr.size() + "-" + en.size();
  }
}
