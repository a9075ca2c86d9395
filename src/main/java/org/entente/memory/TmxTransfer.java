package org.entente.memory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.entente.formats.TmxHeader;
import org.entente.formats.TmxReader;
import org.entente.formats.TmxUnit;
import org.entente.formats.TmxWriter;
import org.entente.formats.Xml;
import org.entente.index.LuceneIndex;
import org.entente.text.BadInputException;

/**
 * TMX in and out of the memory's index. An import is atomic (all of the file or nothing) and, when asked, replaces
 * what the same file brought into the same memory before, except the units a person edited since: those are
 * detached from the file and kept, and the file's old version of them is not imported again. An export writes
 * every live unit of a memory as TMX 1.4b.
 */
final class TmxTransfer {
  private final LuceneIndex index;
  private final StoredUnits units;

  TmxTransfer(LuceneIndex index, StoredUnits units) {
    this.index = index;
    this.units = units;
  }

  ImportReport importTmx(InputStream in, String file, ImportOptions options, Map<String, String> commitData) {
    return importTmx(in, file, options, commitData, () -> { });
  }

  ImportReport importTmx(InputStream in, String file, ImportOptions options, Map<String, String> commitData,
      Runnable unitRead) {
    Query replaced = options.replaceFile() ? ofFile(UnitCodec.FILE, file, options.memory()) : null;
    Set<String> edited = options.replaceFile() ? editedSources(file, options.memory()) : Set.of();
    ImportReport[] report = new ImportReport[1];
    index.importAtomically(replaced, commitData, sink -> report[0] = read(in, file, options, edited,
        u -> sink.add(UnitCodec.encode(u.withId(UUID.randomUUID().toString()))), unitRead));
    return report[0];
  }

  private static Query ofFile(String field, String file, String memory) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(field, file)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(UnitCodec.MEMORY, memory)), BooleanClause.Occur.FILTER).build();
  }

  /** The source keys of units a person edited after {@code file} brought them. */
  private Set<String> editedSources(String file, String memory) {
    return index.search(searcher -> {
      Set<String> keys = new HashSet<>();
      StoredUnits.Reader reader = units.reader(searcher);
      for (var sd : searcher.search(ofFile(UnitCodec.DETACHED, file, memory), Integer.MAX_VALUE).scoreDocs) {
        keys.add(sourceKey(reader.read(sd.doc)));
      }
      return keys;
    });
  }

  static String sourceKey(TranslationUnit u) {
    return u.sourceLanguage().language() + "\u0000" + u.source().markup();
  }

  /**
   * Reads a TMX file as an import would, without changing the memory: what would be imported, merged and skipped.
   *
   * @throws BadInputException when the file would be rejected
   */
  static ImportReport check(InputStream in, String file, ImportOptions options) {
    try {
      return read(in, file, options, Set.of(), u -> { }, () -> { });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  interface UnitSink {
    void accept(TranslationUnit u) throws IOException;
  }

  static ImportReport read(InputStream in, String file, ImportOptions options, Set<String> edited,
      UnitSink sink, Runnable unitRead) throws IOException {
    String memory = options.memory();
    Map<String, Integer> skipped = new TreeMap<>();
    Map<String, Integer> variantsSkipped = new TreeMap<>();
    List<String> warnings = new ArrayList<>();
    int[] counts = new int[2]; // imported, duplicates
    Set<String> seen = new HashSet<>();
    TmxHeader[] header = new TmxHeader[1];
    TmxReader.read(in, file, new Xml.Limits(options.maxBytes(), 64), new TmxReader.Handler() {
      @Override
      public void header(TmxHeader h) {
        header[0] = h;
      }

      @Override
      public void unit(TmxUnit tu) throws IOException {
        unitRead.run();
        TmxUnits.Conversion c = TmxUnits.convert(tu, header[0], file, memory, options.maxSegmentChars());
        for (String v : c.variantsSkipped()) variantsSkipped.merge(v, 1, Integer::sum);
        if (c.unit() == null) {
          skipped.merge(c.skipReason(), 1, Integer::sum);
          if (warnings.size() < 20) warnings.add(file + ":" + tu.line() + ": unit skipped: " + c.skipReason());
          return;
        }
        TranslationUnit u = c.unit();
        if (edited.contains(sourceKey(u))) {
          skipped.merge("edited in the memory since the last import (the edited unit is kept)", 1, Integer::sum);
          return;
        }
        String key = UnitCodec.hash(u.sourceLanguage().language() + "\u0000" + u.source().markup() + "\u0000"
            + u.target().markup());
        if (!seen.add(key)) {
          counts[1]++;
          return;
        }
        sink.accept(u);
        counts[0]++;
      }

      @Override
      public void warning(String where, String message) {
        if (warnings.size() < 20) warnings.add(where + ": " + message);
      }
    });
    return new ImportReport(file, memory, counts[0], counts[1], skipped, variantsSkipped, warnings, false, "");
  }

  long exportTmx(OutputStream out, String memory) {
    return index.search(searcher -> {
      Query q = memory == null ? new MatchAllDocsQuery() : new TermQuery(new Term(UnitCodec.MEMORY, memory));
      int total = searcher.count(q);
      BooleanQuery.Builder fr = new BooleanQuery.Builder().add(q, BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(UnitCodec.SOURCE_LANGUAGE, "fr")), BooleanClause.Occur.FILTER);
      int frSource = searcher.count(fr.build());
      String srcLang = frSource == total ? "fr" : frSource == 0 ? "en" : "*all*";
      TmxHeader header = TmxHeader.of("Entente", version(), srcLang, Instant.now());
      try (TmxWriter w = TmxWriter.open(out, header)) {
        return eachUnit(searcher, q, u -> w.write(TmxUnits.toTmx(u)));
      }
    });
  }

  /** Hands every unit of {@code memory} (all memories when null) to {@code action}; returns how many. */
  long forEachUnit(String memory, java.util.function.Consumer<TranslationUnit> action) {
    Query q = memory == null ? new MatchAllDocsQuery() : new TermQuery(new Term(UnitCodec.MEMORY, memory));
    return index.search(searcher -> eachUnit(searcher, q, action::accept));
  }

  /** Reads the live units matching {@code q} one by one, in index order. */
  private long eachUnit(IndexSearcher searcher, Query q, UnitSink sink) throws IOException {
    long n = 0;
    StoredUnits.Reader reader = units.reader(searcher);
    var weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      var scorer = weight.scorer(leaf);
      if (scorer == null) continue;
      var it = scorer.iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (live != null && !live.get(d)) continue;
        sink.accept(reader.read(leaf.docBase + d));
        n++;
      }
    }
    return n;
  }

  static String version() {
    String v = TmxTransfer.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
