package org.entente.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.entente.formats.InlineText;
import org.entente.segment.Token;
import org.entente.text.Language;

/**
 * Puts the query's numbers into a unit's target at the offsets of the target's own number tokens, never by string
 * replacement: unit {@code "Les 3 navires et 13 avions."} → {@code "The 3 ships and 13 aircraft."}, query
 * {@code "Les 4 navires et 13 avions."} gives {@code "The 4 ships and 13 aircraft."} (the 3 inside 13 is another
 * token). A number is not substituted, and the match is penalised instead, when it occurs more than once in the
 * source or the target, when it has no single counterpart in the target, when it carries a suffix
 * ({@code 1er}, {@code 5th}), or when the query's rendering is ambiguous across the languages ({@code 1,500} or
 * {@code 1.500}: a decimal or a thousand).
 */
final class NumberSubstitution {
  private NumberSubstitution() {}

  /** One number of the source that the query writes differently: {@code query} "4" for {@code source} "3". */
  record Difference(String query, String source) {}

  /**
   * The target with every difference substituted, or null when one of them cannot be placed unambiguously.
   *
   * @param sourceNumbers every number of the unit's source, as written
   */
  static InlineText substitute(List<Difference> diffs, List<String> sourceNumbers, InlineText target,
      Language targetLanguage) {
    String plain = target.plain();
    List<Token> numbers = AnalyzedText.tokenizer(targetLanguage).tokenize(plain).stream()
        .filter(t -> t.type() == Token.Type.NUMBER).toList();
    Language queryLanguage = targetLanguage.other();
    List<int[]> edits = new ArrayList<>(); // start, end, index into replacements
    List<String> replacements = new ArrayList<>();
    for (Difference diff : diffs) {
      String sourceDigits = digits(diff.source());
      if (sourceDigits.isEmpty() || hasSuffix(diff.query()) || hasSuffix(diff.source())) return null;
      if (ambiguous(diff.query(), queryLanguage, targetLanguage)) return null;
      if (sourceNumbers.stream().filter(n -> digits(n).equals(sourceDigits)).count() != 1) return null;
      List<Token> hits = numbers.stream().filter(t -> digits(t.text()).equals(sourceDigits)).toList();
      if (hits.size() != 1) return null;
      Token hit = hits.get(0);
      if (hasSuffix(hit.text())) return null;
      for (int[] e : edits) if (e[0] == hit.start()) return null;
      edits.add(new int[] {hit.start(), hit.end(), replacements.size()});
      replacements.add(localize(diff.query(), queryLanguage, targetLanguage));
    }
    edits.sort(Comparator.comparingInt((int[] e) -> e[0]));
    if (!target.hasTags()) {
      StringBuilder b = new StringBuilder(plain.length() + 8);
      int at = 0;
      for (int[] e : edits) {
        b.append(plain, at, e[0]).append(replacements.get(e[2]));
        at = e[1];
      }
      return InlineText.plain(b.append(plain, at, plain.length()).toString());
    }
    String markup = target.markup();
    StringBuilder b = new StringBuilder(markup.length() + 8);
    int at = 0;
    for (int[] e : edits) {
      int start = markupOffset(markup, e[0], true);
      int end = markupOffset(markup, e[1], false);
      if (start < at || end < start) return null;
      b.append(markup, at, start).append(InlineText.escape(replacements.get(e[2])));
      at = end;
    }
    return InlineText.parse(b.append(markup, at, markup.length()).toString(), "target");
  }

  /**
   * Where the plain-text offset {@code plainOffset} falls in our stored markup: text outside native-code elements
   * counts, one character per character or entity; tags count nothing. A {@code start} lies after the tags at that
   * offset, an end before them, so a substitution never removes a tag: in {@code "<ph/>12<ph/>"} the number 12 runs
   * from 5 to 7.
   */
  static int markupOffset(String markup, int plainOffset, boolean start) {
    int plain = 0;
    int code = 0; // depth inside native-code elements (bpt, ept, ph, it, ut, sub), whose text is not plain text
    java.util.ArrayDeque<Boolean> open = new java.util.ArrayDeque<>();
    int i = 0;
    while (i < markup.length()) {
      if (code == 0 && plain == plainOffset && (!start || markup.charAt(i) != '<')) return i;
      char c = markup.charAt(i);
      if (c == '<') {
        int close = markup.indexOf('>', i);
        String tag = markup.substring(i + 1, close);
        if (tag.startsWith("/")) {
          if (!open.isEmpty() && open.pop()) code--;
        } else {
          String name = tag.split("[\\s/]", 2)[0];
          boolean setAside = code > 0 || !name.equals("hi");
          if (!tag.endsWith("/")) {
            open.push(setAside);
            if (setAside) code++;
          }
        }
        i = close + 1;
      } else {
        int next = c == '&' ? markup.indexOf(';', i) + 1 : i + 1;
        if (code == 0) plain++;
        i = next;
      }
    }
    return markup.length();
  }

  private static boolean hasSuffix(String number) {
    return !number.isEmpty() && Character.isLetter(number.charAt(number.length() - 1));
  }

  /** One comma or point followed by exactly three digits, written into the other language: a decimal or a thousand. */
  static boolean ambiguous(String number, Language from, Language to) {
    if (from == to) return false;
    int separators = 0;
    int last = -1;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c == ',' || c == '.') {
        separators++;
        last = i;
      }
    }
    return separators == 1 && number.length() - last - 1 == 3 && digits(number).length() == number.length() - 1;
  }

  static String digits(String number) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < number.length(); i++) if (Character.isDigit(number.charAt(i))) b.append(number.charAt(i));
    return b.toString();
  }

  /**
   * Writes a number the target language's way: {@code 1,500.5} (English) → {@code 1 500,5} (French, no-break
   * space); a number without separators is kept as it is.
   */
  static String localize(String number, Language from, Language to) {
    if (from == to || digits(number).length() == number.length()) return number;
    char decimal = from == Language.FR ? ',' : '.';
    String intPart = number;
    String fraction = "";
    int dec = number.lastIndexOf(decimal);
    if (dec >= 0 && number.length() - dec - 1 != 3) {
      intPart = number.substring(0, dec);
      fraction = number.substring(dec + 1);
    } else if (dec >= 0 && from == Language.EN && number.indexOf(',') < 0) {
      // "1.500" in English text: a decimal with three places
      intPart = number.substring(0, dec);
      fraction = number.substring(dec + 1);
    }
    String intDigits = digits(intPart);
    boolean grouped = intDigits.length() != intPart.length();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < intDigits.length(); i++) {
      if (grouped && i > 0 && (intDigits.length() - i) % 3 == 0) b.append(to == Language.FR ? '\u00A0' : ',');
      b.append(intDigits.charAt(i));
    }
    if (!fraction.isEmpty()) b.append(to == Language.FR ? ',' : '.').append(fraction);
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
