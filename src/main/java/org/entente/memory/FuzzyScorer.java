package org.entente.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.formats.InlineText;
import org.entente.segment.Token;
import org.entente.text.Language;
import org.entente.text.TextNormalizer;

/**
 * The match score of {@code ../shared/CONVENTIONS.md}: similarity = 1 − token edit distance / the longer token
 * count, over normalised word tokens (case folded, numbers as placeholders, punctuation and tags set aside), × 100,
 * rounded down; then penalties: {@value #CASE} for a case difference, {@value #PUNCTUATION} for a punctuation
 * difference, {@value #WHITESPACE} for a whitespace difference, {@value #TAG} per tag difference, {@value #NUMBER}
 * per number difference that could not be substituted into the target ({@link NumberSubstitution}). Every kind of
 * space (no-break, narrow no-break, thin, figure, ideographic …) is a space here. {@code "Le Groupe se réunit."}
 * against {@code "le groupe se réunit"} scores 100 − 1 − 1 = 98.
 */
final class FuzzyScorer {
  static final int CASE = 1;
  static final int PUNCTUATION = 1;
  static final int WHITESPACE = 1;
  static final int TAG = 1;
  static final int NUMBER = 2;

  private FuzzyScorer() {}

  /** The similarity only (0–100), from the normalised terms. */
  static int similarity(List<String> a, List<String> b) {
    int longer = Math.max(a.size(), b.size());
    if (longer == 0) return 100;
    int d = distance(a, b, null);
    return (int) Math.floor(100.0 * (longer - d) / longer + 1e-9);
  }

  /**
   * The similarity when it can reach {@code min}, else -1, ruling most units out by bounds that never err: the
   * length ratio and the shared-token count both cap the similarity.
   */
  static int similarityAtLeast(List<String> a, List<String> b, int min) {
    return new SimilarityBound(a).similarity(b, min);
  }

  /** Token edit distance; fills {@code aligned} (pairs of equal positions) when not null. */
  static int distance(List<String> a, List<String> b, List<int[]> aligned) {
    int n = a.size();
    int m = b.size();
    int[][] dp = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) dp[i][0] = i;
    for (int j = 0; j <= m; j++) dp[0][j] = j;
    for (int i = 1; i <= n; i++) {
      String ai = a.get(i - 1);
      for (int j = 1; j <= m; j++) {
        int sub = dp[i - 1][j - 1] + (ai.equals(b.get(j - 1)) ? 0 : 1);
        dp[i][j] = Math.min(sub, Math.min(dp[i - 1][j], dp[i][j - 1]) + 1);
      }
    }
    if (aligned != null) {
      int i = n;
      int j = m;
      while (i > 0 && j > 0) {
        boolean eq = a.get(i - 1).equals(b.get(j - 1));
        if (dp[i][j] == dp[i - 1][j - 1] + (eq ? 0 : 1)) {
          if (eq) aligned.add(new int[] {i - 1, j - 1});
          i--;
          j--;
        } else if (dp[i][j] == dp[i - 1][j] + 1) {
          i--;
        } else {
          j--;
        }
      }
    }
    return dp[n][m];
  }

  /** The score of a unit's source against the query, with its explanation, and the target to propose. */
  record Result(int score, int similarity, List<TmMatch.Penalty> penalties, boolean numbersSubstituted,
      InlineText target) {}

  static Result score(AnalyzedText query, AnalyzedText source, InlineText target, Language targetLanguage,
      int memoryPenalty) {
    List<int[]> aligned = new ArrayList<>();
    int longer = Math.max(query.terms().size(), source.terms().size());
    int d = distance(query.terms(), source.terms(), aligned);
    int similarity = longer == 0
        ? (query.plain().strip().equals(source.plain().strip()) ? 100 : 0)
        : (int) Math.floor(100.0 * (longer - d) / longer + 1e-9);
    List<TmMatch.Penalty> penalties = new ArrayList<>();
    boolean caseDiff = false;
    List<NumberSubstitution.Difference> numberDiffs = new ArrayList<>();
    int qNum = 0;
    int sNum = 0;
    // aligned pairs come back to front; walk them in order and count numbers on the way
    List<int[]> pairs = new ArrayList<>(aligned);
    java.util.Collections.reverse(pairs);
    int[] qNumberIndex = numberIndexes(query.terms());
    int[] sNumberIndex = numberIndexes(source.terms());
    for (int[] p : pairs) {
      String qs = query.surfaces().get(p[0]);
      String ss = source.surfaces().get(p[1]);
      if (qs.equals(AnalyzedText.NUMBER)) {
        String qn = query.numbers().get(qNumberIndex[p[0]]);
        String sn = source.numbers().get(sNumberIndex[p[1]]);
        if (!TextNormalizer.unifySpaces(qn).equals(TextNormalizer.unifySpaces(sn))) numberDiffs.add(new NumberSubstitution.Difference(qn, sn));
      } else if (!qs.equals(ss)) {
        caseDiff = true;
      }
    }
    if (caseDiff) penalties.add(new TmMatch.Penalty("case", CASE));
    if (!query.punctuation().equals(source.punctuation())) {
      penalties.add(new TmMatch.Penalty("punctuation", PUNCTUATION));
    }
    // every kind of space counts as a space: "«\u00a0Nous" (French typography) and "« Nous" meet at 100
    if (query.allTokens().equals(source.allTokens())
        && !query.spacesUnified().strip().equals(source.spacesUnified().strip())) {
      penalties.add(new TmMatch.Penalty("whitespace", WHITESPACE));
    }
    int tagDiff = tagDifference(query.tags(), source.tags());
    if (tagDiff > 0) penalties.add(new TmMatch.Penalty("tags (" + tagDiff + " different)", TAG * tagDiff));
    InlineText proposed = target;
    boolean substituted = false;
    if (!numberDiffs.isEmpty()) {
      InlineText replaced = d == 0
          ? NumberSubstitution.substitute(numberDiffs, source.numbers(), target, targetLanguage) : null;
      if (replaced != null) {
        proposed = replaced;
        substituted = true;
      } else {
        penalties.add(new TmMatch.Penalty("numbers (" + numberDiffs.size() + " different)",
            NUMBER * numberDiffs.size()));
      }
    }
    if (memoryPenalty > 0) penalties.add(new TmMatch.Penalty("memory penalty", memoryPenalty));
    int score = similarity;
    for (TmMatch.Penalty p : penalties) score -= p.points();
    return new Result(Math.max(0, score), similarity, penalties, substituted, proposed);
  }

  private static int[] numberIndexes(List<String> terms) {
    int[] idx = new int[terms.size()];
    int k = 0;
    for (int i = 0; i < terms.size(); i++) idx[i] = terms.get(i).equals(AnalyzedText.NUMBER) ? k++ : -1;
    return idx;
  }

  static int tagDifference(List<String> a, List<String> b) {
    Map<String, Integer> count = new HashMap<>();
    for (String t : a) count.merge(t, 1, Integer::sum);
    for (String t : b) count.merge(t, -1, Integer::sum);
    int diff = 0;
    for (int c : count.values()) diff += Math.abs(c);
    return diff;
  }

  static String digits(String number) {
    return NumberSubstitution.digits(number);
  }

  static String localize(String number, Language from, Language to) {
    return NumberSubstitution.localize(number, from, to);
  }
}
