package org.entente.memory;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.entente.formats.InlineText;
import org.entente.index.DataFolder;
import org.entente.index.LuceneIndex;
import org.entente.index.TokenizerAnalyzer;
import org.entente.segment.Token;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import org.entente.text.Span;
import org.entente.text.TextNormalizer;

/**
 * The translation memory on one Lucene index ({@code data/indexes/memory}) holding every named memory, assembled
 * from one-job parts: {@link CandidateSearch} finds the units worth scoring, {@link MatchRanker} scores and ranks
 * them (no Lucene there, so another backend can reuse it), {@link TmxTransfer} imports and exports TMX,
 * {@link FolderSync} keeps the {@code tmx/} folder in step. Writes are durable before they return and concurrent
 * writes share one commit; an update or delete checks and acts under the index's write lock, so a deleted unit
 * never comes back. Example: {@code LuceneTranslationMemory.open(data).lookup(LookupQuery.of("Les Alliés", FR))}.
 */
public final class LuceneTranslationMemory implements TranslationMemory, AutoCloseable {
  public static final String DEFAULT_MEMORY = "default";
  static final String INDEX_NAME = "memory";
  /** How many candidates at most are scored exactly per lookup, besides the verbatim ones. */
  static final int CANDIDATES = CandidateSearch.CANDIDATES;
  private static final String MEMORY_CONFIG = "memory.";
  /** The commit-data key holding the stored format of every unit in the index. */
  static final String FORMAT_KEY = "format";

  private final LuceneIndex index;
  private final StoredUnits units = new StoredUnits();
  private final TmxTransfer transfer;
  private final FolderSync folderSync;
  /**
   * Units written (acknowledged or about to be) and not yet visible to the searcher, by id; a deleted unit is kept
   * as a tombstone. Written under the index's write lock; read by lookups without it; dropped once a refresh shows
   * them.
   */
  private final Map<String, Recent> recent = new ConcurrentHashMap<>();

  /** A write the searcher may not show yet: the unit as it is now (null once deleted), analysed once per language. */
  private record Recent(long sequence, TranslationUnit unit, AnalyzedText fr, AnalyzedText en) {
    static Recent of(long sequence, TranslationUnit u) {
      if (u == null) return new Recent(sequence, null, null, null);
      return new Recent(sequence, u, AnalyzedText.of(u.text(Language.FR), Language.FR),
          AnalyzedText.of(u.text(Language.EN), Language.EN));
    }

    AnalyzedText analyzed(Language l) {
      return l == Language.FR ? fr : en;
    }
  }
  /** Named memories' settings, read from the commit data at open and after each change. */
  private volatile Map<String, MemoryInfo> configs;
  private volatile List<ImportReport> lastSync = List.of();

  private LuceneTranslationMemory(LuceneIndex index) {
    this.index = index;
    this.transfer = new TmxTransfer(index, units);
    this.folderSync = new FolderSync(index, transfer);
    index.afterRefresh(through -> {
      recent.values().removeIf(r -> r.sequence() <= through);
      if (through == Long.MAX_VALUE) units.clearPending();
    });
    this.configs = readConfigs();
    migrate();
  }

  /** Opens the memory of a data folder. */
  public static LuceneTranslationMemory open(DataFolder data) {
    return open(data.folder("indexes/" + INDEX_NAME), true);
  }

  /** Opens a memory in {@code dir} (benchmarks, tools); the caller owns the folder. */
  public static LuceneTranslationMemory open(Path dir) {
    return open(dir, true);
  }

  /**
   * Opens a memory in {@code dir} with group commit on (writes share one fsync of the write-ahead log) or off
   * (every write is a Lucene commit of its own, the old way: the benchmark's baseline).
   */
  public static LuceneTranslationMemory open(Path dir, boolean groupCommit) {
    return new LuceneTranslationMemory(LuceneIndex.open(dir, analyzer(),
        LuceneIndex.Options.DEFAULT.withGroupCommit(groupCommit).withReplay(UnitCodec::replay)));
  }

  static Analyzer analyzer() {
    Map<String, Analyzer> fields = new HashMap<>();
    for (Language l : Language.values()) {
      fields.put(UnitCodec.text(l), TokenizerAnalyzer.matching(l));
      fields.put(UnitCodec.matching(l), new TokenizerAnalyzer(l, TextNormalizer.MATCHING, true));
    }
    return new PerFieldAnalyzerWrapper(TokenizerAnalyzer.matching(Language.EN), fields);
  }

