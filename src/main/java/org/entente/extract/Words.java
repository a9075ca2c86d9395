package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.segment.Lemma;
import org.entente.segment.Lemmatizer;
import org.entente.segment.Token;
import org.entente.segment.Tokenizer;
import org.entente.text.Language;

/**
 * A text as extraction sees it: its tokens, each with a matching key (the lemma, for matching only, never shown) or
 * none (numbers, punctuation). {@code "des plans de la défense"} has the keys {@code de le plan de le défense}; a span
 * key joins the keys of a span, with French prepositions unified ({@code du}, {@code des}, {@code d’} → {@code de})
 * and an article right after a preposition left out, so "plans de la défense" and "plan de défense" share the key
 * {@code plan de défense}.
 */
final class Words {
  /** Longest span considered, in tokens. */
  static final int MAX_SPAN = 8;

  private static final Set<String> FR_DE = Set.of("de", "de+le");
  private static final Set<String> FR_A = Set.of("à", "à+le");
  private static final Set<String> FR_ARTICLES = Set.of("le", "un");

  final String text;
  final List<Token> tokens;
  final String[] keys;
  private final Language language;

  private Words(String text, List<Token> tokens, String[] keys, Language language) {
    this.text = text;
    this.tokens = tokens;
    this.keys = keys;
    this.language = language;
  }

  static Words of(String text, Tokenizer tokenizer, Lemmatizer lemmatizer) {
    List<Token> tokens = tokenizer.tokenize(text);
    String[] keys = new String[tokens.size()];
    for (int i = 0; i < keys.length; i++) keys[i] = key(tokens.get(i), lemmatizer, tokenizer.language());
    return new Words(text, tokens, keys, tokenizer.language());
  }

  private static String key(Token t, Lemmatizer lemmatizer, Language language) {
    switch (t.type()) {
      case ACRONYM -> {
        return t.text().replace(".", "");
      }
      case WORD, ELISION -> {
        if (t.text().codePoints().anyMatch(Character::isDigit)) return null;
        Lemma l = lemmatizer.lemma(t.text());
        String k = l.known() ? l.lemmas().get(0) : l.stem();
        if (k.isEmpty()) k = t.text().toLowerCase(Locale.ROOT);
        if (language == Language.FR) {
          if (FR_DE.contains(k)) return "de";
          if (FR_A.contains(k)) return "à";
        }
        return k;
      }
      default -> {
        return null;
      }
    }
  }

  int size() {
    return tokens.size();
  }

  /** The token texts, for the tagger. */
  List<String> texts() {
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) out.add(t.text());
    return out;
  }

  /** Whether token {@code i} is a preposition that links the words of a term ({@code de}, {@code of}). */
  boolean isLink(int i) {
    String k = keys[i];
    if (k == null) return false;
    return language == Language.FR ? k.equals("de") || k.equals("à") || k.equals("en") || k.equals("pour")
        : k.equals("of") || k.equals("for");
  }

  /** Whether token {@code i} is the conjunction that joins two words of a term ({@code et}, {@code and}). */
  boolean isConjunction(int i) {
    return language == Language.FR ? "et".equals(keys[i]) : "and".equals(keys[i]);
  }

  /**
   * Whether token {@code i} is an article after a preposition ({@code la} in "de la défense", {@code the} in "Charter
   * of the United Nations"), left out of keys.
   */
  boolean isArticleAfterLink(int i) {
    if (i == 0 || !isLink(i - 1)) return false;
    return language == Language.FR ? FR_ARTICLES.contains(keys[i]) : "the".equals(keys[i]);
  }

  /** The key of the span [{@code from}, {@code to}), or null when a token in it has no key. */
  String spanKey(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (keys[i] == null) return null;
      if (isArticleAfterLink(i)) continue;
      if (b.length() > 0) b.append(' ');
      b.append(keys[i]);
    }
    return b.toString();
  }

  /** Where token {@code i} starts in the text. */
  int start(int i) {
    return tokens.get(i).start();
  }

  /** Where the span ending before token {@code to} ends in the text. */
  int end(int to) {
    return tokens.get(to - 1).end();
  }

  /** The span as written in the text. */
  String surface(int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /**
   * Every span key present in the text, up to {@link #MAX_SPAN} tokens, handed to {@code sink} with its bounds; for
   * the passes that look up known candidates without tagging again.
   */
  void forEachSpan(SpanSink sink) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == null) continue;
      StringBuilder b = new StringBuilder();
      for (int j = i; j < keys.length && j < i + MAX_SPAN; j++) {
        if (keys[j] == null) break;
        if (j > i && isArticleAfterLink(j)) continue;
        if (b.length() > 0) b.append(' ');
        b.append(keys[j]);
        sink.span(b.toString(), i, j + 1);
      }
    }
  }

  /** Receives spans. */
  interface SpanSink {
    void span(String key, int from, int to);
  }
}
