package org.entente.terminology;

/**
 * A concept found by a lookup, with the term that matched and how: {@code "plans nucl"} finds {@code c-npg} by its
 * French term "Groupe des plans nucléaires" ({@code prefix}). Scores are in [0, 1], exact matches 1.
 */
public record ConceptMatch(Concept concept, Term term, SearchMode how, double score) {
  public ConceptMatch {
    if (score < 0 || score > 1) throw new IllegalArgumentException("score outside [0, 1]");
  }
}
