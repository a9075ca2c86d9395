package org.entente.memory;

import java.util.List;
import org.entente.text.Language;

/**
 * A translation-memory lookup: the segment to translate, its language, its neighbours (for in-context exact
 * matches, scored 101), the minimum score (0–100, default 70), the maximum number of matches, and the named
 * memories to search (empty: all).
 */
public record LookupQuery(
    String source,
    Language sourceLanguage,
    String previous,
    String next,
    int min,
    int max,
    List<String> memories) {
  public static final int DEFAULT_MIN = 70;
  public static final int DEFAULT_MAX = 10;

  public LookupQuery {
    if (source == null) throw new IllegalArgumentException("source is null");
    if (sourceLanguage == null) throw new IllegalArgumentException("sourceLanguage is null");
    previous = previous == null ? "" : previous;
    next = next == null ? "" : next;
    if (min < 0 || min > 101) throw new IllegalArgumentException("min outside 0..101");
    if (max < 1) throw new IllegalArgumentException("max must be at least 1");
    memories = List.copyOf(memories == null ? List.of() : memories);
  }

  public static LookupQuery of(String source, Language sourceLanguage) {
    return new LookupQuery(source, sourceLanguage, "", "", DEFAULT_MIN, DEFAULT_MAX, List.of());
  }
}
