package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A termbase search: {@code query} in {@code lang} ({@code fr}, {@code en}; null: both), {@code mode}
 * {@code exact}, {@code prefix} (autocomplete), {@code fuzzy} (typo-tolerant) or {@code auto} (all, the default),
 * at most {@code max} results. {@code TermSearch.of("plans nucl")} finds the Nuclear Planning Group.
 */
public record TermSearch(String query, String lang, String mode, Integer max) {
  public TermSearch {
    if (query == null || query.isBlank()) throw new IllegalArgumentException("a term search needs a query");
  }

  public static TermSearch of(String query) {
    return new TermSearch(query, null, null, null);
  }

  public TermSearch withMode(String searchMode) {
    return new TermSearch(query, lang, searchMode, max);
  }

  public TermSearch withLang(String language) {
    return new TermSearch(query, language, mode, max);
  }

  /** One result: the concept (in full), the term that matched, how ({@code exact}, {@code prefix}, {@code fuzzy}) and how well (0–1). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Hit(String conceptId, Term term, String how, double score, Concept concept) {
    public Hit {
      conceptId = Maps.text(conceptId);
      how = Maps.text(how);
    }
  }
}
