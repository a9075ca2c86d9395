package org.entente.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.text.Language;

/**
 * Decides whether a term of a stored translation can be replaced by another without breaking the sentence, and by
 * which: the replacement keeps the number of the words it replaces (plural in, plural out: "defense plans" becomes
 * "defence plans" only when the termbase has a plural term to put), and a term followed by a possessive with no
 * article before it is not replaced by a term that may need one ("NATO's defence plans" is not turned into
 * "Alliance's defence plans"). When no replacement is safe it says why, and the suggester flags instead of rewriting.
 */
final class TermSwap {
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
      "their", "our", "his", "her", "whose", "your", "my");

  /** The replacement to put, or why none is safe ({@code replacement} null then). */
  record Decision(String replacement, String obstacle) {
    boolean safe() {
      return obstacle == null;
    }
  }

  private TermSwap() {}

  /**
   * @param text the stored translation
   * @param start where the term found there starts
   * @param end where it ends
   * @param candidates the terms that may be put instead, best first
   * @param sameConcept whether the candidates name the same concept (a deprecated name and its preferred one)
   */
  static Decision decide(String text, int start, int end, List<String> candidates, boolean sameConcept, Language language) {
    String surface = text.substring(start, end);
    boolean plural = looksPlural(surface, language);
    String chosen = null;
    for (String c : candidates) {
      if (looksPlural(c, language) == plural) {
        chosen = c;
        break;
      }
    }
    if (chosen == null) {
      return new Decision(null, "\"" + surface + "\" is " + (plural ? "plural" : "singular")
          + " and the termbase has no " + (plural ? "plural" : "singular") + " term to put instead");
    }
    if (possessive(text, end) && !articleBefore(text, start) && !(sameConcept && oneName(surface) && oneName(chosen))) {
      return new Decision(null, "it is followed by a possessive with no article before it (\"" + chosen
          + "'s\" may need \"the\")");
    }
    return new Decision(chosen, null);
  }

  /**
   * Whether a term reads as plural, by its head word: the last English word (the one before "of" if any), the
   * first French one, ending in s or x ("Defence Ministers", "chiefs of staff", "plans de défense"; not "crisis").
   */
  static boolean looksPlural(String term, Language language) {
    String[] words = term.strip().split("[\\s\u00A0]+");
    if (words.length == 0) return false;
    String head;
    if (language == Language.FR) {
      head = words[0];
    } else {
      int of = -1;
      for (int i = 1; i < words.length; i++) if (words[i].equalsIgnoreCase("of")) { of = i; break; }
      head = of > 0 ? words[of - 1] : words[words.length - 1];
    }
    if (head.chars().noneMatch(Character::isLowerCase)) return false; // NATO, SHAPE, US
    if (head.matches("\\p{Lu}{2,}s")) return true; // NGOs
    String h = head.toLowerCase(Locale.ROOT);
    if (h.endsWith("ss") || h.endsWith("is") || h.endsWith("us")) return false;
    return h.endsWith("s") || h.endsWith("x");
  }

  private static boolean possessive(String text, int end) {
    if (end >= text.length()) return false;
    char c = text.charAt(end);
    if (c != '\'' && c != '\u2019') return false;
    return end + 1 >= text.length() || !Character.isLetter(text.charAt(end + 1)) || text.charAt(end + 1) == 's';
  }

  private static boolean articleBefore(String text, int start) {
    int e = start;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
    return b < e && DETERMINERS.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
  }

  /** One capitalised word: a place or country name (Kiev, Kyiv, Türkiye), used without an article. */
  private static boolean oneName(String term) {
    String t = term.strip();
    return !t.isEmpty() && t.indexOf(' ') < 0 && Character.isUpperCase(t.codePointAt(0))
        && t.substring(1).chars().anyMatch(Character::isLowerCase);
  }
}