  /**
   * Brings an index of an older stored format up to {@link UnitCodec#FORMAT}: every unit is rebuilt from its stored
   * blob in one atomic step (the exact-match keys changed with format 2). An index of a newer format is refused.
   */
  private void migrate() {
    String format = index.commitData().get(FORMAT_KEY);
    String current = Integer.toString(UnitCodec.FORMAT);
    if (current.equals(format)) return;
    if (format != null && Integer.parseInt(format) > UnitCodec.FORMAT) {
      throw new IllegalStateException("the memory index " + index.path() + " is in stored format " + format
          + ", newer than this Entente's " + current + ": run the newer Entente, or move the index aside and restart "
          + "to rebuild the memory from tmx/");
    }
    if (index.numDocs() == 0) {
      index.write(Map.of(FORMAT_KEY, current), w -> null);
    } else {
      reindex();
    }
  }

  @Override
  public long size() {
    index.refreshIfStale();
    return index.numDocs();
  }

  /** Bytes of the index on disk. */
  public long sizeOnDisk() {
    return index.sizeOnDisk();
  }

  // ---------------------------------------------------------------- lookup

  @Override
  public List<TmMatch> lookup(LookupQuery q) {
    return lookup(q, false);
  }

  /** The same lookup scoring every unit of the memory: the reference for recall. */
  public List<TmMatch> lookupExhaustive(LookupQuery q) {
    return lookup(q, true);
  }

  private List<TmMatch> lookup(LookupQuery q, boolean exhaustive) {
    Language lang = q.sourceLanguage();
    InlineText text = InlineText.parseLenient(q.source());
    if (text.plain().isBlank()) return List.of();
    AnalyzedText query = AnalyzedText.of(text, lang);
    Map<String, MemoryInfo> configs = this.configs;
    // the recent writes first, the searcher second: a refresh in between only makes the searcher newer
    Map<String, Recent> overlay = recent.isEmpty() ? Map.of() : Map.copyOf(recent);
    List<MatchRanker.Candidate> found = index.search(searcher -> {
      CandidateSearch.Found docs = exhaustive
          ? CandidateSearch.all(searcher, query, lang, q.min())
          : CandidateSearch.candidates(searcher, query, lang, q.min(), q.memories());
      StoredUnits.Reader reader = units.reader(searcher);
      List<MatchRanker.Candidate> out = new ArrayList<>(docs.docs().length);
      for (int i = 0; i < docs.docs().length; i++) {
        TranslationUnit u = reader.read(docs.docs()[i]);
        if (!overlay.containsKey(u.id())) out.add(new MatchRanker.Candidate(u, docs.similarity()[i]));
      }
      return out;
    });
    for (Recent r : overlay.values()) {
      if (r.unit() == null) continue;
      int sim = FuzzyScorer.similarityAtLeast(query.terms(), r.analyzed(lang).terms(), Math.min(q.min(), 100));
      if (sim >= 0) found.add(new MatchRanker.Candidate(r.unit(), sim));
    }
    return MatchRanker.rankCandidates(q, query, found, configs);
  }

  // ---------------------------------------------------------------- concordance

  @Override
  public List<ConcordanceHit> concordance(String text, Language language, int max) {
    return concordance(text, language, max, List.of());
  }

