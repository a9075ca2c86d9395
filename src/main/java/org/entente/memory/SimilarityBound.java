package org.entente.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;

/**
 * The candidate filter of a lookup, prepared once from the query's normalised terms: the similarity of a stored
 * unit's term sequence (the {@code _seq} doc value, terms joined by {@link UnitCodec#SEP}) when it reaches
 * {@code min}, ruling most units out by bounds that never err (the length ratio and the shared-term count both cap
 * the similarity) before the edit distance. A sequence is read without decoding it into strings: each stored term
 * becomes the id of the equal query term, or -1. For the query {@code [plan, de, défense]} the
 * sequence {@code plan␁de␁dissuasion} becomes {@code [0, 1, -1]}: one edit in three, similarity 66.
 */
final class SimilarityBound {
  private static final byte SEP = (byte) UnitCodec.SEP.charAt(0);

  private final int[] query;
  private final int[] counts;
  private final Map<String, Integer> ids;
  /** The ids by UTF-8 bytes, for stored sequences: made at the first of them. */
  private Map<BytesRef, Integer> byteIds;
  private final BytesRef probe = new BytesRef();
  private int[] stored = new int[64];
  private int[] left = new int[0];
  private int[] prev = new int[0];
  private int[] cur = new int[0];

  /** Prepares the query side; one instance serves one thread. */
  SimilarityBound(List<String> queryTerms) {
    query = new int[queryTerms.size()];
    ids = new HashMap<>(queryTerms.size() * 2);
    for (int i = 0; i < query.length; i++) query[i] = ids.computeIfAbsent(queryTerms.get(i), t -> ids.size());
    counts = new int[ids.size()];
    for (int id : query) counts[id]++;
  }

  /** The similarity of a unit's normalised terms to the query when it reaches {@code min}, else -1. */
  int similarity(List<String> terms, int min) {
    int m = terms.size();
    if (stored.length < m) stored = new int[m];
    for (int j = 0; j < m; j++) stored[j] = ids.getOrDefault(terms.get(j), -1);
    return similarity(stored, m, min);
  }

  /** The stored sequence's similarity to the query when it reaches {@code min}, else -1. */
  int similarity(BytesRef sequence, int min) {
    if (byteIds == null) {
      byteIds = new HashMap<>(ids.size() * 2);
      ids.forEach((term, id) -> byteIds.put(new BytesRef(term), id));
    }
    int m = 0;
    if (sequence.length > 0) {
      byte[] b = sequence.bytes;
      int start = sequence.offset;
      int end = sequence.offset + sequence.length;
      for (int i = start; i <= end; i++) {
        if (i == end || b[i] == SEP) {
          probe.bytes = b;
          probe.offset = start;
          probe.length = i - start;
          Integer id = byteIds.get(probe);
          if (m == stored.length) stored = java.util.Arrays.copyOf(stored, m * 2);
          stored[m++] = id == null ? -1 : id;
          start = i + 1;
        }
      }
    }
    return similarity(stored, m, min);
  }

  private int similarity(int[] b, int m, int min) {
    int n = query.length;
    int longer = Math.max(n, m);
    if (longer == 0) return 100 >= min ? 100 : -1;
    if (100L * Math.min(n, m) < (long) min * longer) return -1;
    if (min > 0) {
      if (left.length < counts.length) left = new int[counts.length];
      System.arraycopy(counts, 0, left, 0, counts.length);
      int common = 0;
      for (int j = 0; j < m; j++) {
        int id = b[j];
        if (id >= 0 && left[id] > 0) {
          common++;
          left[id]--;
        }
      }
      if (100L * common < (long) min * longer) return -1;
    }
    // the edit distance may not exceed this; a row's minimum never decreases, so a row past it ends the work
    long allowed = ((100L - min) * longer) / 100;
    if (prev.length < m + 1) {
      prev = new int[m + 1];
      cur = new int[m + 1];
    }
    int[] p = prev;
    int[] c = cur;
    for (int j = 0; j <= m; j++) p[j] = j;
    for (int i = 1; i <= n; i++) {
      c[0] = i;
      int rowMin = i;
      int ai = query[i - 1];
      for (int j = 1; j <= m; j++) {
        int v = Math.min(p[j - 1] + (ai == b[j - 1] ? 0 : 1), Math.min(p[j], c[j - 1]) + 1);
        c[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > allowed) return -1;
      int[] t = p;
      p = c;
      c = t;
    }
    int similarity = (int) ((100L * (longer - p[m])) / longer);
    return similarity >= min ? similarity : -1;
  }
}
