package org.entente.segment;

import java.util.ArrayList;
import java.util.List;
import org.entente.text.Span;

/**
 * Segment starts that no punctuation marks, found inside a paragraph that reads like a list or a table flattened
 * into running text: list items introduced by a spaced hyphen ({@code "Effets indésirables - Maux de tête -
 * Variation de la pression"}), a heading in capitals run into the text around it ({@code "à l'intention du public
 * RAPPORT EUROPÉEN PUBLIC D'ÉVALUATION Ce document..."}), in French a short title without final punctuation
 * before a word that starts sentences ({@code "Insuffisance hépatique Aucune adaptation"}), and table cells closed
 * by a bracket before a capitalised word ({@code "Très fréquent (1/10) Fréquent (1/100 à < 1/10)"}).
 *
 * <p>Only a heading in capitals is evidence enough on its own. The other starts need evidence of a list or table
 * nearby: another list item, cell or heading within {@link #NEAR} characters, or (for a French sentence starter) a
 * title-like fragment before it. Dashes, titles and names inside a sentence stay inside it: {@code "Le ministre - qui
 * était présent - a parlé"}, {@code "Le magazine Elle consacre..."} and {@code "Le livre Pour une Europe..."} are one
 * segment each. Linear in the length of the paragraph.
 */
final class UnpunctuatedBoundaries {
  /** A heading in capitals has at least two words and this many capital letters (not "NATO DIANA", not "DE LADMIRAULT"). */
  private static final int MIN_HEADING_LETTERS = 14;

  /** How far (in characters) another list item, table cell or heading counts as evidence of a flattened list. */
  static final int NEAR = 400;

  /** A title-like fragment before a French sentence starter has at most this many words. */
  private static final int MAX_TITLE_WORDS = 8;

  /**
   * French words that start a sentence and hardly ever follow a lower-case word inside one with a capital
   * ({@code "... du public Ce document est"}); articles are left out ("le parti Les Républicains").
   */
  private static final java.util.Set<String> FRENCH_STARTERS = java.util.Set.of(
      "Ce", "Cet", "Cette", "Ces", "Il", "Ils", "Elle", "Elles", "Pour", "Si", "Dans", "Chaque", "Vous", "Nous", "On",
      "Lors", "Après", "Avant", "Afin", "Comme", "Depuis", "Pendant", "Aucun", "Aucune", "Quand", "Lorsque");

  /**
   * First words of a fragment that make it a sentence under way rather than a title: determiners, pronouns,
   * prepositions, days and time adverbs ({@code "Le livre Pour une Europe"}, {@code "Lundi le magazine Elle"}).
   */
  private static final java.util.Set<String> SENTENCE_OPENERS = java.util.Set.of(
      "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "au", "aux", "ce", "cet", "cette",
      "ces", "son", "sa", "ses", "mon", "ma", "mes", "ton", "ta", "tes", "leur", "leurs", "notre", "nos", "votre",
      "vos", "il", "ils", "elle", "elles", "on", "nous", "vous", "je", "j'", "j’", "tu", "c'", "c’", "ceci", "cela",
      "à", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "chez", "selon", "depuis", "pendant", "après",
      "avant", "mais", "et", "ou", "puis", "ensuite", "alors", "hier", "demain", "aujourd'hui", "aujourd’hui",
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "quand", "lorsque", "si", "comme",
      "tout", "tous", "toute", "toutes", "chaque", "plusieurs", "certains", "certaines", "quelques");

  /** The kinds of unpunctuated start, by the evidence they carry. */
  private enum Kind {
    /** A heading in capitals: evidence enough on its own, and evidence for the starts near it. */
    HEADING,
    /** A list item opened by a hyphen after a colon or a full stop: evidence enough on its own, too. */
    MARKED_ITEM,
    /** A list item introduced by a spaced hyphen. */
    ITEM,
    /** A table cell closed by a bracket group. */
    CELL,
    /** A French sentence starter after a lower-case word. */
    STARTER
  }

  /** One start found by the scan; {@code titleBefore} marks a title-like fragment before a starter. */
  private record Candidate(int at, Kind kind, boolean titleBefore) {}

  private UnpunctuatedBoundaries() {}

  /** The offsets, ascending, where a new segment starts inside {@code paragraph}. */
  static List<Integer> find(String text, Span paragraph, org.entente.text.Language language) {
    return keepWhereFlattened(candidates(text, paragraph, language));
  }

