package org.entente.extract;

import java.util.List;

/**
 * One bilingual term candidate: the French and English terms as most often written, its score (termhood times
 * association, higher is better), the number of units where both occur, the termbase concept that already has it
 * (null when none) and whether the pair is that concept's preferred terms, and up to three units that show it.
 * {@code ("plan de défense", "defence plan", 3.2, 14, "nato-defence-plans", false, [...])}.
 */
public record TermCandidate(String fr, String en, double score, int frequency, String conceptId,
    boolean matchesPreferred, List<Context> contexts) {
  public TermCandidate {
    if (fr == null || fr.isBlank() || en == null || en.isBlank()) throw new IllegalArgumentException("a candidate needs both terms");
    if (frequency < 0 || score < 0) throw new IllegalArgumentException("negative score or frequency");
    contexts = List.copyOf(contexts);
  }

  /** A unit where both terms occur: its id in the memory and its two texts. */
  public record Context(String unitId, String fr, String en) {}
}
