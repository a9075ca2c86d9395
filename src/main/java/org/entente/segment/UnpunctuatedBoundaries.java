package org.entente.segment;

import java.util.ArrayList;
import java.util.List;
import org.entente.text.Span;

/**
 * Segment starts that no punctuation marks, found inside a paragraph: a list item introduced by a spaced hyphen
 * ({@code "... votre pharmacien - Si l'un des effets..."}), and a heading in capitals run into the text around
 * it ({@code "à l'intention du public RAPPORT EUROPÉEN PUBLIC D'ÉVALUATION Ce document..."}), and in French a
 * heading without final punctuation before a word that starts sentences ({@code "... du public Ce document"}),
 * and a table cell closed by a bracket before a capitalised word ({@code "Très fréquent (1/10) Fréquent"}).
 * Text flattened
 * from lists and tables reads like this. Linear in the length of the paragraph.
 */
final class UnpunctuatedBoundaries {
  /** A heading in capitals has at least two words and this many capital letters (not "NATO DIANA", not "DE LADMIRAULT"). */
  private static final int MIN_HEADING_LETTERS = 14;

  /**
   * French words that start a sentence and hardly ever follow a lower-case word inside one with a capital
   * ({@code "... du public Ce document est"}); articles are left out ("le parti Les Républicains").
   */
  private static final java.util.Set<String> FRENCH_STARTERS = java.util.Set.of(
      "Ce", "Cet", "Cette", "Ces", "Il", "Ils", "Elle", "Elles", "Pour", "Si", "Dans", "Chaque", "Vous", "Nous", "On",
      "Lors", "Après", "Avant", "Afin", "Comme", "Depuis", "Pendant", "Aucun", "Aucune", "Quand", "Lorsque");

  private UnpunctuatedBoundaries() {}

  /** The offsets, ascending, where a new segment starts inside {@code paragraph}. */
  static List<Integer> find(String text, Span paragraph, org.entente.text.Language language) {
    boolean french = language == org.entente.text.Language.FR;
    int limit = paragraph.end();
    List<Integer> starts = new ArrayList<>();
    int prevEnd = -1;
    int i = skipSpaces(text, paragraph.start(), limit);
    while (i < limit) {
      int end = wordEnd(text, i, limit);
      int next = skipSpaces(text, end, limit);
      boolean hasNext = next < limit;
      // a list whose items end with ";" or "," is one sentence, as in French legal texts
      if (prevEnd >= 0 && hasNext && end - i == 1 && text.charAt(i) == '-' && ";,".indexOf(text.charAt(prevEnd - 1)) < 0) {
        starts.add(i);
      } else if (french && prevEnd >= 0 && hasNext && isFrenchStarter(text, i, end)
          && Character.isLowerCase(text.charAt(prevEnd - 1)) && Character.isLowerCase(text.charAt(next))) {
        starts.add(i);
      } else if (prevEnd >= 0 && hasNext && text.charAt(end - 1) == ')' && closesLongGroup(text, i, end)
          && isCapitalised(text, next, wordEnd(text, next, limit)) && !isCapitalsWord(text, i, end)) {
        starts.add(next);
      } else if (isCapitalsWord(text, i, end)) {
        int words = 0;
        int letters = 0;
        int j = i;
        int lastEnd = end;
        while (j < limit) {
          int e = wordEnd(text, j, limit);
          if (!isCapitalsWord(text, j, e)) break;
          words++;
          letters += letters(text, j, e);
          lastEnd = e;
          j = skipSpaces(text, e, limit);
        }
        if (words >= 2 && letters >= MIN_HEADING_LETTERS) {
          if (prevEnd >= 0 && endsLowerOrDigit(text, prevEnd)) starts.add(i);
          if (j < limit && isCapitalised(text, j, wordEnd(text, j, limit))) starts.add(j);
        }
        prevEnd = lastEnd;
        i = j;
        continue;
      }
      prevEnd = end;
      i = next;
    }
    return starts;
  }

  /**
   * Whether the word ending with ")" closes a bracket group of four characters or more that is no acronym
   * ({@code (1/100 à < 1/10)}, {@code (conditionnement unitaire)}, not {@code (NATO)} nor {@code (...)}).
   */
  private static boolean closesLongGroup(String text, int start, int end) {
    // look back at most 200 characters: an unbounded lastIndexOf made "voir a) " repeated quadratic
    int open = -1;
    for (int k = end - 1; k >= Math.max(0, end - 200); k--) {
      if (text.charAt(k) == '(') {
        open = k;
        break;
      }
    }
    if (open < 0 || end - 1 - open - 1 < 4) return false;
    for (int k = open + 1; k < end - 1; k++) {
      char c = text.charAt(k);
      if (Character.isLowerCase(c) || Character.isDigit(c)) return true;
    }
    return false;
  }

  private static int skipSpaces(String text, int i, int limit) {
    while (i < limit && Sentences.isSpace(text.charAt(i))) i++;
    return i;
  }

  private static int wordEnd(String text, int i, int limit) {
    while (i < limit && !Sentences.isSpace(text.charAt(i))) i++;
    return i;
  }

  private static boolean isFrenchStarter(String text, int start, int end) {
    return end - start <= 7 && Character.isUpperCase(text.charAt(start))
        && FRENCH_STARTERS.contains(text.substring(start, end));
  }

  /** {@code RAPPORT}, {@code D'ÉVALUATION}, {@code SPECIALE(S)}: two capitals or more, no lower-case letter. */
  private static boolean isCapitalsWord(String text, int start, int end) {
    int upper = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) return false;
      if (Character.isUpperCase(c)) upper++;
    }
    return upper >= 2;
  }

  private static int letters(String text, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) if (Character.isLetter(text.charAt(i))) n++;
    return n;
  }

  private static boolean endsLowerOrDigit(String text, int end) {
    char c = text.charAt(end - 1);
    return Character.isLowerCase(c) || Character.isDigit(c);
  }

  /** {@code Angiox}: a capital then at least one lower-case letter. */
  private static boolean isCapitalised(String text, int start, int end) {
    if (!Character.isUpperCase(text.charAt(start))) return false;
    for (int i = start + 1; i < end; i++) if (Character.isLowerCase(text.charAt(i))) return true;
    return false;
  }
}
