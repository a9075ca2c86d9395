package org.entente.suggest;

import java.util.List;
import org.entente.memory.TmMatch;

/** A memory match (scored and explained) with its term conflicts. */
public record ReviewedMatch(TmMatch match, List<TermConflict> conflicts) {
  public ReviewedMatch {
    conflicts = List.copyOf(conflicts);
  }
}
