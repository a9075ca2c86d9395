package org.entente.segment;

import java.util.Locale;
import org.entente.text.BadInputException;

/**
 * How single line breaks are read. A blank line always ends a paragraph. {@code "the plan would\nbe approved."}
 * is one sentence with {@link #JOINED}, two paragraphs with {@link #LINES}; {@link #AUTO} joins it because the
 * next line starts in lower case.
 */
public enum WrapMode {
  /**
   * Detect it: a block of lines of nearly equal width that end mid-sentence (text hard-wrapped at a fixed
   * width, as extracted from PDFs) is joined back; elsewhere a line break ends a paragraph unless the line ends
   * with a comma, a semicolon or a word that cannot end a sentence, or the next line starts in lower case.
   */
  AUTO,
  /** Every single line break is a space: only blank lines end paragraphs. */
  JOINED,
  /** Every line is a paragraph (headings, bylines, web text with one paragraph per line). */
  LINES;

  /** Reads {@code auto}, {@code joined} or {@code lines}, in any case. */
  public static WrapMode parse(String value, String parameter) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    for (WrapMode m : values()) {
      if (m.name().toLowerCase(Locale.ROOT).equals(v)) return m;
    }
    throw new BadInputException("unknown wrap mode '" + (value == null ? "" : value) + "'", parameter,
        "use auto, joined or lines");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
