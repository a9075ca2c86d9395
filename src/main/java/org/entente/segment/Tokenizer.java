package org.entente.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.text.Language;
import org.entente.text.Numeral;
import org.entente.text.Numerals;

/**
 * Splits French or English text into tokens with offsets. Shared by the memory, the termbase and the aligner.
 *
 * <p>French elision is split off ({@code l’Alliance} → {@code l’} + {@code Alliance}, {@code jusqu’à} →
 * {@code jusqu’} + {@code à}) but {@code aujourd’hui} stays whole; English possessives are split
 * ({@code NATO’s} → {@code NATO} + {@code ’s}); hyphenated compounds ({@code état-major}), acronyms
 * ({@code U.S.}, {@code F-35}) and numbers ({@code 1.000}, {@code 40,5}, {@code 500 000}, {@code 13.06.2024})
 * stay single tokens. Thread-safe and allocation-light.
 */
public final class Tokenizer {
  private static final String APOSTROPHES = "'\u2019\u02BC\u2018";
  private static final String HYPHENS = "-\u2010\u2011";
  private static final Set<String> FRENCH_ELISIONS = Set.of(
      "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu");
  private static final Set<String> FRENCH_WHOLE = Set.of("aujourd", "prud");
  /** Words whose apostrophe is no elision, written with {@code '}: {@code quelqu’un}, {@code presqu’île}. */
  private static final Set<String> FRENCH_WHOLE_WORDS = Set.of("presqu'île", "presqu'îles", "quelqu'un", "quelqu'une");

  private final Language language;
  private final Numerals.Convention convention;

  public Tokenizer(Language language) {
    this.language = language;
    this.convention = Numerals.Convention.of(language);
  }

  public Language language() {
    return language;
  }

