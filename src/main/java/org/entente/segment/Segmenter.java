package org.entente.segment;

import java.util.List;
import org.entente.text.Language;

/**
 * Splits a French or English text into sentences with offsets. {@code "M. Rutte est arrivé. Il a parlé."}
 * gives two sentences; the text of each is the text as sent, trimmed of surrounding whitespace, so that
 * {@code text.substring(s.start(), s.end()).equals(s.text())}.
 */
public interface Segmenter {
  List<Sentence> segment(String text, Language language);
}