  /** Every place that would start a segment if the paragraph were a flattened list or table, in text order. */
  private static List<Candidate> candidates(String text, Span paragraph, org.entente.text.Language language) {
    boolean french = language == org.entente.text.Language.FR;
    int limit = paragraph.end();
    List<Candidate> starts = new ArrayList<>();
    int prevEnd = -1;
    int i = skipSpaces(text, paragraph.start(), limit);
    Fragment fragment = new Fragment(text);
    fragment.startAt(i);
    while (i < limit) {
      int end = wordEnd(text, i, limit);
      int next = skipSpaces(text, end, limit);
      boolean hasNext = next < limit;
      fragment.add(i, end);
      // a list whose items end with ";" or "," is one sentence, as in French legal texts
      if (prevEnd >= 0 && hasNext && end - i == 1 && text.charAt(i) == '-' && ";,".indexOf(text.charAt(prevEnd - 1)) < 0) {
        // after a colon or a full stop the hyphen opens a list item for sure ("concernant : - la nationalité");
        // elsewhere never before a lower-case word ("Le ministre - qui était présent - a parlé"), as items do
        // ("- Maux de tête", "- (fr) Une analyse", "- ^ cf.")
        boolean afterStop = ":.?!…".indexOf(text.charAt(prevEnd - 1)) >= 0;
        if (afterStop || !Character.isLowerCase(text.charAt(next))) {
          starts.add(new Candidate(i, afterStop ? Kind.MARKED_ITEM : Kind.ITEM, false));
          fragment.startAt(i);
        }
      } else if (french && prevEnd >= 0 && hasNext && isFrenchStarter(text, i, end)
          && Character.isLowerCase(text.charAt(prevEnd - 1)) && Character.isLowerCase(text.charAt(next))) {
        starts.add(new Candidate(i, Kind.STARTER, fragment.titleLike(i)));
        fragment.startAt(i);
        fragment.add(i, end);
      } else if (prevEnd >= 0 && hasNext && text.charAt(end - 1) == ')' && closesLongGroup(text, i, end)
          && isCapitalised(text, next, wordEnd(text, next, limit)) && !isCapitalsWord(text, i, end)) {
        starts.add(new Candidate(next, Kind.CELL, false));
        fragment.startAt(next);
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
        // a name in capitals inside a sentence goes on in lower case ("le groupe LES RITA MITSOUKO a chanté")
        boolean heading = words >= 2 && letters >= MIN_HEADING_LETTERS
            && (j >= limit || !Character.isLowerCase(text.charAt(j)));
        if (heading) {
          if (prevEnd >= 0 && endsLowerOrDigit(text, prevEnd)) starts.add(new Candidate(i, Kind.HEADING, false));
          if (j < limit && isCapitalised(text, j, wordEnd(text, j, limit))) starts.add(new Candidate(j, Kind.HEADING, false));
          fragment.startAt(j);
        } else {
          fragment.addAll(words - 1);
        }
        prevEnd = lastEnd;
        i = j;
        continue;
      }
      if (".?!:;".indexOf(text.charAt(end - 1)) >= 0) fragment.startAt(next);
      prevEnd = end;
      i = next;
    }
    starts.sort((x, y) -> Integer.compare(x.at(), y.at()));
    return starts;
  }

  /**
   * The starts that have evidence of a flattened list or table: a heading or a marked item on its own; a list item, a table cell or
   * a French starter with another heading, item or cell within {@link #NEAR} characters; a French starter also
   * after a title-like fragment. Linear: both lists are in text order.
   */
  private static List<Integer> keepWhereFlattened(List<Candidate> candidates) {
    int[] evidence = candidates.stream().filter(c -> c.kind() != Kind.STARTER).mapToInt(Candidate::at).toArray();
    List<Integer> out = new ArrayList<>();
    int e = 0;
    for (Candidate c : candidates) {
      while (e < evidence.length && evidence[e] < c.at() - NEAR) e++;
      boolean near = false;
      for (int k = e; k < evidence.length && evidence[k] <= c.at() + NEAR && !near; k++) near = evidence[k] != c.at();
      boolean keep = switch (c.kind()) {
        case HEADING, MARKED_ITEM -> true;
        case ITEM, CELL -> near;
        case STARTER -> near || c.titleBefore();
      };
      if (keep && (out.isEmpty() || out.getLast() != c.at())) out.add(c.at());
    }
    return out;
  }

  /**
   * The words since the last punctuation mark or start found, to tell a title ({@code "Insuffisance hépatique"},
   * {@code "Résumé EPAR à l'intention du public"}) from a sentence under way ({@code "Le livre"}, {@code "Lundi le
   * magazine"}).
   */
  private static final class Fragment {
    private final String text;
    private int words;
    private int firstStart = -1;
    private int firstEnd = -1;

    Fragment(String text) {
      this.text = text;
    }

    void startAt(int at) {
      words = 0;
      firstStart = -1;
      firstEnd = -1;
    }

    void add(int start, int end) {
      if (words == 0) {
        firstStart = start;
        firstEnd = end;
      }
      words++;
    }

    void addAll(int more) {
      words += Math.max(0, more);
    }

    /** Whether the fragment before the word at {@code at} reads as a title: short, capitalised, no sentence opener. */
    boolean titleLike(int at) {
      int before = words - 1;
      if (before < 1 || before > MAX_TITLE_WORDS || firstStart < 0 || firstStart >= at) return false;
      if (!Character.isUpperCase(text.charAt(firstStart))) return false;
      String first = text.substring(firstStart, firstEnd).toLowerCase(java.util.Locale.ROOT);
      int apostrophe = Math.max(first.indexOf('\''), first.indexOf('’'));
      if (apostrophe >= 0) first = first.substring(0, apostrophe + 1);
      return !SENTENCE_OPENERS.contains(first);
    }
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
