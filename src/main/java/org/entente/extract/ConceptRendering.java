package org.entente.extract;

import java.util.List;

/**
 * How the memory's English rendered one concept recognised in its French side: the concept, its preferred terms,
 * the units where the French has it, how many of those render it off the glossary (deprecated, superseded, unknown,
 * or not found), and each rendering with its count, most frequent first. {@code nato-kyiv}: Kyïv → "Kyiv" 12
 * (preferred), "Kiev" 3 (deprecated).
 */
public record ConceptRendering(String conceptId, String french, String english, int units, int offGlossary,
    List<Rendering> renderings) {
  public ConceptRendering {
    renderings = List.copyOf(renderings);
  }
}
