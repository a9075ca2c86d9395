package org.entente.terminology;

import java.util.Locale;

/** TBX-Basic term types. */
public enum TermType {
  FULL_FORM("fullForm"),
  ACRONYM("acronym"),
  ABBREVIATION("abbreviation"),
  SHORT_FORM("shortForm"),
  VARIANT("variant"),
  PHRASE("phrase");

  private final String tbx;

  TermType(String tbx) {
    this.tbx = tbx;
  }

  /** The TBX-Basic picklist value: {@code fullForm}. */
  public String tbx() {
    return tbx;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
