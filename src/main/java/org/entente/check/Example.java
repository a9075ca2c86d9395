package org.entente.check;

import java.util.List;

/**
 * A check's own example: a draft (and optionally its French source) and the subjects of the findings the check
 * must report on it ({@link Finding#subject()}); no subjects makes it a good example. The terminology examples
 * assume the NATO glossary's concepts (Kyiv, deprecated Kiev; deterrence and defence posture; Nuclear Planning
 * Group, NPG).
 */
public record Example(String source, String draft, List<String> flagged) {
  public Example {
    if (draft == null) throw new IllegalArgumentException("an example needs a draft");
    source = source == null ? "" : source;
    flagged = List.copyOf(flagged);
  }

  /** A draft the check must leave alone. */
  public static Example good(String source, String draft) {
    return new Example(source, draft, List.of());
  }

  /** A draft on which the check must report exactly these subjects, in text order. */
  public static Example bad(String source, String draft, String... flagged) {
    return new Example(source, draft, List.of(flagged));
  }

  public boolean isGood() {
    return flagged.isEmpty();
  }
}
