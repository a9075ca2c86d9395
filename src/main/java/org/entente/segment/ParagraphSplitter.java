package org.entente.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.text.Span;

/**
 * Splits a text into paragraphs, the units sentences never cross. A blank line always ends a paragraph; a single
 * line break ends one or not according to the {@link WrapMode}. {@code "Publicité\nLors d'une réunion..."} gives
 * two paragraphs; {@code "prévues par la\nConstitution."} one (the line ends with an article). Spans are trimmed
 * of surrounding whitespace and point into the text as sent. Linear in the length of the text.
 */
final class ParagraphSplitter {
  /** Words that cannot end a sentence: a line ending with one is hard-wrapped. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "le", "la", "les", "de", "du", "des", "à", "au", "aux", "et", "ou", "en", "par", "pour", "sur", "dans",
      "avec", "que", "qui", "un", "une", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "dont", "ni",
      "the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "with", "by", "at", "from", "that", "which");
  private static final int MIN_WRAP_WIDTH = 40;

  private ParagraphSplitter() {}

  /** The paragraphs of {@code text}, in order, trimmed and non-empty. */
  static List<Span> split(String text, WrapMode mode) {
    List<Span> paragraphs = new ArrayList<>();
    List<Span> block = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i <= n) {
      int end = i;
      while (end < n && !isLineBreak(text.charAt(end))) end++;
      Span line = trim(text, i, end);
      if (line == null) {
        flush(text, block, mode, paragraphs);
      } else {
        block.add(line);
      }
      if (end >= n) break;
      i = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
    }
    flush(text, block, mode, paragraphs);
    return paragraphs;
  }

  private static void flush(String text, List<Span> block, WrapMode mode, List<Span> out) {
    if (block.isEmpty()) return;
    switch (mode) {
      case LINES -> out.addAll(block);
      case JOINED -> out.add(new Span(block.getFirst().start(), block.getLast().end()));
      case AUTO -> {
        int width = hardWrapWidth(text, block);
        int start = block.getFirst().start();
        boolean pageNumberJoined = false;
        for (int k = 0; k + 1 < block.size(); k++) {
          Span a = block.get(k);
          Span b = block.get(k + 1);
          boolean join = width > 0
              ? a.length() >= width * 7 / 10
              : continues(text, a, b) || (pageNumberJoined && isPageNumber(text, a));
          pageNumberJoined = join && isPageNumber(text, b);
          if (!join) {
            out.add(new Span(start, a.end()));
            start = b.start();
          }
        }
        out.add(new Span(start, block.getLast().end()));
      }
    }
    block.clear();
  }

  /**
   * The wrap width when the block looks hard-wrapped (at least three lines, most lines but the last nearly as
   * long as the longest, and a third of those ending mid-sentence), else 0.
   */
  static int hardWrapWidth(String text, List<Span> block) {
    if (block.size() < 3) return 0;
    int width = 0;
    for (Span line : block) width = Math.max(width, line.length());
    if (width < MIN_WRAP_WIDTH) return 0;
    int full = 0;
    int midSentence = 0;
    for (int k = 0; k + 1 < block.size(); k++) {
      Span line = block.get(k);
      if (line.length() >= width * 3 / 4) {
        full++;
        if (!endsSentence(text.charAt(line.end() - 1))) midSentence++;
      }
    }
    int lines = block.size() - 1;
    return full * 10 >= lines * 6 && midSentence * 3 >= full ? width : 0;
  }

  /** Whether the line break between lines {@code a} and {@code b} of an unwrapped block is only a wrap. */
  private static boolean continues(String text, Span a, Span b) {
    char last = text.charAt(a.end() - 1);
    char first = text.charAt(b.start());
    if (last == ',' || last == ';') return true;
    if (Character.isLowerCase(first)) return true;
    if (isPageNumber(text, b) && Character.isLowerCase(last)) return true;
    return a.length() >= MIN_WRAP_WIDTH && FUNCTION_WORDS.contains(lastWord(text, a));
  }

  private static boolean isPageNumber(String text, Span line) {
    if (line.length() > 4) return false;
    for (int k = line.start(); k < line.end(); k++) {
      if (!Character.isDigit(text.charAt(k))) return false;
    }
    return true;
  }

  private static String lastWord(String text, Span line) {
    int k = line.end();
    while (k > line.start() && Character.isLetter(text.charAt(k - 1))) k--;
    return text.substring(k, line.end()).toLowerCase(Locale.ROOT);
  }

  private static boolean endsSentence(char c) {
    return ".!?:;…»\"”)".indexOf(c) >= 0;
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f' || c == '\u0085';
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && Sentences.isSpace(text.charAt(start))) start++;
    while (end > start && Sentences.isSpace(text.charAt(end - 1))) end--;
    return end > start ? new Span(start, end) : null;
  }
}
