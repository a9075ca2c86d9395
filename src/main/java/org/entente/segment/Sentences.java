package org.entente.segment;

import java.util.List;

/** Building sentences from raw spans: whitespace trimmed, empty spans dropped. */
final class Sentences {
  private Sentences() {}

  /** Adds {@code text[start, end)} trimmed of whitespace, unless nothing is left. */
  static void addTrimmed(List<Sentence> out, String text, int start, int end, int paragraph) {
    while (start < end && isSpace(text.charAt(start))) start++;
    while (end > start && isSpace(text.charAt(end - 1))) end--;
    if (end > start) out.add(new Sentence(text.substring(start, end), start, end, paragraph));
  }

  /** Whitespace, no-break spaces included. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
