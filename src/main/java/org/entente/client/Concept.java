package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * A termbase concept with its French and English terms: {@code c-npg}, "Groupe des plans nucléaires" (fr,
 * preferred) = "Nuclear Planning Group" (en, preferred) = "NPG" (en, acronym). Definitions and notes are keyed by
 * language code; dates are ISO-8601 strings as the server wrote them; {@code subsets} name the glossaries it belongs
 * to, and {@code excludedFromChecks} marks everyday words the checks leave alone.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Concept(String id, String subjectField, Map<String, String> definitions, Map<String, String> notes,
    String source, String created, String modified, String supersededBy, List<String> subsets,
    boolean excludedFromChecks, List<Term> terms) {
  public Concept {
    subsets = Maps.list(subsets);
    id = Maps.text(id);
    subjectField = Maps.text(subjectField);
    definitions = Map.copyOf(Maps.withoutNulls(definitions));
    notes = Map.copyOf(Maps.withoutNulls(notes));
    source = Maps.text(source);
    created = Maps.text(created);
    modified = Maps.text(modified);
    supersededBy = Maps.text(supersededBy);
    terms = Maps.list(terms);
  }

  /** The terms in one language ({@code "en"}), in the server's order (best status first). */
  public List<Term> terms(String language) {
    return terms.stream().filter(t -> t.language().regionMatches(true, 0, language, 0, 2)).toList();
  }
}
