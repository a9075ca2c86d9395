package org.entente.segment;

/**
 * The rules that decide a candidate sentence boundary (a full stop, question or exclamation mark or ellipsis
 * followed by a space) when they can: no boundary before closing punctuation, after {@code M.}, {@code cf.} or
 * an initial, after {@code art.} or {@code Feb.} before a number, or before a lower-case word after an
 * abbreviation; a boundary after {@code ?} or {@code !} or after an ordinary lower-case word, and after a
 * semicolon before a capitalised word. Everything else is left to the model.
 */
final class BoundaryRules {
  /** What the rules say about one candidate. */
  enum Decision {
    SPLIT, NO_SPLIT, ASK_MODEL
  }

  private static final String TERMINALS = ".?!…‼⁇⁈⁉";
  private static final String ADJACENT_CLOSERS = "»”\"’')]}›";
  private static final String NEVER_BEFORE = ",;:)]}»”%";
  private static final String OPENING_QUOTES = "«“\"‘'(";
  private static final int MAX_WORD = 64;

  /** Words that often start a sentence: after one, a capital initial more likely ends a sentence ("Dagobert I. Ils"). */
  private static final java.util.Set<String> SENTENCE_STARTERS = java.util.Set.of(
      "il", "ils", "elle", "elles", "on", "le", "la", "les", "un", "une", "des", "ce", "cette", "ces", "cet", "en",
      "au", "aux", "je", "nous", "vous", "mais", "dans", "pour", "depuis", "selon", "après", "avant",
      "the", "a", "an", "it", "he", "she", "they", "we", "this", "these", "that", "in", "at", "but", "and",
      "for", "after", "before", "there", "its", "his", "her", "their", "our");

  private final Abbreviations abbreviations;

