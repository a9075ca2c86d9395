package org.entente.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.entente.terminology.Concept;
import org.entente.terminology.TermType;
import org.entente.text.Casing;
import org.entente.text.Language;

/** What the termbase advises for a concept in a language: its usable terms, preferred first, in the draft's case. */
final class TermAdvice {
  private TermAdvice() {}

  /** Preferred, then admitted, then proposed terms; among equals, those of the given type first. */
  static List<String> usable(Concept c, Language language, TermType likeType) {
    return c.usableTerms(language, likeType);
  }

  /** The usable terms as replacements for {@code found}: "Kyiv" for "kiev" stays "Kyiv"; "posture" for "Posture" at a sentence start becomes "Posture". */
  static List<String> replacements(Concept c, Language language, TermType likeType, String found) {
    List<String> out = new ArrayList<>();
    for (String s : usable(c, language, likeType)) out.add(matchCase(found, s));
    return List.copyOf(new LinkedHashSet<>(out));
  }

  static String matchCase(String found, String replacement) {
    return Casing.matchCase(found, replacement);
  }

  static boolean isShortForm(TermType t) {
    return t == TermType.ACRONYM || t == TermType.ABBREVIATION || t == TermType.SHORT_FORM;
  }

  static String quoted(List<String> terms) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      if (i > 0) b.append(i == terms.size() - 1 ? " or " : ", ");
      b.append('"').append(terms.get(i)).append('"');
    }
    return b.toString();
  }
}
