package org.entente.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A language with its optional region, normalised to BCP 47: {@code fr_fr} → {@code fr-FR}, {@code EN} → {@code en}.
 */
public record LanguageCode(Language language, String region) {
  private static final Pattern FORM = Pattern.compile("(?i)([a-z]{2,3})(?:[-_]([a-z]{2}|[0-9]{3}))?(?:[-_][a-z0-9]{1,8})*");

  public LanguageCode {
    if (language == null) throw new IllegalArgumentException("language is null");
    region = region == null ? "" : region.toUpperCase(Locale.ROOT);
  }

  public static LanguageCode of(Language language) {
    return new LanguageCode(language, "");
  }

  /**
   * Parses {@code fr}, {@code FR}, {@code fr-FR}, {@code fr_FR}, {@code en-GB}, {@code fra}.
   *
   * @param parameter the parameter or field name, for the error message
   * @throws BadInputException for anything that is not French or English
   */
  public static LanguageCode parse(String value, String parameter) {
    String v = value == null ? "" : value.strip();
    var m = FORM.matcher(v);
    if (v.isEmpty() || !m.matches()) {
      throw unknown(value, parameter);
    }
    String lang = m.group(1).toLowerCase(Locale.ROOT);
    Language language = switch (lang) {
      case "fr", "fra", "fre" -> Language.FR;
      case "en", "eng" -> Language.EN;
      default -> throw unknown(value, parameter);
    };
    return new LanguageCode(language, m.group(2));
  }

  private static BadInputException unknown(String value, String parameter) {
    return new BadInputException(
        "unsupported language code '" + (value == null ? "" : value) + "'",
        parameter,
        "use fr or en, optionally with a region (fr-FR, fr_CA, en-GB, en-US)");
  }

  /** The BCP 47 tag: {@code fr}, {@code fr-FR}. */
  public String tag() {
    return region.isEmpty() ? language.code() : language.code() + "-" + region;
  }

  @Override
  public String toString() {
    return tag();
  }
}
