package org.entente.remote;

import java.util.Optional;
import org.entente.text.BadInputException;

/**
 * A rule that turns a French page's address into its English counterpart's by replacing the first occurrence of
 * {@code from} with {@code to}: {@code /fr/=/en/} maps {@code https://www.nato.int/fr/news/x.htm} to
 * {@code https://www.nato.int/en/news/x.htm}; {@code _fr.htm=_en.htm} handles suffix conventions.
 */
public record UrlMapping(String from, String to) {
  public UrlMapping {
    if (from == null || from.isEmpty()) throw new IllegalArgumentException("a mapping needs a FROM part");
    if (to == null) throw new IllegalArgumentException("a mapping needs a TO part");
  }

  /** Reads {@code FROM=TO}, as given to {@code --map}. */
  public static UrlMapping parse(String rule) {
    int eq = rule == null ? -1 : rule.indexOf('=');
    if (eq <= 0) {
      throw new BadInputException("not a mapping rule: '" + rule + "'", "--map",
          "write FROM=TO, e.g. --map /fr/=/en/ (the first '=' separates the two parts)");
    }
    return new UrlMapping(rule.substring(0, eq), rule.substring(eq + 1));
  }

  /** The mapped address, or empty when {@code url} does not contain {@code from}. */
  public Optional<String> apply(String url) {
    int at = url.indexOf(from);
    if (at < 0) return Optional.empty();
    return Optional.of(url.substring(0, at) + to + url.substring(at + from.length()));
  }

  @Override
  public String toString() {
    return from + "=" + to;
  }
}
