package org.entente.terminology;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.entente.text.TextNormalizer;

/**
 * The subject fields a document belongs to, which limit recognition to the concepts of those fields: a UN report
 * checked with {@code ["Relations internationales", "Défense"]} no longer finds FranceTerme's sports term
 * <i>équipe</i> (a break-dance crew) in "l'équipe de pays". Names compare without case or accents; a concept with no
 * subject field belongs to every field. {@link #ALL} (no names) limits nothing.
 */
public record SubjectFields(Set<String> names) {
  /** No limit: every concept is recognised. */
  public static final SubjectFields ALL = new SubjectFields(Set.of());

  public SubjectFields {
    Set<String> folded = new LinkedHashSet<>();
    for (String n : names) {
      if (n == null || n.isBlank()) continue;
      folded.add(fold(n));
    }
    names = Set.copyOf(folded);
  }

  /** The fields named, blank names left out; {@link #ALL} when there are none. */
  public static SubjectFields of(Collection<String> names) {
    return names == null || names.isEmpty() ? ALL : new SubjectFields(Set.copyOf(names));
  }

  /** Whether no field is named, so nothing is limited. */
  public boolean all() {
    return names.isEmpty();
  }

  /** Whether the concept is recognised: every field named or none, or the concept has no subject field. */
  public boolean admits(Concept c) {
    return all() || c.subjectField().isBlank() || names.contains(fold(c.subjectField()));
  }

  /** Whether the concept's own subject field is among those named (a document of its field). */
  public boolean named(Concept c) {
    return !all() && !c.subjectField().isBlank() && names.contains(fold(c.subjectField()));
  }

  private static String fold(String s) {
    return TextNormalizer.MATCHING_NO_ACCENTS.apply(s.strip());
  }
}
