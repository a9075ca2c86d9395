package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A termbase search: {@code query} in {@code language} (empty: both), {@code mode} exact, prefix (autocomplete) or
 * fuzzy (typo-tolerant), at most {@code max} results. {@code TermSearch.of("nuclear plan")} searches fuzzily.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TermSearch(String query, String language, String mode, Integer max) {
  public TermSearch {
    if (query == null || query.isBlank()) throw new IllegalArgumentException("a term search needs a query");
  }

  public static TermSearch of(String query) {
    return new TermSearch(query, null, null, null);
  }

  /** One result: the concept, the term that matched and how well (0–1). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Hit(String conceptId, Term term, double score) {
    public Hit {
      conceptId = Maps.text(conceptId);
    }
  }
}
