package org.entente.align;

import java.util.List;
import org.entente.text.Language;

/**
 * One bead of an alignment: the positions of its French and English sentences in the document's lists
 * (consecutive, either side possibly empty), its confidence in [0, 1] and whether it is flagged for review.
 * A 2-1 bead: {@code fr=[4, 5], en=[4]}. The one bead of Entente: the aligner's output, the checker's pairing of
 * a source with its draft, and the gold beads of the evaluations.
 */
public record Bead(List<Integer> fr, List<Integer> en, double score, boolean flagged) {
  public Bead {
    fr = List.copyOf(fr);
    en = List.copyOf(en);
    if (fr.isEmpty() && en.isEmpty()) throw new IllegalArgumentException("a bead needs at least one sentence");
    if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("score outside [0, 1]: " + score);
  }

  /**
   * A bead that is sure by construction, with score 1 and no flag: a gold bead ({@code [4,5]:[4]} in a vecalign
   * file), or a source segment paired with its draft segment by position.
   */
  public static Bead of(List<Integer> fr, List<Integer> en) {
    return new Bead(fr, en, 1, false);
  }

  /** A sure bead given by source and target sides: with an English source, {@code sourceSide} is {@code en}. */
  public static Bead of(Language source, List<Integer> sourceSide, List<Integer> targetSide) {
    return source == Language.FR ? of(sourceSide, targetSide) : of(targetSide, sourceSide);
  }

  /** The sentences on the side of {@code language}: {@link #fr()} for French, {@link #en()} for English. */
  public List<Integer> side(Language language) {
    return language == Language.FR ? fr : en;
  }

  /** This bead's sentences alone, as a gold bead has them: what a scorer compares. */
  public Bead unscored() {
    return score == 1 && !flagged ? this : of(fr, en);
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