  BoundaryRules(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  /**
   * How many « and “ are open at a point of a paragraph, and since where. A quote left open for more than
   * {@link #FORGET_AFTER} characters is forgotten: a stray « must not glue every later » to its sentence.
   */
  record QuoteDepth(int guillemets, int guillemetSince, int curly, int curlySince) {
    static final QuoteDepth NONE = new QuoteDepth(0, 0, 0, 0);
    static final int FORGET_AFTER = 1000;

    QuoteDepth after(char c, int at) {
      return switch (c) {
        case '«' -> new QuoteDepth(guillemets + 1, guillemets == 0 ? at : guillemetSince, curly, curlySince);
        case '»' -> new QuoteDepth(Math.max(0, guillemets - 1), guillemetSince, curly, curlySince);
        case '“' -> new QuoteDepth(guillemets, guillemetSince, curly + 1, curly == 0 ? at : curlySince);
        case '”' -> new QuoteDepth(guillemets, guillemetSince, Math.max(0, curly - 1), curlySince);
        default -> this;
      };
    }

    boolean guillemetOpenAt(int at) {
      return guillemets > 0 && at - guillemetSince <= FORGET_AFTER;
    }

    boolean curlyOpenAt(int at) {
      return curly > 0 && at - curlySince <= FORGET_AFTER;
    }
  }

  static boolean isTerminal(char c) {
    return TERMINALS.indexOf(c) >= 0;
  }

  /**
   * The end of a sentence whose final punctuation ends at {@code i}: closing quotes and brackets glued to it, and
   * a closing » or ” after spaces ({@code C’est grave. »}), belong to the sentence.
   */
  static int absorbClosers(String text, int i, int limit, QuoteDepth quotes) {
    boolean guillemetOpen = quotes.guillemetOpenAt(i);
    boolean curlyOpen = quotes.curlyOpenAt(i);
    while (i < limit) {
      char c = text.charAt(i);
      if (ADJACENT_CLOSERS.indexOf(c) >= 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < limit && Sentences.isSpace(text.charAt(j)) && !ParagraphSplitter.isLineBreak(text.charAt(j))) j++;
      // a spaced closing quote belongs to this sentence only if a quote is open ("« C’est grave. » Il")
      if (j > i && j < limit && ((text.charAt(j) == '»' && guillemetOpen) || (text.charAt(j) == '”' && curlyOpen))) {
        if (text.charAt(j) == '»') guillemetOpen = false;
        else curlyOpen = false;
        i = j + 1;
        continue;
      }
      return i;
    }
    return i;
  }

  /**
   * Decides the candidate whose final punctuation is {@code text[runStart, runEnd)} and whose next sentence would
   * start at {@code next}; the current sentence starts at {@code sentenceStart}.
   */
  Decision decide(String text, int sentenceStart, int runStart, int runEnd, int next) {
    char nc = text.charAt(next);
    if (NEVER_BEFORE.indexOf(nc) >= 0) return Decision.NO_SPLIT;
    boolean startsLikeSentence = Character.isUpperCase(nc) || Character.isDigit(nc) || OPENING_QUOTES.indexOf(nc) >= 0
        || nc == '–' || nc == '—' || nc == '-' || nc == '•' || nc == '¿' || nc == '¡';
    String run = text.substring(runStart, runEnd);
    if (run.indexOf('?') >= 0 || run.indexOf('!') >= 0 || run.chars().anyMatch(c -> "‼⁇⁈⁉".indexOf(c) >= 0)) {
      return startsLikeSentence ? Decision.SPLIT : Decision.ASK_MODEL;
    }
    int wordStart = wordStart(text, sentenceStart, runStart);
    if (run.length() > 1 || run.indexOf('…') >= 0) {
      // "(...)" and "[…]" mark a cut in a quotation, not the end of a sentence
      boolean bracketed = runStart > 0 && "([".indexOf(text.charAt(runStart - 1)) >= 0;
      return bracketed || !startsLikeSentence ? Decision.NO_SPLIT : Decision.ASK_MODEL;
    }
    String word = text.substring(wordStart, runStart);
    String bare = afterApostrophe(word);
    Abbreviations.Kind kind = abbreviations.kind(bare);
    if (kind == null && !bare.equals(word)) kind = abbreviations.kind(word);
    if (kind == Abbreviations.Kind.NEVER) return Decision.NO_SPLIT;
    // a lower-case word after an abbreviation or an initial continues the sentence ("Intercept Ltd. sont ici")
    if (Character.isLowerCase(nc)) {
      return kind != null || word.length() == 1 || word.indexOf('.') >= 0 ? Decision.NO_SPLIT : Decision.ASK_MODEL;
    }
    boolean numberNext = Character.isDigit(nc);
    if ((kind == Abbreviations.Kind.BEFORE_NUMBER || kind == Abbreviations.Kind.MONTH) && numberNext) {
      return Decision.NO_SPLIT;
    }
    if (isInitial(word) && Character.isUpperCase(nc) && previousWordIsCapitalised(text, sentenceStart, wordStart)
        && !SENTENCE_STARTERS.contains(nextWord(text, next).toLowerCase(java.util.Locale.ROOT))) {
      return Decision.NO_SPLIT;
    }
    if (kind == null && isPlainLowerCaseWord(word) && startsLikeSentence) return Decision.SPLIT;
    return Decision.ASK_MODEL;
  }

  /**
   * Whether a semicolon ends a sentence: when the next word, at {@code next}, is capitalised ({@code "... exister ;
   * Le poème est né"}), except {@code Que}, which opens the clauses of a French declaration ({@code "... de
   * l'humanité ; Que l'avenir ..."}).
   */
  static boolean semicolonEnds(String text, int next, int limit) {
    if (!Character.isUpperCase(text.charAt(next)) || next + 1 >= limit || !Character.isLowerCase(text.charAt(next + 1))) {
      return false;
    }
    String word = nextWord(text, next);
    return !word.equals("Que") && !word.equals("Qu");
  }

  /** The word starting at {@code start}: letters, apostrophes and hyphens. */
  private static String nextWord(String text, int start) {
    int k = start;
    while (k < text.length() && k - start < MAX_WORD && Character.isLetter(text.charAt(k))) k++;
    return text.substring(start, k);
  }

  /** Where the word before the full stop at {@code end} starts: after a space or an opening quote or bracket. */
  private static int wordStart(String text, int limit, int end) {
    int k = end;
    int floor = Math.max(limit, end - MAX_WORD);
    while (k > floor) {
      char c = text.charAt(k - 1);
      if (Sentences.isSpace(c) || "«“\"‘([{".indexOf(c) >= 0) break;
      k--;
    }
    return k;
  }

  private static String afterApostrophe(String word) {
    int k = Math.max(word.lastIndexOf('’'), word.lastIndexOf('\''));
    return k >= 0 && k + 1 < word.length() ? word.substring(k + 1) : word;
  }

  private static boolean isInitial(String w) {
    return w.length() == 1 && Character.isUpperCase(w.charAt(0));
  }

  private static boolean previousWordIsCapitalised(String text, int limit, int wordStart) {
    int k = wordStart;
    while (k > limit && Sentences.isSpace(text.charAt(k - 1))) k--;
    if (k == wordStart || k == limit) return false;
    int start = wordStart(text, limit, k);
    return start < k && Character.isUpperCase(text.charAt(start));
  }

  /** A word of two letters or more, ending in a lower-case letter, no dots inside: {@code parlé}, {@code l’Ukraine}. */
  private static boolean isPlainLowerCaseWord(String w) {
    if (w.length() < 2 || !Character.isLowerCase(w.charAt(w.length() - 1))) return false;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!Character.isLetter(c) && c != '-' && c != '’' && c != '\'') return false;
    }
    return true;
  }
}
