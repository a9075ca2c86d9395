package org.entente.remote;

import java.util.ArrayList;
import java.util.List;
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

  /**
   * Reads {@code FROM=TO}, as given to {@code --map}. When the parts themselves hold {@code =} (query parameters),
   * the middle {@code =} separates them: {@code selectedLocale=fr=selectedLocale=en} maps {@code selectedLocale=fr}
   * to {@code selectedLocale=en}; an even number of {@code =} is ambiguous and refused.
   */
  public static UrlMapping parse(String rule) {
    String hint = "write FROM=TO, e.g. --map /fr/=/en/ or --map selectedLocale=fr=selectedLocale=en";
    if (rule == null) throw new BadInputException("a mapping rule is missing", "--map", hint);
    List<Integer> equals = new ArrayList<>();
    for (int i = 0; i < rule.length(); i++) {
      if (rule.charAt(i) == '=') equals.add(i);
    }
    if (equals.isEmpty() || equals.size() % 2 == 0) {
      throw new BadInputException((equals.isEmpty() ? "not a mapping rule: '" : "ambiguous mapping rule (which '=' "
          + "separates FROM and TO?): '") + rule + "'", "--map", hint);
    }
    int eq = equals.get(equals.size() / 2);
    if (eq == 0) throw new BadInputException("the FROM part of '" + rule + "' is empty", "--map", hint);
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
