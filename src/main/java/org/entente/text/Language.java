package org.entente.text;

import java.util.Locale;

/** The two languages Entente works with. {@link LanguageCode} carries a region as well. */
public enum Language {
  FR("fr", "French"),
  EN("en", "English");

  private final String code;
  private final String displayName;

  Language(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /** The ISO 639-1 code: {@code fr}, {@code en}. */
  public String code() {
    return code;
  }

  public String displayName() {
    return displayName;
  }

  public Language other() {
    return this == FR ? EN : FR;
  }

  /**
   * Reads a language in any form clients send: {@code fr}, {@code FR}, {@code fr-FR}, {@code fr_FR}, {@code en-GB}.
   *
   * @param parameter the parameter or field name, for the error message
   */
  public static Language parse(String value, String parameter) {
    return LanguageCode.parse(value, parameter).language();
  }

  @Override
  public String toString() {
    return code.toLowerCase(Locale.ROOT);
  }
}
