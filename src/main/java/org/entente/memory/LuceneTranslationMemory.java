package org.entente.memory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
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
import org.entente.formats.TmxHeader;
import org.entente.formats.TmxReader;
import org.entente.formats.TmxUnit;
import org.entente.formats.TmxWriter;
import org.entente.formats.Xml;
import org.entente.index.DataFolder;
import org.entente.index.LuceneIndex;
import org.entente.index.TokenizerAnalyzer;
import org.entente.segment.Token;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import org.entente.text.Span;
import org.entente.text.TextNormalizer;

/**
 * The translation memory on one Lucene index ({@code data/indexes/memory}) holding every named memory. Fuzzy
 * lookup finds candidates through Lucene with filters that no unit scoring at least {@code min} can fail (length
 * range, enough shared terms, at least one of the rarest terms), then scores them exactly with {@link FuzzyScorer}.
 * Writes are durable before they return; a TMX file is imported through a staging index in one commit.
 */
public final class LuceneTranslationMemory implements TranslationMemory, AutoCloseable {
  public static final String DEFAULT_MEMORY = "default";
  static final String INDEX_NAME = "memory";
  /** How many candidates at most are scored exactly per lookup. */
  static final int CANDIDATES = 2_000;
  private static final String MEMORY_CONFIG = "memory.";
  private static final String SYNC = "sync.";

  private final LuceneIndex index;
  private final Map<String, long[]> pendingUsage = new ConcurrentHashMap<>();
  /** Named memories' settings, read from the commit data at open and after each change. */
  private volatile Map<String, MemoryInfo> configs;

  private LuceneTranslationMemory(LuceneIndex index) {
    this.index = index;
    this.configs = readConfigs();
  }

  /** Opens the memory of a data folder. */
  public static LuceneTranslationMemory open(DataFolder data) {
    return new LuceneTranslationMemory(LuceneIndex.open(data, INDEX_NAME, analyzer()));
  }

  /** Opens a memory in {@code dir} (benchmarks, tools); the caller owns the folder. */
  public static LuceneTranslationMemory open(Path dir) {
    return new LuceneTranslationMemory(LuceneIndex.open(dir, analyzer()));
  }

  static Analyzer analyzer() {
    Map<String, Analyzer> fields = new HashMap<>();
    for (Language l : Language.values()) {
      fields.put(UnitCodec.text(l), TokenizerAnalyzer.matching(l));
      fields.put(UnitCodec.matching(l), new TokenizerAnalyzer(l, TextNormalizer.MATCHING, true));
    }
    return new PerFieldAnalyzerWrapper(TokenizerAnalyzer.matching(Language.EN), fields);
  }

