package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A concordance search: a word or phrase ({@code "posture de dissuasion"}) in {@code lang} ({@code fr} or
 * {@code en}; null: either), at most {@code max} units, ranked, in the given memories (empty: all).
 */
public record Concordance(String query, String lang, Integer max, List<String> memories) {
  public Concordance {
    if (query == null || query.isBlank()) throw new IllegalArgumentException("a concordance search needs a query");
    memories = memories == null ? List.of() : List.copyOf(memories);
  }

  public static Concordance of(String query) {
    return new Concordance(query, null, null, List.of());
  }

  public Concordance withLang(String language) {
    return new Concordance(query, language, max, memories);
  }

  /**
   * One unit containing the phrase: the side searched ({@code language}, {@code text}) with the offsets of each hit
   * and the text with {@code <mark>} around them (HTML-escaped), the other side ({@code translation}), and the rank.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Hit(String unitId, String memory, String language, String text, List<Span> hits, String highlighted,
      String translation, double relevance) {
    public Hit {
      unitId = Maps.text(unitId);
      memory = Maps.text(memory);
      language = Maps.text(language);
      text = Maps.text(text);
      hits = Maps.list(hits);
      highlighted = Maps.text(highlighted);
      translation = Maps.text(translation);
    }
  }

  /** Offsets of a hit in the text: start inclusive, end exclusive, UTF-16 indices. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Span(int start, int end) {}
}
