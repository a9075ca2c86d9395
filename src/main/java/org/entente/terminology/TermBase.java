package org.entente.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.text.Language;
import org.entente.text.TextNormalizer;

/**
 * The terminology base: concepts with French and English terms, and recognition of those terms in running text
 * whatever their inflection or elision.
 */
public interface TermBase {
  /** Every occurrence of every concept's terms in {@code text}, nested ones included, in text order. */
  List<TermHit> recognise(String text, Language language);

  /**
   * The occurrences of the concepts of the document's subject fields only (all of them when {@code fields} names none),
   * nesting judged among those: a one-word everyday term of a named field keeps its full confidence
   * ({@link SubjectFields}).
   */
  default List<TermHit> recognise(String text, Language language, SubjectFields fields) {
    List<TermHit> hits = recognise(text, language);
    if (fields.all()) return hits;
    List<TermHit> kept = new ArrayList<>(hits.size());
    for (TermHit h : hits) {
      Concept c = concept(h.conceptId()).orElse(null);
      if (c == null || !fields.admits(c)) continue;
      double confidence = h.confidence();
      if (confidence == TermMatcher.EVERYDAY_CONFIDENCE && fields.named(c)) {
        confidence = TextNormalizer.MATCHING.apply(h.text()).equals(TextNormalizer.MATCHING.apply(h.term().text())) ? 1.0 : 0.9;
      }
      kept.add(new TermHit(h.start(), h.end(), h.text(), h.conceptId(), h.term(), false, h.equivalents(), confidence));
    }
    return TermMatcher.markNested(kept);
  }

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
