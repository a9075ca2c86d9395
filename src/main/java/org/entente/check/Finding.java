package org.entente.check;

import java.util.List;

/**
 * One place where a draft departs from the termbase or its source: the check's id and ITS type, the segment of the
 * draft and the offsets inside it, the text found there, what to do, and the replacements (preferred term first).
 * When the finding is about the source (a term missing from the draft, a deprecated source term), {@code source}
 * says where in the source.
 *
 * <p>{@code TERM_DEPRECATED_IN_TARGET} at segment 0, [23, 27) "Kiev": use "Kyiv".
 */
public record Finding(
    String checkId,
    IssueType type,
    Severity severity,
    int segment,
    int start,
    int end,
    String text,
    String message,
    List<String> replacements,
    String conceptId,
    Location source) {
  public Finding {
    if (checkId == null || checkId.isBlank()) throw new IllegalArgumentException("a finding needs a check id");
    if (segment < 0 || start < 0 || end < start) throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
    replacements = List.copyOf(replacements == null ? List.of() : replacements);
    conceptId = conceptId == null ? "" : conceptId;
  }

  /** What the finding is about: the source text when it points into the source, else the draft text. */
  public String subject() {
    return source != null ? source.text() : text;
  }

  /** A stretch of the source: segment index, offsets inside that segment, and its text. */
  public record Location(int segment, int start, int end, String text) {
    public Location {
      if (segment < 0 || start < 0 || end < start) throw new IllegalArgumentException("bad source location");
    }
  }
}
