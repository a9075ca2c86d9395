package org.entente.terminology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.segment.Lemma;
import org.entente.segment.PosTagger;
import org.entente.segment.Token;

/**
 * Whether a word of running text is used as a noun where it stands, for the single-word terms that name things:
 * "joint" in "a joint statement" is an adjective, not FranceTerme's <i>joint</i> (a section of pipe); "led" in "the
 * talks led to" is a verb, not <i>lead</i> (a sales prospect). A form the dictionary reads only as a noun passes as
 * it is; one it may read otherwise ("joint", "figure", "Allies", "led", "ministérielle") is judged by OpenNLP's
 * part-of-speech tagger on the words around it (at most {@value #REACH} characters either side, within the
 * sentence), unless a capital inside a sentence already makes it a name or a noun ("the Beijing Platform").
 */
final class NounUse {
  static final int REACH = 60;
  /** The UD tags that count as a noun: common and proper nouns, and foreign or unknown words. */
  private static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN", "X");

  private final TermKeys keys;
  private final ThreadLocal<PosTagger> tagger;

  NounUse(TermKeys keys) {
    this.keys = keys;
    this.tagger = ThreadLocal.withInitial(() -> new PosTagger(keys.language()));
  }

  /** The questions about one text; each stretch of it is tagged at most once. */
  InText in(String text) {
    return new InText(text);
  }

  /** Answers about the words of one text. */
  final class InText {
    private final String text;
    private final Map<Long, Tagged> tagged = new HashMap<>();

    private InText(String text) {
      this.text = text;
    }

    /** Whether the word at {@code [start, end)} is used as a noun. */
    boolean noun(int start, int end) {
      Lemma lemma = keys.lemma(text.substring(start, end));
      // a form the dictionary reads only as a noun, or does not know, is taken as written; the others are tagged in
      // context, also those it never reads as a noun: "la ministérielle" (the ministerial meeting) is one
      if (!lemma.known() || !lemma.other()) return true;
      // a capital inside a sentence makes a name or a noun ("the Beijing Platform", "Allies agreed"): no tagging
      if (Character.isUpperCase(text.charAt(start)) && !sentenceStart(start)) return true;
      int a = start;
      while (a > 0 && start - a < REACH && ".!?;\n".indexOf(text.charAt(a - 1)) < 0) a--;
      while (a > 0 && a < start && !Character.isWhitespace(text.charAt(a - 1)) && ".!?;\n".indexOf(text.charAt(a - 1)) < 0) a++;
      int b = end;
      while (b < text.length() && b - end < REACH && ".!?;\n".indexOf(text.charAt(b)) < 0) b++;
      while (b < text.length() && b > end && !Character.isWhitespace(text.charAt(b)) && ".!?;\n".indexOf(text.charAt(b)) < 0) b--;
      final int from = a;
      Tagged t = tagged.computeIfAbsent(((long) a << 32) | b, k -> tag(from, text.substring(from, (int) (k & 0xFFFFFFFFL))));
      for (int i = 0; i < t.tokens().size(); i++) {
        Token tok = t.tokens().get(i);
        if (from + tok.start() <= start && start < from + tok.end()) {
          // a part of a compound ("African-led"): the tag is the whole compound's, so the dictionary decides
          if (from + tok.start() != start || from + tok.end() != end) return lemma.noun();
          return NOUN_TAGS.contains(t.tags()[i]) || nominal(t.tags(), i);
        }
      }
      return true;
    }

    private boolean sentenceStart(int at) {
      int i = at;
      while (i > 0 && !Character.isLetterOrDigit(text.charAt(i - 1)) && ".!?:;\n".indexOf(text.charAt(i - 1)) < 0) i--;
      return i == 0 || ".!?:;\n".indexOf(text.charAt(i - 1)) >= 0;
    }

    /**
     * An adjective used as a noun: after a determiner, with no noun or adjective after it ("on the agenda of the
     * ministerial, at which"; "la ministérielle de juin"), unlike "the ministerial meeting".
     */
    private static boolean nominal(String[] tags, int i) {
      if (!tags[i].equals("ADJ") || i == 0 || !tags[i - 1].equals("DET")) return false;
      return i + 1 == tags.length || !Set.of("NOUN", "PROPN", "ADJ", "NUM").contains(tags[i + 1]);
    }

    private Tagged tag(int from, String window) {
      List<Token> tokens = keys.tokenizer().tokenize(window);
      return new Tagged(tokens, tagger.get().tag(tokens.stream().map(Token::text).toList()));
    }
  }

  private record Tagged(List<Token> tokens, String[] tags) {}
}
