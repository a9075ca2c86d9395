package org.entente.suggest;

import java.util.List;
import org.entente.terminology.TermHit;
import org.entente.text.Language;

/**
 * Everything Entente can vouch for about one segment: the reviewed memory matches (best first), the terms recognised
 * in the segment (nested ones marked; equivalents preferred first), and the proposal ({@code null} when there is
 * nothing to propose).
 */
public record Suggestion(String source, Language language, List<ReviewedMatch> matches, List<TermHit> terms,
    Proposal proposal) {
  public Suggestion {
    matches = List.copyOf(matches);
    terms = List.copyOf(terms);
  }
}
