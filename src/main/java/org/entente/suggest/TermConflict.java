package org.entente.suggest;

import java.util.List;
import java.util.Locale;

/**
 * Where a memory match departs from the termbase: its translation uses a deprecated term ("Kiev"), or renders a term
 * of the segment otherwise than the termbase ("Groupe des plans nucléaires" without "Nuclear Planning Group").
 * Offsets are into the match's translation as stored ({@code -1} when the term is simply missing); {@code repaired}
 * says whether the proposal fixed it, {@code note} how or why not.
 */
public record TermConflict(Kind kind, String conceptId, int start, int end, String found, String sourceTerm,
    List<String> expected, boolean repaired, String note) {
  public TermConflict {
    expected = List.copyOf(expected);
    found = found == null ? "" : found;
    sourceTerm = sourceTerm == null ? "" : sourceTerm;
  }

  /** What kind of conflict it is. */
  public enum Kind {
    /** The translation uses a deprecated or superseded term. */
    DEPRECATED,
    /** A term of the segment is not rendered by any of its agreed equivalents. */
    MISSING;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
