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
}
