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

  /** The type for a TBX-Basic picklist value ({@code fullForm}) or a code ({@code full_form}); full form when unknown. */
  public static TermType fromTbx(String value) {
    for (TermType t : values()) if (t.tbx.equalsIgnoreCase(value) || t.code().equalsIgnoreCase(value)) return t;
    return FULL_FORM;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
