package org.entente.extract;

import java.util.List;

/**
 * One way the English side rendered a concept: the text, its status in the termbase ({@code null} when the
 * termbase does not know it, or when no rendering was found: then {@code text} is null too), the number of units,
 * and the ids of units to look at (deprecated, superseded and unknown renderings; at most ten).
 * {@code ("Kiev", "deprecated", 3, ["u-4", "u-9", "u-12"])}.
 */
public record Rendering(String text, String status, int units, List<String> unitIds) {
  public Rendering {
    unitIds = List.copyOf(unitIds);
  }

  /** Whether a reviewer should look at it: deprecated, superseded, unknown to the termbase, or missing. */
  public boolean offGlossary() {
    return status == null || status.equals("deprecated") || status.equals("superseded");
  }
}
