package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A concordance search: a word or phrase ({@code "posture de dissuasion"}) in {@code language} ({@code fr} or
 * {@code en}; empty: either), at most {@code max} units, ranked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Concordance(String query, String language, Integer max) {
  public Concordance {
    if (query == null || query.isBlank()) throw new IllegalArgumentException("a concordance search needs a query");
  }

  public static Concordance of(String query) {
    return new Concordance(query, null, null);
  }

  /** One unit containing the phrase, with the hit offsets in the searched side. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Hit(String unitId, String memory, String source, String target, double score, List<Highlight> highlights) {
    public Hit {
      unitId = Maps.text(unitId);
      memory = Maps.text(memory);
      source = Maps.text(source);
      target = Maps.text(target);
      highlights = Maps.list(highlights);
    }
  }

  /** A highlighted stretch: which side ({@code source} or {@code target}) and its offsets. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Highlight(String side, int start, int end) {}
}
