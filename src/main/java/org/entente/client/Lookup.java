package org.entente.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A translation-memory lookup: the segment, its language ({@code fr} by default on the server), its neighbours
 * (for 101% in-context matches), the minimum score (0–101, default 70), the number of matches wanted and the
 * memories to search (empty: all). {@code Lookup.of("Le Conseil de l'Atlantique Nord s'est réuni.")}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Lookup(String source, String language, String previous, String next, Integer min, Integer max,
    List<String> memories) {
  public Lookup {
    if (source == null || source.isEmpty()) throw new IllegalArgumentException("a lookup needs a source segment");
    memories = memories == null ? List.of() : List.copyOf(memories);
  }

  public static Lookup of(String source) {
    return new Lookup(source, null, null, null, null, null, List.of());
  }

  public Lookup withMin(int minScore) {
    return new Lookup(source, language, previous, next, minScore, max, memories);
  }

  public Lookup withMax(int maxMatches) {
    return new Lookup(source, language, previous, next, min, maxMatches, memories);
  }

  public Lookup withContext(String previousSegment, String nextSegment) {
    return new Lookup(source, language, previousSegment, nextSegment, min, max, memories);
  }
}