  @Override
  public long size() {
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
    AnalyzedText query = AnalyzedText.of(text, lang);
    if (text.plain().isBlank()) return List.of();
    Map<String, MemoryInfo> configs = configs();
    return index.search(searcher -> {
      List<int[]> candidates = exhaustive
          ? allCandidates(searcher, query, lang, q)
          : candidates(searcher, query, lang, q);
      List<TmMatch> matches = new ArrayList<>();
      var stored = searcher.storedFields();
      var leaves = searcher.getIndexReader().leaves();
      for (int[] c : candidates) {
        int doc = c[0];
        TranslationUnit unit = unit(searcher, leaves, stored, doc);
        if (!q.memories().isEmpty() && !q.memories().contains(unit.memory())) continue;
        MemoryInfo info = configs.get(unit.memory());
        int penalty = info == null ? 0 : info.penalty();
        FuzzyScorer.Result r = FuzzyScorer.score(query, AnalyzedText.of(unit.text(lang), lang),
            unit.text(lang.other()), lang.other(), penalty);
        int score = r.score();
        if (score == 100 && r.penalties().isEmpty() && inContext(q, unit, lang)) score = 101;
        if (score < q.min()) continue;
        String provenance = "memory '" + unit.memory() + "', " + unit.origin() + ", changed "
            + unit.changed() + (unit.changedBy().isEmpty() ? "" : " by " + unit.changedBy());
        matches.add(new TmMatch(unit.id(), unit.memory(), unit.text(lang).plain(), r.target().plain(), score,
            new TmMatch.Explanation(r.similarity(), r.penalties(), r.numbersSubstituted(), provenance), unit));
      }
      Comparator<TmMatch> order = Comparator.<TmMatch>comparingInt(m -> -m.score())
          .thenComparingInt(m -> -priority(configs, m.memory()))
          .thenComparing(m -> m.unit().changed(), Comparator.reverseOrder())
          .thenComparing(TmMatch::unitId);
      matches.sort(order);
      List<TmMatch> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (TmMatch m : matches) {
        if (!seen.add(m.unit().text(lang).markup() + "\u0000" + m.unit().text(lang.other()).markup())) continue;
        out.add(m);
        if (out.size() == q.max()) break;
      }
      return out;
    });
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

  private Query memoryFilter(LookupQuery q) {
    if (q.memories().isEmpty()) return null;
    return new TermInSetQuery(UnitCodec.MEMORY, q.memories().stream().map(BytesRef::new).toList());
  }

  /** Candidate documents with their similarity (≥ min), found through the index. */
  private List<int[]> candidates(IndexSearcher searcher, AnalyzedText query, Language lang, LookupQuery q)
      throws IOException {
    int min = q.min();
    List<String> terms = query.terms();
    int n = terms.size();
    BooleanQuery.Builder main = new BooleanQuery.Builder();
    Query memories = memoryFilter(q);
    if (memories != null) main.add(memories, BooleanClause.Occur.FILTER);
    if (min >= 100 || n == 0) {
      main.add(new TermQuery(new Term(UnitCodec.key(lang), UnitCodec.hash(query.key()))), BooleanClause.Occur.MUST);
    } else {
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
      BooleanQuery.Builder rare = new BooleanQuery.Builder();
      for (String t : byRarity.subList(0, Math.min(u, u - k + 1))) {
        rare.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
      }
      BooleanQuery.Builder all = new BooleanQuery.Builder().setMinimumNumberShouldMatch(k);
      for (String t : distinct) all.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
      main.add(all.build(), BooleanClause.Occur.MUST);
      main.add(rare.build(), BooleanClause.Occur.FILTER);
      main.add(IntField.newRangeQuery(UnitCodec.length(lang), lenMin, lenMax), BooleanClause.Occur.FILTER);
    }
    TopDocs top = searcher.search(main.build(), CANDIDATES);
    int[] docs = new int[top.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) docs[i] = top.scoreDocs[i].doc;
    java.util.Arrays.sort(docs);
    return withSimilarity(searcher, docs, query, lang, min);
  }

  private static List<int[]> withSimilarity(IndexSearcher searcher, int[] docs, AnalyzedText query, Language lang,
      int min) throws IOException {
    List<int[]> out = new ArrayList<>();
    var leaves = searcher.getIndexReader().leaves();
    int leafIndex = -1;
    BinaryDocValues seq = null;
    LeafReaderContext leaf = null;
    for (int doc : docs) {
      int li = ReaderUtil.subIndex(doc, leaves);
      if (li != leafIndex) {
        leafIndex = li;
        leaf = leaves.get(li);
        seq = DocValues.getBinary(leaf.reader(), UnitCodec.sequence(lang));
      }
      if (!seq.advanceExact(doc - leaf.docBase)) continue;
      int sim = FuzzyScorer.similarityAtLeast(query.terms(), UnitCodec.terms(seq.binaryValue()), Math.min(min, 100));
      if (sim >= 0) out.add(new int[] {doc, sim});
    }
    return out;
  }

  /** Every live document with similarity ≥ min: exhaustive scoring. */
  private List<int[]> allCandidates(IndexSearcher searcher, AnalyzedText query, Language lang, LookupQuery q)
      throws IOException {
    List<int[]> out = new ArrayList<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      BinaryDocValues seq = DocValues.getBinary(r, UnitCodec.sequence(lang));
      for (int d = seq.nextDoc(); d != BinaryDocValues.NO_MORE_DOCS; d = seq.nextDoc()) {
        if (live != null && !live.get(d)) continue;
        int sim = FuzzyScorer.similarityAtLeast(query.terms(), UnitCodec.terms(seq.binaryValue()), Math.min(q.min(), 100));
        if (sim >= 0) out.add(new int[] {leaf.docBase + d, sim});
      }
    }
    return out;
  }

  private TranslationUnit unit(IndexSearcher searcher, List<LeafReaderContext> leaves,
      org.apache.lucene.index.StoredFields stored, int doc) throws IOException {
    BytesRef blob = stored.document(doc, Set.of(UnitCodec.BLOB)).getBinaryValue(UnitCodec.BLOB);
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    long usage = numeric(leaf.reader(), UnitCodec.USAGE, doc - leaf.docBase);
    long last = numeric(leaf.reader(), UnitCodec.LAST_USED, doc - leaf.docBase);
    TranslationUnit u = UnitCodec.decode(blob, usage, last);
    long[] pending = pendingUsage.get(u.id());
    if (pending != null && pending[0] > usage) {
      u = u.withUsage(pending[0], Instant.ofEpochMilli(pending[1]));
    }
    return u;
  }

  private static long numeric(LeafReader r, String field, int doc) throws IOException {
    NumericDocValues v = r.getNumericDocValues(field);
    return v != null && v.advanceExact(doc) ? v.longValue() : 0;
  }

  // ---------------------------------------------------------------- concordance

