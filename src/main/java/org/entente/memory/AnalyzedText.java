package org.entente.memory;

import java.util.ArrayList;
import java.util.List;
import org.entente.formats.InlineText;
import org.entente.segment.Token;
import org.entente.segment.Tokenizer;
import org.entente.text.Language;
import org.entente.text.TextNormalizer;

/**
 * A segment as the scorer sees it: its word tokens normalised ({@code terms}; numbers become {@code #}), the same
 * tokens with case kept ({@code surfaces}), the numbers as written, the punctuation, the inline tags and the
 * token texts. {@code "Les 32 Alliés."} gives terms {@code les # alliés}, numbers {@code 32}, punctuation {@code .}.
 */
record AnalyzedText(
    String plain,
    List<Token> words,
    List<String> terms,
    List<String> surfaces,
    List<String> numbers,
    List<String> punctuation,
    List<String> tags,
    List<String> allTokens) {
  static final String NUMBER = "#";
  private static final TextNormalizer SURFACE =
      TextNormalizer.builder().nfc().unifyApostrophes().unifyDashes().unifySpaces().build();
  private static final Tokenizer FR = new Tokenizer(Language.FR);
  private static final Tokenizer EN = new Tokenizer(Language.EN);

  static Tokenizer tokenizer(Language language) {
    return language == Language.FR ? FR : EN;
  }

  static AnalyzedText of(InlineText text, Language language) {
    String plain = text.plain();
    List<Token> tokens = tokenizer(language).tokenize(plain);
    List<String> terms = new ArrayList<>(tokens.size());
    List<String> surfaces = new ArrayList<>(tokens.size());
    List<String> numbers = new ArrayList<>(2);
    List<String> punctuation = new ArrayList<>(2);
    List<String> all = new ArrayList<>(tokens.size());
    List<Token> words = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      all.add(TextNormalizer.unifySpaces(t.text()));
      if (t.isWordLike()) words.add(t);
      if (!t.isWordLike()) {
        punctuation.add(SURFACE.apply(t.text()));
      } else if (t.type() == Token.Type.NUMBER) {
        terms.add(NUMBER);
        surfaces.add(NUMBER);
        numbers.add(t.text());
      } else {
        String surface = SURFACE.apply(t.text());
        surfaces.add(surface);
        terms.add(TextNormalizer.foldCase(surface));
      }
    }
    List<String> tags = text.tags().stream().map(InlineText.Tag::kind).toList();
    return new AnalyzedText(plain, words, terms, surfaces, numbers, punctuation, tags, all);
  }

  /** The exact-match key: the normalised terms joined. */
  String key() {
    return String.join(" ", terms);
  }

  /**
   * The exact-match key with the numbers as written: {@code "Voir la référence 2999."} and {@code "… 12."} share
   * {@link #key()} but not this one, so a lookup finds the verbatim unit however many units share the folded key.
   */
  String exactKey() {
    StringBuilder b = new StringBuilder();
    int k = 0;
    for (String t : terms) {
      if (b.length() > 0) b.append(' ');
      b.append(t.equals(NUMBER) ? NUMBER + TextNormalizer.unifySpaces(numbers.get(k++)) : t);
    }
    return b.toString();
  }

  /** The plain text with every kind of space (no-break, narrow, thin, ideographic …) as a plain space. */
  String spacesUnified() {
    return TextNormalizer.unifySpaces(plain);
  }

  /** The normalised plain text, for comparing context segments. */
  static String normalisedContext(String s) {
    return TextNormalizer.MATCHING.apply(s).strip().replaceAll("\\s+", " ");
  }
}
