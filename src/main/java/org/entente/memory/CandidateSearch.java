package org.entente.memory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.entente.text.Language;

/**
 * Finds the units a lookup must score, through the Lucene index: up to {@value #CANDIDATES} units that pass filters
 * no unit scoring at least {@code min} can fail (the length range, enough shared terms, at least one of the rarest
 * terms), and, when that cap is reached, every unit whose text equals the query with its numbers as written
 * ({@code fr_exact}), so the verbatim unit is always scored. A long query keeps its {@value #MAX_QUERY_TERMS} most selective distinct terms
 * (the rarest in the memory) for this search; the exact scoring afterwards uses all of them.
 */
final class CandidateSearch {
  /** How many candidates at most are scored exactly per lookup, besides the verbatim ones. */
  static final int CANDIDATES = 2_000;
  /** How many verbatim units at most are added, however many share the query's exact text. */
  static final int VERBATIM = 1_000;
  /**
   * How many distinct query terms at most take part in the candidate query: beyond, the most selective are kept,
   * so that a 600-word query stays under Lucene's clause limit.
   */
  static final int MAX_QUERY_TERMS = 256;

  private CandidateSearch() {}

  /** Documents with their similarity to a query, ascending doc ids: {@code similarity[i]} is that of {@code docs[i]}. */
  record Found(int[] docs, int[] similarity) {}

  /** Candidate documents whose similarity reaches {@code min}, ascending doc ids, verbatim units included. */
  static Found candidates(IndexSearcher searcher, AnalyzedText query, Language lang, int min, List<String> memories)
      throws IOException {
    Query memoryFilter = memories.isEmpty() ? null
        : new TermInSetQuery(UnitCodec.MEMORY, memories.stream().map(BytesRef::new).toList());
    TopDocs top = searcher.search(fuzzyQuery(searcher, query, lang, min, memoryFilter), CANDIDATES);
    int[] docs = new int[top.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) docs[i] = top.scoreDocs[i].doc;
    if (docs.length == CANDIDATES) {
      // the cap may have cut: the verbatim units are added whatever their rank (they pass every filter)
      BooleanQuery.Builder verbatim = new BooleanQuery.Builder().add(
          new TermQuery(new Term(UnitCodec.exact(lang), UnitCodec.hash(query.exactKey()))), BooleanClause.Occur.MUST);
      if (memoryFilter != null) verbatim.add(memoryFilter, BooleanClause.Occur.FILTER);
      TopDocs exact = searcher.search(verbatim.build(), VERBATIM);
      docs = Arrays.copyOf(docs, docs.length + exact.scoreDocs.length);
      for (int i = 0; i < exact.scoreDocs.length; i++) docs[CANDIDATES + i] = exact.scoreDocs[i].doc;
    }
    docs = Arrays.stream(docs).sorted().distinct().toArray();
    return withSimilarity(searcher, docs, query, lang, min);
  }

  private static Query fuzzyQuery(IndexSearcher searcher, AnalyzedText query, Language lang, int min,
      Query memoryFilter) throws IOException {
    List<String> terms = query.terms();
    int n = terms.size();
    BooleanQuery.Builder main = new BooleanQuery.Builder();
    if (memoryFilter != null) main.add(memoryFilter, BooleanClause.Occur.FILTER);
    if (min >= 100 || n == 0) {
      main.add(new TermQuery(new Term(UnitCodec.key(lang), UnitCodec.hash(query.key()))), BooleanClause.Occur.MUST);
      return main.build();
    }
    String field = UnitCodec.matching(lang);
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(terms));
    int u = distinct.size();
    int atLeast = min <= 0 ? 0 : (min * n + 99) / 100; // matched query positions needed
    int k = Math.max(1, atLeast - (n - u)); // distinct terms needed
    int lenMin = atLeast;
    int lenMax = min <= 0 ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, (100L * n) / min);
    Map<String, Integer> df = new HashMap<>();
    for (String t : distinct) df.put(t, searcher.getIndexReader().docFreq(new Term(field, t)));
    List<String> byRarity = new ArrayList<>(distinct);
    byRarity.sort(Comparator.comparingInt(df::get));
    // a long query: keep the most selective terms; a unit sharing k distinct terms shares at least
    // k - (u - kept) of the kept ones
    List<String> kept = byRarity.subList(0, Math.min(u, MAX_QUERY_TERMS));
    int keptNeeded = Math.max(1, k - (u - kept.size()));
    BooleanQuery.Builder rare = new BooleanQuery.Builder();
    for (String t : kept.subList(0, Math.max(1, Math.min(kept.size(), kept.size() - keptNeeded + 1)))) {
      rare.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder().setMinimumNumberShouldMatch(keptNeeded);
    for (String t : kept) all.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
    main.add(all.build(), BooleanClause.Occur.MUST);
    main.add(rare.build(), BooleanClause.Occur.FILTER);
    main.add(IntField.newRangeQuery(UnitCodec.length(lang), lenMin, lenMax), BooleanClause.Occur.FILTER);
    return main.build();
  }

  private static Found withSimilarity(IndexSearcher searcher, int[] docs, AnalyzedText query, Language lang, int min)
      throws IOException {
    int[] out = new int[docs.length];
    int[] sims = new int[docs.length];
    int n = 0;
    var leaves = searcher.getIndexReader().leaves();
    int leafIndex = -1;
    BinaryDocValues seq = null;
    LeafReaderContext leaf = null;
    SimilarityBound bound = new SimilarityBound(query.terms());
    int atLeast = Math.min(min, 100);
    for (int doc : docs) {
      int li = ReaderUtil.subIndex(doc, leaves);
      if (li != leafIndex) {
        leafIndex = li;
        leaf = leaves.get(li);
        seq = DocValues.getBinary(leaf.reader(), UnitCodec.sequence(lang));
      }
      if (!seq.advanceExact(doc - leaf.docBase)) continue;
      int sim = bound.similarity(seq.binaryValue(), atLeast);
      if (sim >= 0) {
        sims[n] = sim;
        out[n++] = doc;
      }
    }
    return new Found(Arrays.copyOf(out, n), Arrays.copyOf(sims, n));
  }

  /** Every live document whose similarity reaches {@code min}: the exhaustive reference for recall. */
  static Found all(IndexSearcher searcher, AnalyzedText query, Language lang, int min) throws IOException {
    List<int[]> out = new ArrayList<>();
    SimilarityBound bound = new SimilarityBound(query.terms());
    int atLeast = Math.min(min, 100);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      BinaryDocValues seq = DocValues.getBinary(r, UnitCodec.sequence(lang));
      for (int d = seq.nextDoc(); d != BinaryDocValues.NO_MORE_DOCS; d = seq.nextDoc()) {
        if (live != null && !live.get(d)) continue;
        int sim = bound.similarity(seq.binaryValue(), atLeast);
        if (sim >= 0) out.add(new int[] {leaf.docBase + d, sim});
      }
    }
    return new Found(out.stream().mapToInt(a -> a[0]).toArray(), out.stream().mapToInt(a -> a[1]).toArray());
  }
}