  /** Concordance restricted to some named memories (all when empty). */
  public List<ConcordanceHit> concordance(String text, Language language, int max, List<String> memories) {
    index.refreshIfStale();
    if (text == null || text.isBlank()) {
      throw new BadInputException("the concordance text is empty", "text", "give a word or a phrase");
    }
    List<Language> langs = language == null ? List.of(Language.FR, Language.EN) : List.of(language);
    List<ConcordanceHit> hits = new ArrayList<>();
    for (Language lang : langs) {
      List<String> terms = AnalyzedText.tokenizer(lang).tokenize(text).stream().filter(Token::isWordLike)
          .map(t -> TextNormalizer.MATCHING.apply(t.text())).toList();
      if (terms.isEmpty()) continue;
      String field = UnitCodec.text(lang);
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (String t : terms) b.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.MUST);
      if (terms.size() > 1) {
        b.add(new org.apache.lucene.search.BoostQuery(new PhraseQuery(field, terms.toArray(String[]::new)), 2f),
            BooleanClause.Occur.SHOULD);
      }
      // the marks come from the words alone: the highlighter finds nothing to mark in a query with the memory filter
      Query words = b.build();
      Query query = memories.isEmpty() ? words : new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
          .add(new TermInSetQuery(UnitCodec.MEMORY, memories.stream().map(BytesRef::new).toList()),
              BooleanClause.Occur.FILTER).build();
      hits.addAll(index.search(searcher -> {
        TopDocs top = searcher.search(query, max);
        StoredUnits.Reader reader = units.reader(searcher);
        Highlights highlights = new Highlights(index.analyzer());
        List<ConcordanceHit> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
          TranslationUnit u = reader.read(sd.doc);
          String plain = u.text(lang).plain();
          List<Span> spans = highlights.spans(field, words, plain);
          out.add(new ConcordanceHit(u.id(), u.memory(), lang, plain, spans, u.text(lang.other()).plain(), sd.score, u));
        }
        return out;
      }));
    }
    hits.sort(Comparator.comparingDouble((ConcordanceHit h) -> -h.relevance()).thenComparing(ConcordanceHit::unitId));
    return hits.size() > max ? List.copyOf(hits.subList(0, max)) : hits;
  }

  // ---------------------------------------------------------------- single writes

  @Override
  public TranslationUnit add(TranslationUnit unit) {
    boolean idGiven = !unit.id().isEmpty();
    TranslationUnit u = idGiven ? unit : unit.withId(newId());
    validate(u);
    return index.write(w -> {
      if (idGiven && current(u.id()).isPresent()) {
        throw new BadInputException("a unit with id " + u.id() + " already exists", "id", "update it instead");
      }
      w.addDocument(UnitCodec.encode(u));
      index.log(UnitCodec.putRecord(u));
      recent.put(u.id(), Recent.of(index.sequence(), u));
      return u;
    });
  }

  @Override
  public Optional<TranslationUnit> get(String id) {
    Recent r = recent.get(id);
    if (r != null) return Optional.ofNullable(r.unit()).map(units::withPendingUsage);
    return index.search(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(UnitCodec.ID, id)), 1);
      if (top.scoreDocs.length == 0) return Optional.empty();
      return Optional.of(units.reader(searcher).read(top.scoreDocs[0].doc));
    });
  }

  /** The unit as the last applied write left it, durable or not: call under the index's write lock. */
  private Optional<TranslationUnit> current(String id) {
    return get(id);
  }

  /**
   * Replaces the unit with the same id: a person's correction. The unit is marked edited, which detaches it from
   * the file it came from: re-importing that file keeps it.
   */
  @Override
  public Optional<TranslationUnit> update(TranslationUnit unit) {
    return index.write(w -> {
      Optional<TranslationUnit> old = current(unit.id());
      if (old.isEmpty()) return Optional.empty();
      TranslationUnit u = unit.withUsage(Math.max(unit.usageCount(), old.get().usageCount()),
          unit.lastUsed() != null ? unit.lastUsed() : old.get().lastUsed())
          .withOrigin(unit.origin().asEdited(), unit.file());
      validate(u);
      w.updateDocument(new Term(UnitCodec.ID, u.id()), UnitCodec.encode(u));
      index.log(UnitCodec.putRecord(u));
      recent.put(u.id(), Recent.of(index.sequence(), u));
      return Optional.of(u);
    });
  }

  @Override
  public TranslationUnit store(TranslationUnit unit) {
    TranslationUnit u = unit.id().isEmpty() ? unit.withId(newId()) : unit;
    validate(u);
    return index.write(w -> {
      TranslationUnit stored = current(u.id())
          .map(old -> u.withUsage(Math.max(u.usageCount(), old.usageCount()),
              u.lastUsed() != null ? u.lastUsed() : old.lastUsed()))
          .orElse(u);
      w.updateDocument(new Term(UnitCodec.ID, stored.id()), UnitCodec.encode(stored));
      index.log(UnitCodec.putRecord(stored));
      recent.put(stored.id(), Recent.of(index.sequence(), stored));
      return stored;
    });
  }

  @Override
  public boolean delete(String id) {
    return index.write(w -> {
      if (current(id).isEmpty()) return false;
      w.deleteDocuments(new Term(UnitCodec.ID, id));
      index.log(UnitCodec.deleteRecord(id));
      recent.put(id, Recent.of(index.sequence(), null));
      units.forget(id);
      return true;
    });
  }

  /**
   * Counts one use of a unit (a translator took the match). Written lazily: committed with the next write or at
   * close, so a crash may lose the latest counts, never a unit.
   */
  public void recordUse(String id) {
    index.writeLazily(w -> {
      Optional<TranslationUnit> u = current(id);
      if (u.isEmpty()) return null;
      long[] counts = units.countUse(u.get());
      w.updateNumericDocValue(new Term(UnitCodec.ID, id), UnitCodec.USAGE, counts[0]);
      return w.updateNumericDocValue(new Term(UnitCodec.ID, id), UnitCodec.LAST_USED, counts[1]);
    });
  }

  /** Usage counts not yet visible to the searcher (zero after each commit). */
  int pendingUsage() {
    return units.pendingCount();
  }

  private static void validate(TranslationUnit u) {
    new MemoryInfo(u.memory(), 0, 0, 0);
    if (u.source().plain().isBlank()) throw new BadInputException("the source is empty", "source", "");
    if (u.target().plain().isBlank()) throw new BadInputException("the target is empty", "target", "");
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  // ---------------------------------------------------------------- memories

  /** Sets a named memory's priority and penalty (durable). */
  public MemoryInfo configure(String name, int priority, int penalty) {
    MemoryInfo info = new MemoryInfo(name, priority, penalty, 0);
    index.write(Map.of(MEMORY_CONFIG + name, priority + "," + penalty), w -> null);
    configs = readConfigs();
    return info;
  }

  private Map<String, MemoryInfo> readConfigs() {
    Map<String, MemoryInfo> m = new HashMap<>();
    index.commitData().forEach((k, v) -> {
      if (k.startsWith(MEMORY_CONFIG)) {
        String[] p = v.split(",");
        m.put(k.substring(MEMORY_CONFIG.length()),
            new MemoryInfo(k.substring(MEMORY_CONFIG.length()), Integer.parseInt(p[0]), Integer.parseInt(p[1]), 0));
      }
    });
    return Map.copyOf(m);
  }

  @Override
  public List<MemoryInfo> memories() {
    index.refreshIfStale();
    Map<String, MemoryInfo> configs = this.configs;
    Map<String, Long> counts = index.search(searcher -> {
      Map<String, Long> c = new TreeMap<>();
      Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), UnitCodec.MEMORY);
      if (terms == null) return c;
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        String name = t.utf8ToString();
        c.put(name, (long) searcher.count(new TermQuery(new Term(UnitCodec.MEMORY, name))));
      }
      return c;
    });
    return MemoryCore.memories(counts, configs);
  }

  // ---------------------------------------------------------------- import, export, sync

  @Override
  public ImportReport importTmx(InputStream in, String file, ImportOptions options) {
    index.refreshIfStale(); // the edited units the import keeps must be visible to it
    return transfer.importTmx(in, file, options, Map.of());
  }

  /**
   * As {@link #importTmx(InputStream, String, ImportOptions)}, calling {@code unitRead} after each {@code <tu>} read
   * (imported, merged or skipped), so that a job can report units done: 92 units read, 92 calls.
   */
  public ImportReport importTmx(InputStream in, String file, ImportOptions options, Runnable unitRead) {
    index.refreshIfStale();
    return transfer.importTmx(in, file, options, Map.of(), unitRead);
  }

  /**
   * Reads a TMX file as an import would, without changing the memory: what would be imported, merged and skipped.
   *
   * @throws BadInputException when the file would be rejected
   */
  public static ImportReport check(InputStream in, String file, ImportOptions options) {
    return TmxTransfer.check(in, file, options);
  }

  @Override
  public long exportTmx(OutputStream out, String memory) {
    index.refreshIfStale();
    return transfer.exportTmx(out, memory);
  }

  @Override
  public long forEachUnit(String memory, java.util.function.Consumer<TranslationUnit> action) {
    index.refreshIfStale();
    return transfer.forEachUnit(memory, action);
  }

  /**
   * Imports every {@code *.tmx} of {@code folder} and its subfolders into {@code memory} ({@link FolderSync}): a
   * changed file replaces its unedited units, an unchanged file is skipped, a removed file's unedited units are
   * removed; a file that fails is reported and the others load; an empty folder removes nothing.
   */
  @Override
  public List<ImportReport> synchronize(Path folder, String memory) {
    index.refreshIfStale();
    List<ImportReport> reports = folderSync.synchronize(folder, memory == null ? DEFAULT_MEMORY : memory);
    lastSync = List.copyOf(reports);
    return reports;
  }

  /** The reports of the last folder synchronisation (empty before the first), for the health page. */
  public List<ImportReport> lastSync() {
    return lastSync;
  }

  /**
   * Rebuilds every document from its stored unit (after an analyzer or stored-format change), in one atomic step,
   * and records the current stored format.
   */
  public long reindex() {
    return reindex(org.entente.text.Progress.NONE);
  }

  /** The same, telling {@code progress} how many of the units have been re-read. */
  public long reindex(org.entente.text.Progress progress) {
    index.refreshIfStale();
    return index.importAtomically(new MatchAllDocsQuery(), Map.of(FORMAT_KEY, Integer.toString(UnitCodec.FORMAT)),
        sink -> index.search(searcher -> {
          StoredUnits.Reader reader = units.reader(searcher);
          long total = searcher.getIndexReader().numDocs();
          long done = 0;
          for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
              if (live != null && !live.get(d)) continue;
              sink.add(UnitCodec.encode(reader.read(leaf.docBase + d)));
              if (++done % 1000 == 0) progress.at(done, total);
            }
          }
          progress.at(done, total);
          return null;
        }));
  }

  /** Commits pending usage counts. */
  public void flush() {
    index.commit();
  }

  @Override
  public void close() {
    index.close();
  }
}
