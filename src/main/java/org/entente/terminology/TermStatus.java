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

  /** The status for a code ({@code preferred}); admitted when unknown or empty. */
  public static TermStatus fromCode(String code) {
    for (TermStatus s : values()) if (s.code().equalsIgnoreCase(code == null ? "" : code.strip())) return s;
    return ADMITTED;
  }

  /** Lower-case name as written in JSON and CSV: {@code preferred}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
