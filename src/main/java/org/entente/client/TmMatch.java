package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A translation-memory match: the stored source and target (numbers substituted when only numbers differed), the
 * score (0–100, 101 for an in-context exact match) and why: {@code 96 = similarity 97 − case 1}; in a suggestion,
 * also the term conflicts found in its target.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TmMatch(String unitId, String memory, String source, String target, int score, Explanation explanation,
    String explained, List<Suggest.Conflict> conflicts) {
  public TmMatch {
    explained = Maps.text(explained);
    conflicts = Maps.list(conflicts);
    unitId = Maps.text(unitId);
    memory = Maps.text(memory);
    source = Maps.text(source);
    target = Maps.text(target);
    explanation = explanation == null ? new Explanation(score, List.of(), false, "") : explanation;
  }

  /** The similarity before penalties, each penalty, whether numbers were substituted, and where the unit came from. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Explanation(int similarity, List<Penalty> penalties, boolean numbersSubstituted, String provenance) {
    public Explanation {
      penalties = Maps.list(penalties);
      provenance = Maps.text(provenance);
    }
  }

  /** One penalty: {@code ("case", 1)}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Penalty(String reason, int points) {}
}
