package org.entente.extract;

import java.util.function.Consumer;

/**
 * Aligned units that can be read more than once, one at a time (extraction reads them in two or three passes and
 * never holds them all): a memory of the translation memory, or a list in tests.
 */
public interface UnitSource {
  /** Hands every unit to {@code sink}, in the same order each time; returns how many. */
  long forEach(Consumer<AlignedUnit> sink);

  /** The units of a list, for tests and small inputs. */
  static UnitSource of(java.util.List<AlignedUnit> units) {
    return sink -> {
      units.forEach(sink);
      return units.size();
    };
  }
}
