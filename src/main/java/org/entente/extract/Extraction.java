package org.entente.extract;

import java.util.List;

/**
 * The result of one extraction: the candidates, best first, and what it took: units read, tokens tagged, the time
 * spent tagging and in all, the monolingual candidates held per language and how many were dropped to stay within
 * the memory bound.
 */
public record Extraction(List<TermCandidate> candidates, long units, long tokens, double taggingSeconds,
    double seconds, int frenchCandidates, int englishCandidates, long dropped) {
  public Extraction {
    candidates = List.copyOf(candidates);
  }

  /** Tokens tagged per second (both languages), for the report. */
  public double tokensPerSecond() {
    return taggingSeconds <= 0 ? 0 : tokens / taggingSeconds;
  }
}
