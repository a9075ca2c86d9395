package org.entente.terminology;

import java.util.Locale;

/** A term's status in the termbase, best first: preferred terms are proposed before admitted ones. */
public enum TermStatus {
  PREFERRED,
  ADMITTED,
  PROPOSED,
  DEPRECATED,
  SUPERSEDED;

  /** Deprecated and superseded terms must not be used in new text. */
  public boolean isForbidden() {
    return this == DEPRECATED || this == SUPERSEDED;
  }

  /** Lower-case name as written in JSON and CSV: {@code preferred}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
