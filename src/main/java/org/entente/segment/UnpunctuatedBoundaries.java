package org.entente.segment;

import java.util.ArrayList;
import java.util.List;
import org.entente.text.Span;

/**
 * Segment starts that no punctuation marks, found inside a paragraph: a list item introduced by a spaced hyphen
 * ({@code "... votre pharmacien - Si l'un des effets..."}), and a heading in capitals run into the text around
 * it ({@code "à l'intention du public RAPPORT EUROPÉEN PUBLIC D'ÉVALUATION Ce document..."}), and in French a
 * heading without final punctuation before a word that starts sentences ({@code "... du public Ce document"}).
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
    List<Span> words = words(text, paragraph);
    List<Integer> starts = new ArrayList<>();
    int k = 0;
    while (k < words.size()) {
      Span w = words.get(k);
      // a list whose items end with ";" or "," is one sentence, as in French legal texts
      if (k > 0 && isListDash(text, w) && k + 1 < words.size() && !endsWithAny(text, words.get(k - 1), ";,")) {
        starts.add(w.start());
        k++;
        continue;
      }
      if (language == org.entente.text.Language.FR && k > 0 && k + 1 < words.size()
          && FRENCH_STARTERS.contains(text.substring(w.start(), w.end()))
          && Character.isLowerCase(text.charAt(words.get(k - 1).end() - 1))
          && Character.isLowerCase(text.charAt(words.get(k + 1).start()))) {
        starts.add(w.start());
        k++;
        continue;
      }
      if (!isCapitalsWord(text, w)) {
        k++;
        continue;
      }
      int end = k;
      int letters = 0;
      while (end < words.size() && isCapitalsWord(text, words.get(end))) letters += letters(text, words.get(end++));
      if (end - k >= 2 && letters >= MIN_HEADING_LETTERS) {
        if (k > 0 && endsLowerOrDigit(text, words.get(k - 1))) starts.add(w.start());
        if (end < words.size() && isCapitalised(text, words.get(end))) starts.add(words.get(end).start());
      }
      k = end;
    }
    return starts;
  }

  private static List<Span> words(String text, Span p) {
    List<Span> out = new ArrayList<>();
    int i = p.start();
    while (i < p.end()) {
      while (i < p.end() && Sentences.isSpace(text.charAt(i))) i++;
      int s = i;
      while (i < p.end() && !Sentences.isSpace(text.charAt(i))) i++;
      if (i > s) out.add(new Span(s, i));
    }
    return out;
  }

  private static boolean endsWithAny(String text, Span w, String chars) {
    return chars.indexOf(text.charAt(w.end() - 1)) >= 0;
  }

  private static boolean isListDash(String text, Span w) {
    return w.length() == 1 && text.charAt(w.start()) == '-';
  }

  /** {@code RAPPORT}, {@code D'ÉVALUATION}, {@code SPECIALE(S)}: two capitals or more, no lower-case letter. */
  private static boolean isCapitalsWord(String text, Span w) {
    int upper = 0;
    for (int i = w.start(); i < w.end(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) return false;
      if (Character.isUpperCase(c)) upper++;
    }
    return upper >= 2;
  }

  private static int letters(String text, Span w) {
    int n = 0;
    for (int i = w.start(); i < w.end(); i++) if (Character.isLetter(text.charAt(i))) n++;
    return n;
  }

  private static boolean endsLowerOrDigit(String text, Span w) {
    char c = text.charAt(w.end() - 1);
    return Character.isLowerCase(c) || Character.isDigit(c);
  }

  /** {@code Angiox}: a capital then at least one lower-case letter. */
  private static boolean isCapitalised(String text, Span w) {
    if (!Character.isUpperCase(text.charAt(w.start()))) return false;
    for (int i = w.start() + 1; i < w.end(); i++) if (Character.isLowerCase(text.charAt(i))) return true;
    return false;
  }
}