  @Override
  public List<ConcordanceHit> concordance(String text, Language language, int max) {
    return concordance(text, language, max, List.of());
  }

  /** Concordance restricted to some named memories (all when empty). */
  public List<ConcordanceHit> concordance(String text, Language language, int max, List<String> memories) {
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
      if (!memories.isEmpty()) {
        b.add(new TermInSetQuery(UnitCodec.MEMORY, memories.stream().map(BytesRef::new).toList()),
            BooleanClause.Occur.FILTER);
      }
      Query query = b.build();
      hits.addAll(index.search(searcher -> {
        TopDocs top = searcher.search(query, max);
        var leaves = searcher.getIndexReader().leaves();
        var stored = searcher.storedFields();
        Highlights highlights = new Highlights(index.analyzer());
        List<ConcordanceHit> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
          TranslationUnit u = unit(searcher, leaves, stored, sd.doc);
          String plain = u.text(lang).plain();
          List<Span> spans = highlights.spans(field, query, plain);
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
    TranslationUnit u = unit.id().isEmpty() ? unit.withId(newId()) : unit;
    validate(u);
    if (get(u.id()).isPresent()) {
      throw new BadInputException("a unit with id " + u.id() + " already exists", "id", "update it instead");
    }
    index.write(w -> w.addDocument(UnitCodec.encode(u)));
    return u;
  }

  @Override
  public Optional<TranslationUnit> get(String id) {
    return index.search(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(UnitCodec.ID, id)), 1);
      if (top.scoreDocs.length == 0) return Optional.empty();
      return Optional.of(unit(searcher, searcher.getIndexReader().leaves(), searcher.storedFields(),
          top.scoreDocs[0].doc));
    });
  }

  @Override
  public Optional<TranslationUnit> update(TranslationUnit unit) {
    Optional<TranslationUnit> old = get(unit.id());
    if (old.isEmpty()) return Optional.empty();
    TranslationUnit u = unit.withUsage(Math.max(unit.usageCount(), old.get().usageCount()),
        unit.lastUsed() != null ? unit.lastUsed() : old.get().lastUsed());
    validate(u);
    index.write(w -> w.updateDocument(new Term(UnitCodec.ID, u.id()), UnitCodec.encode(u)));
    return Optional.of(u);
  }

  @Override
  public boolean delete(String id) {
    if (get(id).isEmpty()) return false;
    index.write(w -> w.deleteDocuments(new Term(UnitCodec.ID, id)));
    pendingUsage.remove(id);
    return true;
  }

  /**
   * Counts one use of a unit (a translator took the match). Written lazily: committed with the next write or at
   * close, so a crash may lose the latest counts, never a unit.
   */
  public void recordUse(String id) {
    Optional<TranslationUnit> u = get(id);
    if (u.isEmpty()) return;
    long now = Instant.now().toEpochMilli();
    long[] counts = pendingUsage.compute(id, (k, v) -> {
      long base = Math.max(v == null ? 0 : v[0], u.get().usageCount());
      return new long[] {base + 1, now};
    });
    index.writeLazily(w -> {
      w.updateNumericDocValue(new Term(UnitCodec.ID, id), UnitCodec.USAGE, counts[0]);
      return w.updateNumericDocValue(new Term(UnitCodec.ID, id), UnitCodec.LAST_USED, counts[1]);
    });
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

  private Map<String, MemoryInfo> configs() {
    return configs;
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
    Map<String, MemoryInfo> configs = configs();
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
    Set<String> names = new java.util.TreeSet<>(counts.keySet());
    names.addAll(configs.keySet());
    names.add(DEFAULT_MEMORY);
    List<MemoryInfo> out = new ArrayList<>();
    for (String n : names) {
      MemoryInfo c = configs.get(n);
      out.add(new MemoryInfo(n, c == null ? 0 : c.priority(), c == null ? 0 : c.penalty(), counts.getOrDefault(n, 0L)));
    }
    return out;
  }

  // ---------------------------------------------------------------- import, export, sync

  @Override
  public ImportReport importTmx(InputStream in, String file, ImportOptions options) {
    return importTmx(in, file, options, Map.of());
  }

  private ImportReport importTmx(InputStream in, String file, ImportOptions options, Map<String, String> commitData) {
    Query replaced = options.replaceFile()
        ? new BooleanQuery.Builder()
            .add(new TermQuery(new Term(UnitCodec.FILE, file)), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(UnitCodec.MEMORY, options.memory())), BooleanClause.Occur.FILTER).build()
        : null;
    ImportReport[] report = new ImportReport[1];
    index.importAtomically(replaced, commitData, sink -> report[0] = readTmx(in, file, options,
        u -> sink.add(UnitCodec.encode(u.withId(newId())))));
    return report[0];
  }

