package org.entente.terminology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.segment.Lemma;
import org.entente.segment.PosTagger;
import org.entente.segment.Token;
import org.entente.text.Language;

/**
 * Whether a word of running text is used as a noun where it stands, for the single-word terms that name things:
 * "joint" in "a joint statement" is an adjective, not FranceTerme's <i>joint</i> (a section of pipe); "led" in "the
 * talks led to" is a verb, not <i>lead</i> (a sales prospect). A form the dictionary reads only as a noun passes as
 * it is; one it may read otherwise ("joint", "figure", "Allies", "ministérielle") is settled by the dictionary and
 * the word before it where they suffice (a capital inside a sentence makes a name or a noun: "the Beijing Platform";
 * "led" is never a noun, "dans" is the preposition), else judged by OpenNLP's part-of-speech tagger on the
 * {@value #CONTEXT} words either side of it within its sentence. A sentence is tokenised at most once per text, and
 * only when it holds such a word; a window tagged for one word serves the next words it covers.
 */
final class NounUse {
  /**
   * Longest stretch tagged at once, in characters: a longer sentence (a text without punctuation) is tagged in pieces
   * of about this size, so the cost stays linear in the text.
   */
  static final int MAX_STRETCH = 1_000;
  /** Words tagged on either side of the word asked about (the tagger reads two words and two tags back). */
  static final int CONTEXT = 3;
  /** The characters that end a stretch: a sentence or a clause after a semicolon. */
  private static final String ENDS = ".!?;\n";
  /** The hyphens that join a compound into one token ({@code segment.Tokenizer}). */
  private static final String HYPHENS = "-\u2010\u2011";
  /** The UD tags that count as a noun: common and proper nouns, and foreign or unknown words. */
  private static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN", "X");
  /**
   * Determiners and small numbers of both languages, after which an adjective or a participle may stand for a noun
   * ("the accused", "les deux ministérielles").
   */
  private static final Set<String> DETERMINERS = Set.of("two", "three", "four", "five", "both", "several", "many",
      "deux", "trois", "quatre", "cinq", "plusieurs", "the", "a", "an", "this", "that", "these", "those", "its",
      "their", "his", "her", "our", "your", "my", "each", "every", "any", "no", "some", "another", "le", "la", "les",
      "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre",
      "nos", "votre", "vos", "mon", "ma", "mes", "chaque");
  /** Elided determiners, written before an apostrophe: "l'". */
  private static final Set<String> ELIDED_DETERMINERS = Set.of("l");
  private static final Set<String> BEFORE_A_HEAD = Set.of("NOUN", "PROPN", "ADJ", "NUM");

  private final TermKeys keys;
  private final ThreadLocal<PosTagger> tagger;

  NounUse(TermKeys keys) {
    this.keys = keys;
    this.tagger = ThreadLocal.withInitial(() -> new PosTagger(keys.language()));
  }

  /** The questions about one text. */
  InText in(String text) {
    return new InText(text);
  }

  /** Answers about the words of one text. */
  final class InText {
    private final String text;
    /** The offsets of the characters that end a stretch, found on the first question that needs them. */
    private int[] ends;
    private final Map<Integer, Stretch> stretches = new HashMap<>();
    private int taggedTokens;

    private InText(String text) {
      this.text = text;
    }

    /** Whether the word at {@code [start, end)} is used as a noun. */
    boolean noun(int start, int end) {
      Lemma lemma = keys.lemma(text.substring(start, end));
      // a form the dictionary reads only as a noun, or does not know, is taken as written; the others are judged in
      // context, also those it never reads as a noun: "la ministérielle" (the ministerial meeting) is one
      if (!lemma.known() || !lemma.other()) return true;
      // a capital inside a sentence makes a name or a noun ("the Beijing Platform", "Allies agreed"): no tagging
      if (Character.isUpperCase(text.charAt(start)) && !sentenceStart(start)) return true;
      // a part of a compound ("African-led", "phase-out"): a tag would be the whole compound's, the dictionary decides
      if (compoundPart(start, end)) return lemma.noun();
      if (!needsTagging(lemma, start, end)) return false;
      int from = stretchStart(start);
      Stretch st = stretches.computeIfAbsent(from, f -> new Stretch(keys.tokenizer().tokenize(text.substring(f, stretchEnd(f)))));
      int i = st.tokenAt(start - from);
      if (i < 0) return true;
      Token tok = st.tokens.get(i);
      // a part of a compound ("African-led"): the tag is the whole compound's, so the dictionary decides
      if (from + tok.start() != start || from + tok.end() != end) return lemma.noun();
      Window w = st.windowAround(i);
      int k = i - w.first();
      return NOUN_TAGS.contains(w.tags()[k]) || nominal(w.tags(), k);
    }

    /** How many tokens were tagged for this text so far. */
    int taggedTokens() {
      return taggedTokens;
    }

    /**
     * Whether the dictionary leaves the question open, so the tagger must decide; when it does not, the word is no
     * noun. A form the dictionary never reads as a noun, an adjective or a participle ("tiendra", "on") is none; an
     * adjective or a participle is a noun only after a determiner ("la ministérielle", "the accused"; not "the talks
     * led to"), except an English -ing form ("the lifting of sanctions"); a preposition or conjunction that is also a
     * rare noun ("dans", plural of <i>dan</i>; "contre"; "out") is the function word when a word follows it and no
     * determiner precedes it.
     */
    private boolean needsTagging(Lemma lemma, int start, int end) {
      if (lemma.noun()) return !lemma.readsAs(Lemma.FUNCTION) || !wordAfter(end) || determinerBefore(start);
      // an English -ing form may be a noun anywhere ("the strengthening or lifting of the measures")
      if (lemma.readsAs(Lemma.PARTICIPLE) && keys.language() == Language.EN && text.startsWith("ing", end - 3)) return true;
      return lemma.readsAs(Lemma.ADJECTIVE | Lemma.PARTICIPLE) && determinerBefore(start);
    }

