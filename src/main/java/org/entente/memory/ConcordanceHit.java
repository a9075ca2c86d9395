package org.entente.memory;

import java.util.List;
import org.entente.text.Language;
import org.entente.text.Span;

/**
 * A concordance hit: the unit, the side searched ({@code language}) with the offsets of each hit in its text,
 * and the other side. Searching {@code "plans nucléaires"} finds {@code "Le Groupe des plans nucléaires"} with the
 * hit [15, 31).
 */
public record ConcordanceHit(
    String unitId,
    String memory,
    Language language,
    String text,
    List<Span> hits,
    String translation,
    float relevance,
    TranslationUnit unit) {
  public ConcordanceHit {
    hits = List.copyOf(hits);
  }

  /** The text with each hit in brackets: {@code "Le Groupe des [plans nucléaires]"}. */
  public String highlighted(String open, String close) {
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (Span s : hits) {
      if (s.start() < at) continue;
      b.append(text, at, s.start()).append(open).append(text, s.start(), s.end()).append(close);
      at = s.end();
    }
    return b.append(text.substring(at)).toString();
  }
}