  public List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
        i += Character.charCount(cp);
      } else if (Character.isDigit(cp)) {
        i = progress(text, i, number(text, i, out), out);
      } else if (Character.isLetter(cp)) {
        i = progress(text, i, word(text, i, out), out);
      } else {
        int len = Character.charCount(cp);
        // keep runs of dots (an ellipsis written as three dots) together
        if (cp == '.' ) {
          int j = i;
          while (j < n && text.charAt(j) == '.') j++;
          len = j - i;
        }
        Token.Type type = Character.getType(cp) == Character.CURRENCY_SYMBOL
                || Character.getType(cp) == Character.MATH_SYMBOL
                || cp == '%' || cp == '‰' || cp == '°' || cp == '§' || cp == '&' || cp == '#' || cp == '@'
            ? Token.Type.SYMBOL
            : Token.Type.PUNCTUATION;
        out.add(new Token(text.substring(i, i + len), i, i + len, type));
        i += len;
      }
    }
    return out;
  }

  /**
   * The index after a step that started at {@code start} and ended at {@code end}; a step that consumed nothing
   * (a character no rule knows) becomes a one-code-point symbol token, so no input can stall or break tokenising.
   */
  private static int progress(String text, int start, int end, List<Token> out) {
    if (end > start) return end;
    int next = start + Character.charCount(text.codePointAt(start));
    out.add(new Token(text.substring(start, next), start, next, Token.Type.SYMBOL));
    return next;
  }

  private int number(String text, int start, List<Token> out) {
    int n = text.length();
    // the whole run of digit groups is one token: "1.000", "40,5", "500 000", a date "13.06.2024"
    Numeral numeral = Numerals.read(text, start, n, convention);
    if (numeral == null) return start;
    int i = numeral.runEnd();
    // ordinals and units glued to the number: 75e, 1er, 2nd, 3rd, 10th, F-35 handled in word()
    int j = letterRun(text, i);
    String suffix = text.substring(i, j).toLowerCase(Locale.ROOT);
    if (j > i && (suffix.equals("e") || suffix.equals("er") || suffix.equals("re") || suffix.equals("ème")
        || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")
        || suffix.equals("bis"))) {
      i = j;
    }
    out.add(new Token(text.substring(start, i), start, i, Token.Type.NUMBER));
    return i;
  }

  /** The lower-cased run of letters starting at {@code i}. */
  private static String letters(String text, int i) {
    return text.substring(i, letterRun(text, i)).toLowerCase(Locale.ROOT);
  }

  /** The end of the run of letters starting at {@code i}, walking code points ({@code 𝐀} is one letter). */
  private static int letterRun(String text, int i) {
    while (i < text.length() && Character.isLetter(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
    return i;
  }

  private int word(String text, int start, List<Token> out) {
    int n = text.length();
    int i = start;
    while (true) {
      while (i < n && (Character.isLetterOrDigit(text.codePointAt(i)) || Character.getType(text.codePointAt(i)) == Character.NON_SPACING_MARK)) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (i + 1 < n && HYPHENS.indexOf(text.charAt(i)) >= 0 && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
        i++;
        continue;
      }
      // acronyms with dots: U.S., U.K., N.B. (a single capital then a dot, repeated)
      if (i < n && text.charAt(i) == '.' && i - start >= 1 && isDottedAcronym(text, start, i)) {
        i++;
        continue;
      }
      if (i + 1 < n && APOSTROPHES.indexOf(text.charAt(i)) >= 0 && Character.isLetter(text.codePointAt(i + 1))) {
        String head = text.substring(start, i).toLowerCase(Locale.ROOT);
        if (language == Language.FR) {
          if (FRENCH_WHOLE.contains(head) || FRENCH_WHOLE_WORDS.contains(head + "'" + letters(text, i + 1))) {
            i++;
            continue;
          }
          String last = head.contains("-") ? head.substring(head.lastIndexOf('-') + 1) : head;
          if (FRENCH_ELISIONS.contains(last) && !head.contains("-")) {
            out.add(new Token(text.substring(start, i + 1), start, i + 1, Token.Type.ELISION));
            return i + 1;
          }
        } else {
          int j = letterRun(text, i + 1);
          String tail = text.substring(i + 1, j).toLowerCase(Locale.ROOT);
          if (tail.equals("s")) {
            emitWord(text, start, i, out);
            out.add(new Token(text.substring(i, j), i, j, Token.Type.CLITIC));
            return j;
          }
          if (tail.equals("t") && head.endsWith("n")) {
            emitWord(text, start, i - 1, out);
            out.add(new Token(text.substring(i - 1, j), i - 1, j, Token.Type.CLITIC));
            return j;
          }
          i = j; // o'clock, O'Brien, we'll
          continue;
        }
      }
      break;
    }
    // a trailing hyphen or apostrophe is punctuation, not part of the word
    emitWord(text, start, i, out);
    return i;
  }

  private static boolean isDottedAcronym(String text, int start, int dot) {
    // "U" + "." or "U.S" + "." : the part since the last dot is one capital letter
    // look back within the word only: lastIndexOf over the whole text made a long text quadratic
    int partStart = dot - 1;
    while (partStart > start && text.charAt(partStart - 1) != '.') partStart--;
    return dot - partStart == 1 && Character.isUpperCase(text.charAt(partStart))
        && dot + 1 < text.length() && (Character.isUpperCase(text.charAt(dot + 1)) || partStart > start);
  }

  private static void emitWord(String text, int start, int end, List<Token> out) {
    if (end <= start) return;
    String w = text.substring(start, end);
    out.add(new Token(w, start, end, isAcronym(w) ? Token.Type.ACRONYM : Token.Type.WORD));
  }

  /** {@code OTAN}, {@code U.S.}, {@code F-35}, {@code G7}: at least two capitals and no lower-case letter. */
  static boolean isAcronym(String w) {
    int upper = 0;
    for (int k = 0; k < w.length(); k += Character.charCount(w.codePointAt(k))) {
      int c = w.codePointAt(k);
      if (Character.isLowerCase(c)) return false;
      if (Character.isUpperCase(c)) upper++;
    }
    return upper >= 2 || (upper == 1 && w.codePointCount(0, w.length()) > 1 && w.codePoints().anyMatch(Character::isDigit));
  }
}
