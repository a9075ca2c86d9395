package org.entente.terminology;

import java.util.List;
import java.util.Optional;
import org.entente.text.Language;

/**
 * The terminology base: concepts with French and English terms, and recognition of those terms in running text
 * whatever their inflection or elision.
 */
public interface TermBase {
  /** Every occurrence of every concept's terms in {@code text}, nested ones included, in text order. */
  List<TermHit> recognise(String text, Language language);

  /** The concept with this id. */
  Optional<Concept> concept(String id);

  /** How many concepts the termbase holds. */
  int size();

  /**
   * Concepts whose terms match {@code query} in {@code language} (null: either), best first: exact, prefix
   * (autocomplete) or typo-tolerant. {@code "nuclear planing"} finds the Nuclear Planning Group with {@code FUZZY}.
   */
  default java.util.List<ConceptMatch> search(String query, Language language, SearchMode mode, int max) {
    return List.of();
  }

  /** Every concept, in id order (for export). */
  default java.util.List<Concept> concepts() {
    return List.of();
  }

  /** Adds or replaces a concept; durable when it returns. */
  default Concept put(Concept concept) {
    throw new UnsupportedOperationException("this termbase is read-only");
  }

  /** Deletes a concept; durable when it returns; false when there was none. */
  default boolean delete(String id) {
    throw new UnsupportedOperationException("this termbase is read-only");
  }
}
