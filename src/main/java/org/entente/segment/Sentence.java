package org.entente.segment;

import org.entente.text.Span;

/**
 * One segment (sentence, heading or one-line noise) of a text, with its offsets into the text as sent and the
 * index of the paragraph it belongs to (paragraphs are separated by blank lines, or are single lines when the
 * text is not hard-wrapped).
 */
public record Sentence(String text, int start, int end, int paragraph) {
  public Sentence {
    if (text == null) throw new IllegalArgumentException("text is null");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
    if (paragraph < 0) throw new IllegalArgumentException("negative paragraph");
  }

  public Span span() {
    return new Span(start, end);
  }
}
