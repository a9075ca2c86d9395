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
    List<Term> terms,
    List<String> subsets) {
  /**
   * The subset ({@code customerSubset} in TBX) that keeps a concept out of the checks while it is still recognised:
   * fragments and everyday words such as "Alliés" or "dirigeants".
   */
  public static final String NO_CHECK = "no-check";

  public Concept(String id, String subjectField, Map<Language, String> definitions, Map<Language, String> notes,
      String source, Instant created, Instant modified, String supersededBy, List<Term> terms) {
    this(id, subjectField, definitions, notes, source, created, modified, supersededBy, terms, List.of());
  }

  public Concept {
    if (id == null || id.isBlank()) throw new IllegalArgumentException("a concept needs an id");
    subjectField = subjectField == null ? "" : subjectField;
    definitions = Map.copyOf(definitions == null ? Map.of() : definitions);
    notes = Map.copyOf(notes == null ? Map.of() : notes);
    source = source == null ? "" : source;
    supersededBy = supersededBy == null ? "" : supersededBy;
    terms = List.copyOf(terms == null ? List.of() : terms);
    subsets = List.copyOf(subsets == null ? List.of() : subsets);
  }

  /**
   * Whether checks skip this concept (it is still recognised): it is in the {@value #NO_CHECK} subset (also
   * accepted: {@code exclude-from-checks}, {@code nocheck}, any case).
   */
  public boolean excludedFromChecks() {
    for (String s : subsets) {
      String v = s.strip().toLowerCase(java.util.Locale.ROOT);
      if (v.equals(NO_CHECK) || v.equals("exclude-from-checks") || v.equals("nocheck") || v.equals("no check")) return true;
    }
    return false;
  }

  /**
   * This concept as it stood on {@code date}: each dated term with the status it had then (see
   * {@link Term#statusOn}); itself when no term is dated. On 2021-05-04 "Turkey" is admitted and "Türkiye" proposed.
   */
  public Concept on(java.time.LocalDate date) {
    if (date == null || terms.stream().noneMatch(Term::dated)) return this;
    return new Concept(id, subjectField, definitions, notes, source, created, modified, supersededBy,
        terms.stream().map(t -> t.on(date)).toList(), subsets);
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
    return terms(language).stream().filter(Term::isUsable).findFirst();
  }

  /**
   * The texts a translation may use for this concept in a language: preferred, then admitted, then proposed terms
   * (never deprecated or superseded ones); among equals, those of type {@code likeType} first. For c-kyiv in English:
   * {@code ["Kyiv"]}, never "Kiev".
   */
  public List<String> usableTerms(Language language, TermType likeType) {
    return terms(language).stream().filter(Term::isUsable)
        .sorted(java.util.Comparator.comparing(Term::status).thenComparing(t -> t.type() == likeType ? 0 : 1))
        .map(Term::text).distinct().toList();
  }
}
