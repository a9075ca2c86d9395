package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A term found in a text: offsets ({@code start} inclusive, {@code end} exclusive, UTF-16 indices into the text as
 * sent), the surface form there, the concept and term it matched, whether a longer hit covers it, and the
 * equivalents in the other language, preferred first ({@code preferred}: the first that is not deprecated). {@code "des plans de défense"} → concept {@code c-dp}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TermHit(int start, int end, String text, String conceptId, Term term, String status, boolean nested,
    String preferred, List<Term> equivalents, double confidence) {
  public TermHit {
    preferred = Maps.text(preferred);
    text = Maps.text(text);
    conceptId = Maps.text(conceptId);
    status = status == null || status.isEmpty() ? (term == null ? "" : term.status()) : status;
    equivalents = Maps.list(equivalents);
  }
}
