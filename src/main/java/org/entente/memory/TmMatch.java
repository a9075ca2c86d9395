package org.entente.memory;

import java.util.List;

/**
 * A match from the translation memory: the stored source and target (the target with the query's numbers
 * substituted when only numbers differed), the score (0–100, 101 for an in-context exact match), and why.
 * {@code unit} is the whole stored unit (null in matches built by hand).
 */
public record TmMatch(
    String unitId,
    String memory,
    String source,
    String target,
    int score,
    Explanation explanation,
    TranslationUnit unit) {
  public TmMatch {
    if (score < 0 || score > 101) throw new IllegalArgumentException("score outside 0..101: " + score);
  }

  public TmMatch(String unitId, String memory, String source, String target, int score, Explanation explanation) {
    this(unitId, memory, source, target, score, explanation, null);
  }

  /** How the score was reached: the similarity, each penalty, and where the unit came from. */
  public record Explanation(int similarity, List<Penalty> penalties, boolean numbersSubstituted, String provenance) {
    public Explanation {
      penalties = List.copyOf(penalties);
      provenance = provenance == null ? "" : provenance;
    }

    /** One line: {@code similarity 100, case −1, punctuation −1; tmx:nato.tmx}. */
    public String summary() {
      StringBuilder b = new StringBuilder("similarity ").append(similarity);
      for (Penalty p : penalties) b.append(", ").append(p.reason()).append(" -").append(p.points());
      if (numbersSubstituted) b.append(", numbers substituted");
      if (!provenance.isEmpty()) b.append("; ").append(provenance);
      return b.toString();
    }
  }

  /** One penalty subtracted from the similarity: {@code ("case", 1)}. */
  public record Penalty(String reason, int points) {}
}
