package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A draft check: an English draft as a whole text ({@code text}, optionally with its French {@code source}) or as
 * segments ({@code segments}, optionally with {@code sourceSegments}); {@code spelling} {@code british} (NATO's,
 * the default) or {@code american}; {@code checks} to run only some. {@code Check.draft("The Allies reviewed their
 * deterrence and defense posture.")} runs the checks that need no source; {@code Check.bilingual(french, english)}
 * runs them all.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Check(String text, String source, List<String> segments, List<String> sourceSegments, String lang,
    String spelling, List<String> checks) {
  public Check {
    segments = segments == null ? List.of() : List.copyOf(segments);
    sourceSegments = sourceSegments == null ? List.of() : List.copyOf(sourceSegments);
    checks = checks == null ? List.of() : List.copyOf(checks);
    if ((text == null || text.isEmpty()) == segments.isEmpty()) {
      throw new IllegalArgumentException("a check needs a draft as text or as segments (one of them)");
    }
  }

  public static Check draft(String english) {
    return new Check(english, null, List.of(), List.of(), null, null, List.of());
  }

  public static Check bilingual(String french, String english) {
    return new Check(english, french, List.of(), List.of(), null, null, List.of());
  }

  public static Check segments(List<String> french, List<String> english) {
    return new Check(null, null, english, french, null, null, List.of());
  }

  public Check withSpelling(String standard) {
    return new Check(text, source, segments, sourceSegments, lang, standard, checks);
  }

  /** The findings in draft order, and which checks ran or were skipped (those that need a source, without one). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Result(List<Finding> findings, List<String> checksRun, List<Skipped> checksSkipped) {
    public Result {
      findings = Maps.list(findings);
      checksRun = Maps.list(checksRun);
      checksSkipped = Maps.list(checksSkipped);
    }
  }

  /** A check that did not run, and why. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Skipped(String id, String reason) {}

  /**
   * One finding: a stable check id ({@code TERM_DEPRECATED_IN_TARGET}), its ITS 2.0 issue type
   * ({@code terminology}), the severity, the segment index (0 for a whole text) and the offsets of {@code text} in
   * it, what to do, the replacements (preferred first), the concept, and where in the source it comes from.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Finding(String id, String issueType, String severity, int segment, int start, int end, String text,
      String message, List<String> replacements, String conceptId, Location source) {
    public Finding {
      id = Maps.text(id);
      issueType = Maps.text(issueType);
      severity = Maps.text(severity);
      text = Maps.text(text);
      message = Maps.text(message);
      replacements = Maps.list(replacements);
      conceptId = Maps.text(conceptId);
    }
  }

  /** A stretch of the source: segment index and offsets. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Location(int segment, int start, int end, String text) {}
}
