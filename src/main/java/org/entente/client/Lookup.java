package org.entente.client;

import java.util.List;

/**
 * A translation-memory lookup: the segment, its language ({@code fr} or {@code en}; null: guessed), its neighbours
 * (for 101% in-context matches), the minimum score (0–101, default 70), the number of matches wanted (default 10)
 * and the memories to search (empty: all). {@code Lookup.of("Le Conseil de l'Atlantique Nord s'est réuni.")}.
 */
public record Lookup(String text, String lang, String previous, String next, Integer min, Integer max,
    List<String> memories) {
  public Lookup {
    if (text == null || text.isBlank()) throw new IllegalArgumentException("a lookup needs a source segment");
    memories = memories == null ? List.of() : List.copyOf(memories);
  }

  public static Lookup of(String text) {
    return new Lookup(text, null, null, null, null, null, List.of());
  }

  public Lookup withLang(String language) {
    return new Lookup(text, language, previous, next, min, max, memories);
  }

  public Lookup withMin(int minScore) {
    return new Lookup(text, lang, previous, next, minScore, max, memories);
  }

  public Lookup withMax(int maxMatches) {
    return new Lookup(text, lang, previous, next, min, maxMatches, memories);
  }

  public Lookup withContext(String previousSegment, String nextSegment) {
    return new Lookup(text, lang, previousSegment, nextSegment, min, max, memories);
  }

  public Lookup withMemories(List<String> names) {
    return new Lookup(text, lang, previous, next, min, max, names);
  }
}
