package org.entente.terminology;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entente.text.Language;

/**
 * A concept: one meaning, with its terms in French and English. {@code c-npg}: "Groupe des plans nucléaires"
 * (fr, preferred) = "Nuclear Planning Group" (en, preferred) = "NPG" (en, acronym).
 */
public record Concept(
    String id,
    String subjectField,
    Map<Language, String> definitions,
    Map<Language, String> notes,
    String source,
    Instant created,
    Instant modified,
    String supersededBy,
    List<Term> terms) {
  public Concept {
    if (id == null || id.isBlank()) throw new IllegalArgumentException("a concept needs an id");
    subjectField = subjectField == null ? "" : subjectField;
    definitions = Map.copyOf(definitions == null ? Map.of() : definitions);
    notes = Map.copyOf(notes == null ? Map.of() : notes);
    source = source == null ? "" : source;
    supersededBy = supersededBy == null ? "" : supersededBy;
    terms = List.copyOf(terms == null ? List.of() : terms);
  }

  /** The terms in one language, best status first (preferred, admitted, proposed, deprecated, superseded). */
  public List<Term> terms(Language language) {
    return terms.stream()
        .filter(t -> t.language() == language)
        .sorted(java.util.Comparator.comparing(Term::status))
        .toList();
  }

  /** The preferred (else the best-status) term in a language, if any. */
  public java.util.Optional<Term> preferred(Language language) {
    return terms(language).stream().filter(t -> !t.status().isForbidden()).findFirst();
  }
}
