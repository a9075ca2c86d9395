package org.entente.suggest;

import java.time.LocalDate;
import java.util.List;
import org.entente.memory.LookupQuery;
import org.entente.text.Language;

/**
 * A segment to translate ("Les Alliés ont rencontré le Groupe des plans nucléaires."), its language, its neighbours
 * for in-context matches, the minimum score (0–100), the maximum number of matches, the memories to search, and the
 * document's date (terms are proposed with the status they had that day; null: today).
 */
public record SuggestQuery(String text, Language language, String previous, String next, int min, int max,
    List<String> memories, LocalDate date) {
  public SuggestQuery(String text, Language language, String previous, String next, int min, int max,
      List<String> memories) {
    this(text, language, previous, next, min, max, memories, null);
  }

  public SuggestQuery {
    date = date == null ? org.entente.text.DocumentDate.today() : date;
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
