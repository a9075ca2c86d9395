package org.entente.segment;

import org.entente.text.Span;

/**
 * One token of a text, with its offsets into the text as sent. {@code l’Alliance} gives the
 * {@link Type#ELISION} token {@code l’} and the {@link Type#WORD} token {@code Alliance}.
 */
public record Token(String text, int start, int end, Type type) {
  /** What kind of token this is. */
  public enum Type {
    /** A word, hyphenated compounds included: {@code état-major}, {@code porte-parole}. */
    WORD,
    /** A word written in capitals or with dots between capitals: {@code OTAN}, {@code U.S.}, {@code F-35}. */
    ACRONYM,
    /** A number, with its grouping and decimals: {@code 1.000}, {@code 40,5}, {@code 500 000}, {@code 13.06.2024}. */
    NUMBER,
    /** An elided article, pronoun or conjunction: {@code l’}, {@code d’}, {@code qu’}, {@code jusqu’}. */
    ELISION,
    /** An English clitic: {@code ’s}, {@code n’t}. */
    CLITIC,
    /** Punctuation: {@code .}, {@code «}, {@code …}. */
    PUNCTUATION,
    /** Any other symbol: {@code €}, {@code %}, {@code $}. */
    SYMBOL
  }

  public Token {
    if (text == null || text.isEmpty()) throw new IllegalArgumentException("empty token");
    if (start < 0 || end - start != text.length()) throw new IllegalArgumentException("bad offsets for " + text);
  }

  public Span span() {
    return new Span(start, end);
  }

  /** A word, acronym, number or elision: what matching counts. */
  public boolean isWordLike() {
    return type != Type.PUNCTUATION && type != Type.SYMBOL;
  }
}
