package org.entente.check;

import java.util.Locale;
import org.entente.text.BadInputException;

/** Which English spelling a draft must follow: British (NATO's house style, the default) or American. */
public enum SpellingStandard {
  BRITISH,
  AMERICAN;

  /** Reads {@code british}, {@code en-GB}, {@code american}, {@code en-US}. */
  public static SpellingStandard parse(String value, String parameter) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (v) {
      case "", "british", "gb", "uk", "en-gb", "en" -> BRITISH;
      case "american", "us", "en-us" -> AMERICAN;
      default -> throw new BadInputException("unknown spelling standard '" + value + "'", parameter,
          "use british (defence, programme, organisation) or american");
    };
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
