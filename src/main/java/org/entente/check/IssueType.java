package org.entente.check;

/**
 * The W3C ITS 2.0 localization-quality issue types our checks use: {@code terminology} for a deprecated term,
 * {@code numbers} for 40 billion written as 45 billion.
 */
public enum IssueType {
  TERMINOLOGY("terminology"),
  INCONSISTENCY("inconsistency"),
  NUMBERS("numbers"),
  STYLE("style"),
  MISSPELLING("misspelling");

  private final String its;

  IssueType(String its) {
    this.its = its;
  }

  /** The ITS 2.0 {@code locQualityIssueType} value: {@code terminology}. */
  public String its() {
    return its;
  }
}
