package org.entente.suggest;

import java.util.List;
import org.entente.memory.LookupQuery;
import org.entente.text.Language;

/**
 * A segment to translate ("Les Alliés ont rencontré le Groupe des plans nucléaires."), its language, its neighbours
 * for in-context matches, the minimum score (0–100), the maximum number of matches, and the memories to search.
 */
public record SuggestQuery(String text, Language language, String previous, String next, int min, int max,
    List<String> memories) {
  public SuggestQuery {
    if (text == null) throw new IllegalArgumentException("text is null");
    language = language == null ? Language.FR : language;
    previous = previous == null ? "" : previous;
    next = next == null ? "" : next;
    memories = List.copyOf(memories == null ? List.of() : memories);
  }

  public static SuggestQuery of(String text, Language language) {
    return new SuggestQuery(text, language, "", "", LookupQuery.DEFAULT_MIN, LookupQuery.DEFAULT_MAX, List.of());
  }

  LookupQuery lookup() {
    return new LookupQuery(text, language, previous, next, min, max, memories);
  }
}
