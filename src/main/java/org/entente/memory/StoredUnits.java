package org.entente.memory;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Reads units back from the index: the stored blob, the usage counts from their doc values, and the usage counted
 * since the last refresh (lazy writes the searcher does not show yet). {@code read(searcher, 42)} is document 42 as
 * a {@link TranslationUnit}.
 */
final class StoredUnits {
  /** Usage counted and not yet visible to the searcher: id → {count, last used millis}; cleared at each refresh. */
  private final Map<String, long[]> pendingUsage = new ConcurrentHashMap<>();

  /** One reader over a searcher: its stored fields and leaves fetched once for many documents. */
  final class Reader {
    private final List<LeafReaderContext> leaves;
    private final StoredFields stored;

    Reader(IndexSearcher searcher) throws IOException {
      this.leaves = searcher.getIndexReader().leaves();
      this.stored = searcher.storedFields();
    }

    TranslationUnit read(int doc) throws IOException {
      BytesRef blob = stored.document(doc, Set.of(UnitCodec.BLOB)).getBinaryValue(UnitCodec.BLOB);
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      long usage = numeric(leaf.reader(), UnitCodec.USAGE, doc - leaf.docBase);
      long last = numeric(leaf.reader(), UnitCodec.LAST_USED, doc - leaf.docBase);
      return withPendingUsage(UnitCodec.decode(blob, usage, last));
    }
  }

  /** The unit with the uses counted since the searcher last showed its count. */
  TranslationUnit withPendingUsage(TranslationUnit u) {
    long[] pending = pendingUsage.get(u.id());
    if (pending == null) return u;
    if (pending[0] > u.usageCount()) return u.withUsage(pending[0], Instant.ofEpochMilli(pending[1]));
    pendingUsage.remove(u.id(), pending); // the stored count caught up
    return u;
  }

  Reader reader(IndexSearcher searcher) throws IOException {
    return new Reader(searcher);
  }

  private static long numeric(LeafReader r, String field, int doc) throws IOException {
    NumericDocValues v = r.getNumericDocValues(field);
    return v != null && v.advanceExact(doc) ? v.longValue() : 0;
  }

  /** Counts one more use of {@code unit} now; returns {count, last used millis} to write. */
  long[] countUse(TranslationUnit unit) {
    long now = Instant.now().toEpochMilli();
    return pendingUsage.compute(unit.id(), (k, v) -> {
      long base = Math.max(v == null ? 0 : v[0], unit.usageCount());
      return new long[] {base + 1, now};
    });
  }

  void forget(String id) {
    pendingUsage.remove(id);
  }

  /** After a refresh the doc values show every count (after a rollback the counts are gone): nothing is pending. */
  void clearPending() {
    pendingUsage.clear();
  }

  int pendingCount() {
    return pendingUsage.size();
  }
}
