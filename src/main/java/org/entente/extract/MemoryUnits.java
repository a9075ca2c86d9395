package org.entente.extract;

import org.entente.memory.TranslationMemory;
import org.entente.memory.TranslationUnit;
import org.entente.text.BadInputException;
import org.entente.text.Language;

/** The units of a translation memory (one named memory, or all) as a source extraction and the report can reread. */
public final class MemoryUnits {
  private MemoryUnits() {}

  /**
   * @param name a memory's name, or null for all
   * @throws BadInputException when no memory has that name
   */
  public static UnitSource of(TranslationMemory memory, String name) {
    if (name != null && memory.memories().stream().noneMatch(m -> m.name().equals(name))) {
      throw new BadInputException("no memory named '" + name + "'", "memory",
          "known memories: " + String.join(", ", memory.memories().stream().map(m -> m.name()).toList()));
    }
    return sink -> memory.forEachUnit(name, u -> sink.accept(aligned(u)));
  }

  static AlignedUnit aligned(TranslationUnit u) {
    boolean frSource = u.sourceLanguage().language() == Language.FR;
    String fr = (frSource ? u.source() : u.target()).plain();
    String en = (frSource ? u.target() : u.source()).plain();
    return new AlignedUnit(u.id(), fr, en);
  }
}