    private boolean compoundPart(int start, int end) {
      return start > 1 && HYPHENS.indexOf(text.charAt(start - 1)) >= 0 && Character.isLetterOrDigit(text.charAt(start - 2))
          || end + 1 < text.length() && HYPHENS.indexOf(text.charAt(end)) >= 0 && Character.isLetterOrDigit(text.charAt(end + 1));
    }

    /** Whether a word follows {@code at}, as after a preposition ("dans le"; not "and round."). */
    private boolean wordAfter(int at) {
      int i = at;
      while (i < text.length() && i - at < 10 && Character.isWhitespace(text.charAt(i))) i++;
      return i > at && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    /** Whether the word before {@code at} is a determiner or a number: "the", "la", "l'", "ces", "deux", "12". */
    private boolean determinerBefore(int at) {
      int e = at;
      if (e > 0 && "'\u2019".indexOf(text.charAt(e - 1)) >= 0) {
        e--;
      } else {
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1)) && at - e < 10) e--;
        if (e == at) return false;
      }
      int b = e;
      while (b > 0 && Character.isLetterOrDigit(text.charAt(b - 1)) && e - b < 10) b--;
      if (b == e) return false;
      if (Character.isDigit(text.charAt(e - 1))) return true;
      String word = text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
      return e < at && "'\u2019".indexOf(text.charAt(e)) >= 0 ? ELIDED_DETERMINERS.contains(word) : DETERMINERS.contains(word);
    }

    private boolean sentenceStart(int at) {
      int i = at;
      while (i > 0 && !Character.isLetterOrDigit(text.charAt(i - 1)) && ".!?:;\n".indexOf(text.charAt(i - 1)) < 0) i--;
      return i == 0 || ".!?:;\n".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** The start of the stretch holding {@code at}: after the sentence end before it, or a piece of a long one. */
    private int stretchStart(int at) {
      int[] e = ends();
      int k = Arrays.binarySearch(e, at);
      int sentence = k >= 0 ? e[k] + 1 : (-k - 1 == 0 ? 0 : e[-k - 2] + 1);
      if (at - sentence < MAX_STRETCH) return sentence;
      int piece = sentence + (at - sentence) / MAX_STRETCH * MAX_STRETCH;
      int s = wordStart(piece);
      return s <= at ? s : wordStart(piece - MAX_STRETCH);
    }

    /** The end of the stretch that starts at {@code from}: the next sentence end, or the end of a piece. */
    private int stretchEnd(int from) {
      int[] e = ends();
      int k = Arrays.binarySearch(e, from);
      int sentenceEnd = k >= 0 ? e[k] : (-k - 1 < e.length ? e[-k - 1] : text.length());
      if (sentenceEnd - from <= MAX_STRETCH) return sentenceEnd;
      return Math.min(sentenceEnd, wordStart(from + MAX_STRETCH));
    }

    /** The first offset at or after {@code at} that starts a word (after a space), looking at most 100 characters on. */
    private int wordStart(int at) {
      int limit = Math.min(text.length(), at + 100);
      for (int i = at; i < limit; i++) if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) return i;
      return at;
    }

    private int[] ends() {
      if (ends == null) {
        int n = 0;
        int[] out = new int[16];
        for (int i = 0; i < text.length(); i++) {
          if (ENDS.indexOf(text.charAt(i)) < 0) continue;
          if (n == out.length) out = Arrays.copyOf(out, n * 2);
          out[n++] = i;
        }
        ends = Arrays.copyOf(out, n);
      }
      return ends;
    }

    /** One sentence (or piece of a long one), tokenised once; tagged only in windows around the words asked about. */
    private final class Stretch {
      private final List<Token> tokens;
      private Window last;

      Stretch(List<Token> tokens) {
        this.tokens = tokens;
      }

      /** The tags of the tokens within {@value #CONTEXT} of token {@code i}; a window tagged before is reused. */
      Window windowAround(int i) {
        int lo = Math.max(0, i - CONTEXT);
        int hi = Math.min(tokens.size(), i + CONTEXT + 1);
        if (last != null && last.first() <= lo && hi <= last.first() + last.tags().length) return last;
        List<String> words = new ArrayList<>(hi - lo);
        for (int k = lo; k < hi; k++) words.add(tokens.get(k).text());
        taggedTokens += words.size();
        last = new Window(lo, tagger.get().tag(words));
        return last;
      }

      /** The token holding the offset {@code at} (relative to the stretch), or -1. */
      int tokenAt(int at) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
          int mid = (lo + hi) >>> 1;
          Token t = tokens.get(mid);
          if (t.end() <= at) lo = mid + 1;
          else if (t.start() > at) hi = mid - 1;
          else return mid;
        }
        return -1;
      }
    }
  }

  /** The tags of the tokens from {@code first} on. */
  private record Window(int first, String[] tags) {}

  /**
   * An adjective used as a noun: after a determiner, with no noun or adjective after it ("on the agenda of the
   * ministerial, at which"; "la ministérielle de juin"), unlike "the ministerial meeting".
   */
  private static boolean nominal(String[] tags, int i) {
    if (!tags[i].equals("ADJ") || i == 0 || !tags[i - 1].equals("DET")) return false;
    return i + 1 == tags.length || !BEFORE_A_HEAD.contains(tags[i + 1]);
  }
}
