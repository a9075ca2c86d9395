package org.entente.api;

import java.util.List;
import org.entente.align.Alignment;
import org.entente.align.Bead;
import org.entente.align.Item;

/**
 * An alignment as JSON, for {@code POST /api/v1/align} and {@code entente align --format json}: the method, the
 * sentences of both sides, the beads (positions into those lists, line numbers, texts, score, flag) and warnings.
 */
public record AlignmentJson(
    String method,
    String document,
    double flagBelow,
    int flagged,
    List<String> warnings,
    List<Item> fr,
    List<Item> en,
    List<BeadJson> beads) {

  /** One bead: {@code {"shape":"2-1","fr":[4,5],"en":[4],"frLines":[4,5],"enLines":[4],"score":0.91,...}}. */
  public record BeadJson(String shape, List<Integer> fr, List<Integer> en, List<Integer> frLines,
      List<Integer> enLines, String frText, String enText, double score, boolean flagged) {}

  public static AlignmentJson of(Alignment a, double flagBelow, List<String> warnings) {
    List<BeadJson> beads = a.beads().stream().map(b -> bead(a, b)).toList();
    return new AlignmentJson(a.method(), a.document().id(), flagBelow, (int) a.flaggedCount(), List.copyOf(warnings),
        a.document().fr(), a.document().en(), beads);
  }

  private static BeadJson bead(Alignment a, Bead b) {
    return new BeadJson(b.shape(), b.fr(), b.en(),
        b.fr().stream().map(i -> a.document().fr().get(i).line()).toList(),
        b.en().stream().map(i -> a.document().en().get(i).line()).toList(),
        a.frText(b), a.enText(b), b.score(), b.flagged());
  }
}
