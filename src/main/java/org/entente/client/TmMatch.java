package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A translation-memory match: the stored source and target (numbers substituted when only numbers differed, the
 * target's inline tags in {@code targetMarkup}), the score (0–100, 101 for an in-context exact match) and why
 * ({@code 96 = similarity 97 − case 1}), the unit's id, memory, languages, origin and last change; in a suggestion,
 * also the term conflicts found in its target.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TmMatch(String unitId, String memory, String source, String target, int score, Explanation explanation,
    String sourceLanguage, String targetLanguage, String targetMarkup, String origin, String changed, String changedBy,
    long usageCount, List<Suggest.Conflict> conflicts) {
  public TmMatch {
    unitId = Maps.text(unitId);
    memory = Maps.text(memory);
    source = Maps.text(source);
    target = Maps.text(target);
    explanation = explanation == null ? new Explanation(score, List.of(), false, "", "") : explanation;
    sourceLanguage = Maps.text(sourceLanguage);
    targetLanguage = Maps.text(targetLanguage);
    targetMarkup = Maps.text(targetMarkup);
    origin = Maps.text(origin);
    changed = Maps.text(changed);
    changedBy = Maps.text(changedBy);
    conflicts = Maps.list(conflicts);
  }

  /**
   * The similarity before penalties (0–100), each penalty, whether numbers were substituted, where the unit came
   * from, and all of it in one line ({@code similarity 97, case -1; tmx:nato.tmx}).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Explanation(int similarity, List<Penalty> penalties, boolean numbersSubstituted, String provenance,
      String summary) {
    public Explanation {
      penalties = Maps.list(penalties);
      provenance = Maps.text(provenance);
      summary = Maps.text(summary);
    }
  }

  /** One penalty: {@code ("case", 1)}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Penalty(String reason, int points) {}
}
