package org.entente.check;

import java.util.Locale;

/**
 * How much a finding matters: an {@code ERROR} must be fixed (a deprecated term, a changed number), a
 * {@code WARNING} should be reviewed (a term not found, an unexpanded acronym), an {@code INFO} is for the
 * record (the source itself uses a deprecated term).
 */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** Lower-case name as written in JSON: {@code error}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
