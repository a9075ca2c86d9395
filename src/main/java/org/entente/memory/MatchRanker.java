package org.entente.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.text.Language;

/**
 * Scores candidate units against a lookup and ranks them, with no storage behind it (any memory backend gives it
 * the units it found): {@link FuzzyScorer} per unit, 101 for an in-context exact match that needed no number
 * substitution, matches under {@code min} dropped, duplicates of the same text pair kept once. A match whose numbers
 * were substituted is never 101, is {@value #SUBSTITUTED_BELOW_VERBATIM} point below 100 when a verbatim unit
 * scores 100, and sorts after a verbatim match of the same score: {@code "Voir l'article 5"} ranks the stored
 * article 5 first, the newer article 7 (proposed as "Article 5") second at 99.
 */
final class MatchRanker {
  /** The penalty of a number-substituted match when a verbatim unit reaches 100. */
  static final int SUBSTITUTED_BELOW_VERBATIM = 1;

  private MatchRanker() {}

  /**
   * A unit found by a lookup with its similarity to the query when the backend knows it (from the terms it stored),
   * or {@value #UNKNOWN}: the similarity bounds the score (only an exact in-context match rises, to 101), so units
   * are scored best-similarity first and the ranking stops when no unit left can enter the result.
   */
  record Candidate(TranslationUnit unit, int similarity) {
    static final int UNKNOWN = -1;

    int bound() {
      return similarity == UNKNOWN || similarity >= 100 ? 101 : similarity;
    }
  }

  /** The best matches of {@code candidates} for {@code q}, at most {@code q.max()}, scoring no more than needed. */
  static List<TmMatch> rankCandidates(LookupQuery q, AnalyzedText query, List<Candidate> candidates,
      Map<String, MemoryInfo> configs) {
    Language lang = q.sourceLanguage();
    List<Candidate> queue = new ArrayList<>(candidates);
    queue.sort(Comparator.comparingInt(c -> -c.bound()));
    List<TmMatch> scored = new ArrayList<>();
    Map<TmMatch, String> pairs = new java.util.IdentityHashMap<>(); // each match's text pair, for duplicates
    boolean verbatimHundred = false;
    for (int i = 0; i < queue.size(); i++) {
      // bounds fall in at most 102 steps: checking at each step keeps the work linear
      if (i > 0 && queue.get(i).bound() < queue.get(i - 1).bound()
          && complete(scored, pairs, verbatimHundred, queue.get(i).bound(), q)) {
        break;
      }
      TranslationUnit unit = queue.get(i).unit();
      if (!q.memories().isEmpty() && !q.memories().contains(unit.memory())) continue;
      MemoryInfo info = configs.get(unit.memory());
      int penalty = info == null ? 0 : info.penalty();
      FuzzyScorer.Result r = FuzzyScorer.score(query, AnalyzedText.of(unit.text(lang), lang),
          unit.text(lang.other()), lang.other(), penalty);
      int score = r.score();
      if (score == 100 && r.penalties().isEmpty() && !r.numbersSubstituted() && inContext(q, unit, lang)) score = 101;
      if (score >= 100 && !r.numbersSubstituted()) verbatimHundred = true;
      TmMatch m = new TmMatch(unit.id(), unit.memory(), unit.text(lang).plain(), r.target().plain(), score,
          new TmMatch.Explanation(r.similarity(), r.penalties(), r.numbersSubstituted(), null), unit);
      scored.add(m);
      pairs.put(m, unit.text(lang).markup() + "\u0000" + unit.text(lang.other()).markup());
    }
    List<TmMatch> matches = new ArrayList<>();
    for (TmMatch m : scored) {
      TmMatch ranked = effectiveScore(m, verbatimHundred) == m.score() ? m : belowVerbatim(m);
      pairs.put(ranked, pairs.get(m));
      if (ranked.score() >= q.min()) matches.add(ranked);
    }
    Comparator<TmMatch> order = Comparator.<TmMatch>comparingInt(m -> -m.score())
        .thenComparing(m -> m.explanation().numbersSubstituted())
        .thenComparingInt(m -> -priority(configs, m.memory()))
        .thenComparing(m -> m.unit().changed(), Comparator.reverseOrder())
        .thenComparing(TmMatch::unitId);
    matches.sort(order);
    List<TmMatch> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TmMatch m : matches) {
      if (!seen.add(pairs.get(m))) continue;
      TmMatch.Explanation e = m.explanation();
      out.add(new TmMatch(m.unitId(), m.memory(), m.source(), m.target(), m.score(),
          new TmMatch.Explanation(e.similarity(), e.penalties(), e.numbersSubstituted(), provenance(m.unit())),
          m.unit()));
      if (out.size() == q.max()) break;
    }
    return out;
  }

  /**
   * Whether {@code q.max()} distinct text pairs already score above {@code bound}, the best any unit not yet scored
   * can reach: then none of those can enter the result or change its order. A unit left can only lower a scored
   * match by being a verbatim 100, which needs a bound of 100 or more, where only 101s count.
   */
  private static boolean complete(List<TmMatch> scored, Map<TmMatch, String> pairs, boolean verbatimHundred,
      int bound, LookupQuery q) {
    if (scored.size() < q.max()) return false;
    Set<String> above = new HashSet<>();
    for (TmMatch m : scored) {
      int score = effectiveScore(m, verbatimHundred);
      if (score > bound && score >= q.min()) above.add(pairs.get(m));
    }
    return above.size() >= q.max();
  }

  private static int effectiveScore(TmMatch m, boolean verbatimHundred) {
    return verbatimHundred && m.explanation().numbersSubstituted() && m.score() >= 100
        ? 100 - SUBSTITUTED_BELOW_VERBATIM : m.score();
  }

  private static TmMatch belowVerbatim(TmMatch m) {
    List<TmMatch.Penalty> penalties = new ArrayList<>(m.explanation().penalties());
    penalties.add(new TmMatch.Penalty("numbers substituted while a verbatim unit matches",
        SUBSTITUTED_BELOW_VERBATIM));
    TmMatch.Explanation e = m.explanation();
    return new TmMatch(m.unitId(), m.memory(), m.source(), m.target(), 100 - SUBSTITUTED_BELOW_VERBATIM,
        new TmMatch.Explanation(e.similarity(), penalties, true, e.provenance()), m.unit());
  }

  private static String provenance(TranslationUnit unit) {
    return "memory '" + unit.memory() + "', " + unit.origin() + ", changed " + unit.changed()
        + (unit.changedBy().isEmpty() ? "" : " by " + unit.changedBy());
  }

  private static int priority(Map<String, MemoryInfo> configs, String memory) {
    MemoryInfo i = configs.get(memory);
    return i == null ? 0 : i.priority();
  }

  private static boolean inContext(LookupQuery q, TranslationUnit u, Language lang) {
    if (q.previous().isBlank() && q.next().isBlank()) return false;
    if (u.sourceLanguage().language() != lang) return false;
    return AnalyzedText.normalisedContext(q.previous()).equals(AnalyzedText.normalisedContext(u.context().previous()))
        && AnalyzedText.normalisedContext(q.next()).equals(AnalyzedText.normalisedContext(u.context().next()));
  }
}
