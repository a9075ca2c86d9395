package org.entente.check;

import java.util.List;

/** The explicit list of every check, in the order they run and are documented. */
public final class Checks {
  private Checks() {}

  public static List<Check> all() {
    return List.of(
        new TermNotFoundInTarget(),
        new TermDeprecatedInTarget(),
        new TermDeprecatedInSource(),
        new TermInconsistent(),
        new NumberMismatch(),
        new AcronymNotExpanded(),
        new SpellingVariant());
  }
}
