package org.entente.suggest;

import java.util.List;

/**
 * The one translation Entente proposes for a segment: the best match's translation with its safe term repairs
 * applied ({@code original} is the translation as stored), where it came from, its score, the conflicts (repaired
 * or not), and a note saying what was done. {@code "Allies support Kyiv."} from {@code "Allies support Kiev."},
 * repaired.
 */
public record Proposal(String text, String original, String origin, String unitId, int score, boolean repaired,
    List<TermConflict> conflicts, String note) {
  public Proposal {
    conflicts = List.copyOf(conflicts);
    unitId = unitId == null ? "" : unitId;
  }
}
