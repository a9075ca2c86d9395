package org.entente.index;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.entente.segment.Token;
import org.entente.text.Language;
import org.entente.text.TextNormalizer;

/**
 * A Lucene analyzer over our own {@link org.entente.segment.Tokenizer}, so that the index and the scorers see
 * the same tokens: {@code "L’Alliance a 32 membres."} gives {@code l'}, {@code alliance}, {@code a}, {@code 32},
 * {@code membres} with {@link TextNormalizer#MATCHING}, word-like tokens only, offsets into the text as sent.
 */
public final class TokenizerAnalyzer extends Analyzer {
  private final Language language;
  private final UnaryOperator<String> normalizer;
  private final boolean numbersAsPlaceholder;

  public TokenizerAnalyzer(Language language, UnaryOperator<String> normalizer) {
    this(language, normalizer, false);
  }

  /**
   * @param numbersAsPlaceholder emit every number as {@link #NUMBER} ({@code "32"} and {@code "1 000"} both become
   *     {@code "#"}), for fuzzy matching where numbers are placeholders
   */
  public TokenizerAnalyzer(Language language, UnaryOperator<String> normalizer, boolean numbersAsPlaceholder) {
    this.language = language;
    this.normalizer = normalizer;
    this.numbersAsPlaceholder = numbersAsPlaceholder;
  }

  /**
   * The longest token indexed: Lucene refuses a term over 32,766 UTF-8 bytes (3 bytes a char at most here), so a
   * 90,000-letter "word" in an imported unit is stored but not indexed instead of failing the whole import.
   */
  static final int MAX_TERM_CHARS = 10_000;

  /** The term every number becomes with {@code numbersAsPlaceholder}. */
  public static final String NUMBER = "#";

  /** Word-like tokens, normalised with {@link TextNormalizer#MATCHING}. */
  public static TokenizerAnalyzer matching(Language language) {
    return new TokenizerAnalyzer(language, TextNormalizer.MATCHING);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    UnaryOperator<String> n = normalizer;
    return new TokenStreamComponents(new SegmentTokenizer(new org.entente.segment.Tokenizer(language), n,
        numbersAsPlaceholder));
  }

  /** Reads the whole field value, tokenises it with our tokenizer and emits the word-like tokens. */
  private static final class SegmentTokenizer extends Tokenizer {
    private final org.entente.segment.Tokenizer tokenizer;
    private final UnaryOperator<String> normalizer;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final StringBuilder text = new StringBuilder();
    private List<Token> tokens = List.of();
    private int next;
    private int length;

    private final boolean numbersAsPlaceholder;

    SegmentTokenizer(org.entente.segment.Tokenizer tokenizer, UnaryOperator<String> normalizer,
        boolean numbersAsPlaceholder) {
      this.tokenizer = tokenizer;
      this.normalizer = normalizer;
      this.numbersAsPlaceholder = numbersAsPlaceholder;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      text.setLength(0);
      char[] buf = new char[4096];
      Reader in = input;
      for (int n; (n = in.read(buf)) > 0; ) text.append(buf, 0, n);
      length = text.length();
      tokens = tokenizer.tokenize(text.toString()).stream()
          .filter(t -> t.isWordLike() && t.text().length() <= MAX_TERM_CHARS).toList();
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      if (next >= tokens.size()) return false;
      clearAttributes();
      Token t = tokens.get(next++);
      term.setEmpty().append(numbersAsPlaceholder && t.type() == Token.Type.NUMBER ? NUMBER : normalizer.apply(t.text()));
      offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
      position.setPositionIncrement(1);
      type.setType(t.type().name());
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      int end = correctOffset(length);
      offset.setOffset(end, end);
    }

    @Override
    public void close() throws IOException {
      super.close();
      tokens = List.of();
      text.setLength(0);
    }
  }
}