  /**
   * Reads a TMX file as an import would, without changing the memory: what would be imported, merged and skipped.
   *
   * @throws BadInputException when the file would be rejected
   */
  public static ImportReport check(InputStream in, String file, ImportOptions options) {
    try {
      return readTmx(in, file, options, u -> { });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface UnitSink {
    void accept(TranslationUnit u) throws IOException;
  }

  private static ImportReport readTmx(InputStream in, String file, ImportOptions options, UnitSink sink)
      throws IOException {
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
        TmxUnits.Conversion c = TmxUnits.convert(tu, header[0], file, memory, options.maxSegmentChars());
        for (String v : c.variantsSkipped()) variantsSkipped.merge(v, 1, Integer::sum);
        if (c.unit() == null) {
          skipped.merge(c.skipReason(), 1, Integer::sum);
          if (warnings.size() < 20) warnings.add(file + ":" + tu.line() + ": unit skipped: " + c.skipReason());
          return;
        }
        TranslationUnit u = c.unit();
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

  @Override
  public long exportTmx(OutputStream out, String memory) {
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

  @Override
  public long forEachUnit(String memory, java.util.function.Consumer<TranslationUnit> action) {
    return index.search(searcher -> eachUnit(searcher,
        memory == null ? new MatchAllDocsQuery() : new TermQuery(new Term(UnitCodec.MEMORY, memory)), action::accept));
  }

  /** Receives units one by one; may throw what the caller's writing throws. */
  private interface EachUnit {
    void accept(TranslationUnit unit) throws java.io.IOException;
  }

  private long eachUnit(IndexSearcher searcher, Query q, EachUnit sink) throws java.io.IOException {
    long n = 0;
    var stored = searcher.storedFields();
    var leaves = searcher.getIndexReader().leaves();
    var weight = searcher.createWeight(searcher.rewrite(q), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : leaves) {
      Bits live = leaf.reader().getLiveDocs();
      var scorer = weight.scorer(leaf);
      if (scorer == null) continue;
      var it = scorer.iterator();
      for (int d = it.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (live != null && !live.get(d)) continue;
        sink.accept(unit(searcher, leaves, stored, leaf.docBase + d));
        n++;
      }
    }
    return n;
  }

  private static String version() {
    String v = LuceneTranslationMemory.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /**
   * Imports every {@code *.tmx} of {@code folder} into {@code memory}: a file whose content (SHA-256) changed
   * replaces what it imported before, an unchanged file is skipped, a removed file's units are removed. A file
   * that fails leaves its earlier units in place and is reported with its error.
   */
  @Override
  public List<ImportReport> synchronize(Path folder, String memory) {
    String mem = memory == null ? DEFAULT_MEMORY : memory;
    List<ImportReport> reports = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tmx"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    String prefix = SYNC + mem + ".";
    Map<String, String> known = new LinkedHashMap<>();
    index.commitData().forEach((k, v) -> {
      if (k.startsWith(prefix)) known.put(k.substring(prefix.length()), v);
    });
    Set<String> present = new HashSet<>();
    for (Path f : files) {
      String name = folder.getFileName() + "/" + f.getFileName();
      present.add(name);
      String hash = sha256(f);
      if (hash.equals(known.get(name))) {
        reports.add(ImportReport.unchanged(name, mem));
        continue;
      }
      try (InputStream in = Files.newInputStream(f)) {
        reports.add(importTmx(in, name, ImportOptions.DEFAULT.withMemory(mem), Map.of(prefix + name, hash)));
      } catch (BadInputException e) {
        reports.add(ImportReport.failed(name, mem, e.describe()));
      } catch (IOException e) {
        reports.add(ImportReport.failed(name, mem, e.getMessage()));
      }
    }
    for (String gone : known.keySet()) {
      if (present.contains(gone)) continue;
      Map<String, String> update = new HashMap<>();
      update.put(prefix + gone, null);
      index.write(update, w -> w.deleteDocuments(new BooleanQuery.Builder()
          .add(new TermQuery(new Term(UnitCodec.FILE, gone)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(UnitCodec.MEMORY, mem)), BooleanClause.Occur.FILTER).build()));
      reports.add(ImportReport.failed(gone, mem, "file removed; its units were removed"));
    }
    return reports;
  }

  private static String sha256(Path f) {
    try (InputStream in = Files.newInputStream(f)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Rebuilds every document from its stored unit (after an analyzer change), in one atomic step. */
  public long reindex() {
    return index.importAtomically(new MatchAllDocsQuery(), Map.of(), sink -> index.search(searcher -> {
      var stored = searcher.storedFields();
      var leaves = searcher.getIndexReader().leaves();
      for (LeafReaderContext leaf : leaves) {
        Bits live = leaf.reader().getLiveDocs();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) continue;
          sink.add(UnitCodec.encode(unit(searcher, leaves, stored, leaf.docBase + d)));
        }
      }
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
