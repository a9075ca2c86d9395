package org.entente.extract;

import org.entente.segment.Token;
import org.entente.text.Language;

/**
 * The part-of-speech patterns of term candidates, over UD tags. French: a noun followed by adjectives, nouns, or a
 * preposition (de, à, en, pour; an article may follow it) and a noun, and "et" between two such words: N, N ADJ,
 * N de (DET) N, N à N, N-N, "posture de dissuasion et de défense". English: (ADJ|N)+ N, with "of", "for" or "and"
 * between nouns: "Nuclear Planning Group", "Secretary General", "deterrence and defence posture". Spans of
 * {@link Words#MAX_SPAN} tokens at most, every sub-span that fits a pattern included (termhood needs the nested ones).
 */
final class TermPatterns {
  /** Adjectives that qualify a mention rather than name a concept: "new", "autres"; no term starts or ends with one. */
  private static final java.util.Set<String> GENERIC = java.util.Set.of("new", "other", "such", "many", "several",
      "further", "more", "most", "first", "last", "next", "same", "own", "recent", "current", "various", "certain",
      "nouveau", "nouvel", "autre", "dernier", "prochain", "même", "premier", "plusieurs", "tel", "récent",
      "actuel", "propre", "divers");

  private TermPatterns() {}

  /** Receives a candidate span [from, to) and its number of content words. */
  interface Sink {
    void candidate(int from, int to, int contentWords);
  }

  static void forEachCandidate(Words w, String[] tags, Language language, Sink sink) {
    int n = w.size();
    for (int i = 0; i < n; i++) {
      if (!canStart(w, tags, i, language)) continue;
      int content = 0;
      boolean pendingLink = false; // after a link or conjunction, a content word must come before the span may end
      for (int j = i; j < n && j < i + Words.MAX_SPAN; j++) {
        if (w.keys[j] == null) break;
        if (isContent(w, tags, j, language)) {
          content++;
          pendingLink = false;
          if (canEnd(w, tags, j, language)) sink.candidate(i, j + 1, content);
        } else if (j > i && (w.isLink(j) || w.isConjunction(j)) && !pendingLink) {
          pendingLink = true;
        } else if (pendingLink && (w.isArticleAfterLink(j) || (w.isLink(j) && w.isConjunction(j - 1)))) {
          // "de la défense", "et de défense": still waiting for the content word
        } else {
          break;
        }
      }
    }
  }

  private static boolean isNoun(Words w, String[] tags, int i) {
    String t = tags[i];
    return t.equals("NOUN") || t.equals("PROPN") || w.tokens.get(i).type() == Token.Type.ACRONYM;
  }

  private static boolean isContent(Words w, String[] tags, int i, Language language) {
    if (w.keys[i] == null || w.tokens.get(i).type() == Token.Type.ELISION) return false;
    if (isNoun(w, tags, i) || tags[i].equals("ADJ")) return true;
    return participle(w, tags, i, language);
  }

  /**
   * A participle used as a modifier, which the tagger calls VERB: English "Planning" in "Nuclear Planning Group"
   * (the end test rejects it last), French "Unies" in "Nations Unies", "armées" in "forces armées".
   */
  private static boolean participle(Words w, String[] tags, int i, Language language) {
    if (!tags[i].equals("VERB")) return false;
    String s = w.tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
    if (language == Language.EN) return s.endsWith("ing") || s.endsWith("ed");
    return i > 0 && (s.endsWith("é") || s.endsWith("ée") || s.endsWith("és") || s.endsWith("ées") || s.endsWith("ie")
        || s.endsWith("ies") || s.endsWith("is") || s.endsWith("ue") || s.endsWith("ues") || s.endsWith("us"));
  }

  private static boolean canStart(Words w, String[] tags, int i, Language language) {
    if (w.keys[i] == null || w.tokens.get(i).text().length() < 2 || GENERIC.contains(w.keys[i])) return false;
    return language == Language.FR ? isNoun(w, tags, i) : isContent(w, tags, i, language);
  }

  private static boolean canEnd(Words w, String[] tags, int j, Language language) {
    if (w.tokens.get(j).text().length() < 2 || GENERIC.contains(w.keys[j])) return false;
    return language == Language.FR ? isNoun(w, tags, j) || tags[j].equals("ADJ") || participle(w, tags, j, language)
        : isNoun(w, tags, j);
  }
}
