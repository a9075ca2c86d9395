package org.entente.terminology;

import java.util.List;

/**
 * One occurrence of a term in a text: offsets into the text as sent, the surface form found there, the concept and
 * the term it matched, whether a longer hit covers it ({@code nested}), and the equivalents in the other language,
 * preferred first. {@code "des plans de défense"} matches the term {@code "plan de défense"}.
 */
public record TermHit(
    int start,
    int end,
    String text,
    String conceptId,
    Term term,
    boolean nested,
    List<Term> equivalents,
    double confidence) {
  public TermHit {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad offsets");
    equivalents = List.copyOf(equivalents);
    if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence outside [0, 1]");
  }
}
