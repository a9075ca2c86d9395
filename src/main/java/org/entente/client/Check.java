package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A draft check: an English draft, and optionally its French source, as whole texts or as lists of segments.
 * {@code Check.draft("The Allies reviewed their deterrence and defense posture.")} runs the checks that need no
 * source; {@code Check.bilingual(french, english)} runs them all.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Check(String draft, String source, List<String> draftSegments, List<String> sourceSegments) {
  public Check {
    draftSegments = draftSegments == null ? List.of() : List.copyOf(draftSegments);
    sourceSegments = sourceSegments == null ? List.of() : List.copyOf(sourceSegments);
    if ((draft == null || draft.isEmpty()) && draftSegments.isEmpty()) {
      throw new IllegalArgumentException("a check needs a draft (text or segments)");
    }
  }

  public static Check draft(String english) {
    return new Check(english, null, List.of(), List.of());
  }

  public static Check bilingual(String french, String english) {
    return new Check(english, french, List.of(), List.of());
  }

  /** The findings, in draft order. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Result(List<Finding> findings) {
    public Result {
      findings = Maps.list(findings);
    }
  }

  /**
   * One finding: a stable check id ({@code TERM_DEPRECATED_IN_TARGET}), its ITS 2.0 issue type
   * ({@code terminology}), the severity, the segment index (0 for a whole text) and offsets into it, what to do,
   * and the replacements, preferred first.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Finding(String id, String issueType, String severity, int segment, int start, int end, String text,
      String message, List<String> replacements) {
    public Finding {
      id = Maps.text(id);
      issueType = Maps.text(issueType);
      severity = Maps.text(severity);
      text = Maps.text(text);
      message = Maps.text(message);
      replacements = Maps.list(replacements);
    }
  }
}
