package org.entente.terminology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.util.BytesRef;
import org.entente.formats.TermEntryJson;
import org.entente.index.DataFolder;
import org.entente.index.LuceneIndex;
import org.entente.index.TokenizerAnalyzer;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import org.entente.text.TextNormalizer;

/**
 * The termbase stored in Lucene ({@code indexes/terms} of the data folder) beside the memory: one document per
 * concept (the concept as JSON, its id, the file it came from, its terms normalised for exact, prefix and fuzzy
 * lookup), with every concept also held in memory for recognition. Imports replace what the same file imported
 * before, atomically; single writes are durable when they return.
 */
public final class LuceneTermBase implements TermBase, AutoCloseable {
  /** The origin of concepts written through the API. */
  public static final String API_ORIGIN = "api";
  private static final String HASH_PREFIX = "terms.origin.";

  /** Levenshtein distance as a similarity: 1 - distance / longer length ("planing" to "planning": 0.875). */
  private static final LevenshteinDistance EDIT_SIMILARITY = new LevenshteinDistance();

  private final LuceneIndex index;
  private final Map<String, Concept> byId = new ConcurrentHashMap<>();
  private final Map<String, String> originById = new ConcurrentHashMap<>();
  private final TermRecognizer recognizer = new TermRecognizer();
  private final Object writes = new Object();

  private LuceneTermBase(LuceneIndex index) {
    this.index = index;
    load();
  }

  /** Opens (or creates) the termbase of a data folder. */
  public static LuceneTermBase open(DataFolder data) {
    return new LuceneTermBase(LuceneIndex.open(data, "terms", TokenizerAnalyzer.matching(Language.EN)));
  }

  private void load() {
    index.search(s -> {
      StoredFields stored = s.getIndexReader().storedFields();
      for (ScoreDoc sd : s.search(new MatchAllDocsQuery(), Math.max(1, s.getIndexReader().maxDoc())).scoreDocs) {
        Document d = stored.document(sd.doc);
        Concept c = ConceptEntries.concept(TermEntryJson.read(d.get("json")));
        byId.put(c.id(), c);
        originById.put(c.id(), d.get("origin"));
      }
      return null;
    });
    recognizer.replaceAll(byId.values());
  }

  @Override
  public List<TermHit> recognise(String text, Language language) {
    return recognizer.recognise(text, language);
  }

  @Override
  public List<TermHit> recognise(String text, Language language, SubjectFields fields) {
    return recognizer.recognise(text, language, fields);
  }

  @Override
  public Optional<Concept> concept(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public int size() {
    return byId.size();
  }

  @Override
  public List<Concept> concepts() {
    return byId.values().stream().sorted(Comparator.comparing(Concept::id)).toList();
  }

  /** The file (or {@value #API_ORIGIN}) a concept came from. */
  public Optional<String> origin(String id) {
    return Optional.ofNullable(originById.get(id));
  }

  /** The content hash recorded when {@code origin} was last imported, or empty. */
  public Optional<String> originHash(String origin) {
    return Optional.ofNullable(index.commitData().get(HASH_PREFIX + origin));
  }

  /** The files imported so far. */
  public Set<String> origins() {
    Set<String> out = new HashSet<>();
    for (String k : index.commitData().keySet()) if (k.startsWith(HASH_PREFIX)) out.add(k.substring(HASH_PREFIX.length()));
    return out;
  }

  @Override
  public Concept put(Concept concept) {
    validate(List.of(concept), "concept");
    synchronized (writes) {
      Concept stamped = concept;
      index.write(w -> {
        w.updateDocument(new org.apache.lucene.index.Term("id", stamped.id()), document(stamped, API_ORIGIN));
        return null;
      });
      Concept old = byId.put(stamped.id(), stamped);
      recognizer.replace(old, stamped);
      originById.put(stamped.id(), API_ORIGIN);
      return stamped;
    }
  }

  @Override
  public boolean delete(String id) {
    synchronized (writes) {
      if (!byId.containsKey(id)) return false;
      index.write(w -> w.deleteDocuments(new org.apache.lucene.index.Term("id", id)));
      Concept old = byId.remove(id);
      originById.remove(id);
      if (old != null) recognizer.remove(old);
      return true;
    }
  }

  /**
   * Replaces in one atomic step everything {@code origin} (a file) imported before, and any concept with the same
   * id, by {@code concepts}; records {@code hash} so that an unchanged file can be skipped next time.
   *
   * @return how many concepts were replaced (the file's earlier concepts and same-id ones)
   */
  public int replaceOrigin(String origin, List<Concept> concepts, String hash) {
    validate(concepts, origin);
    synchronized (writes) {
      List<BytesRef> ids = concepts.stream().map(c -> new BytesRef(c.id())).toList();
      Query replaced = new BooleanQuery.Builder()
          .add(new TermQuery(new org.apache.lucene.index.Term("origin", origin)), BooleanClause.Occur.SHOULD)
          .add(new TermInSetQuery("id", ids), BooleanClause.Occur.SHOULD).build();
      Map<String, String> commit = new LinkedHashMap<>();
      commit.put(HASH_PREFIX + origin, hash);
      index.importAtomically(replaced, commit, sink -> {
        for (Concept c : concepts) sink.add(document(c, origin));
      });
      Set<String> gone = new HashSet<>();
      originById.forEach((id, o) -> { if (o.equals(origin)) gone.add(id); });
      for (Concept c : concepts) if (byId.containsKey(c.id())) gone.add(c.id());
      swap(gone, concepts, origin);
      return gone.size();
    }
  }

  /** Removes everything a file imported (when the file is gone). */
  public int removeOrigin(String origin) {
    synchronized (writes) {
      Map<String, String> commit = new LinkedHashMap<>();
      commit.put(HASH_PREFIX + origin, null);
      index.importAtomically(new TermQuery(new org.apache.lucene.index.Term("origin", origin)), commit, sink -> { });
      List<String> gone = originById.entrySet().stream().filter(e -> e.getValue().equals(origin)).map(Map.Entry::getKey).toList();
      swap(Set.copyOf(gone), List.of(), origin);
      return gone.size();
    }
  }

  /**
   * Replaces the {@code gone} concepts by {@code added} in memory: the new concepts are visible by id first, then the
   * recognizer rebuilt with them is swapped in, then the gone ones are dropped; a concurrent check sees the old
   * recognizer or the new one, and every concept a hit names can be looked up.
   */
  private void swap(Set<String> gone, List<Concept> added, String origin) {
    Map<String, Concept> next = new LinkedHashMap<>(byId);
    next.keySet().removeAll(gone);
    for (Concept c : added) next.put(c.id(), c);
    for (Concept c : added) {
      byId.put(c.id(), c);
      originById.put(c.id(), origin);
    }
    recognizer.replaceAll(next.values());
    for (String id : gone) {
      if (next.containsKey(id)) continue;
      byId.remove(id);
      originById.remove(id);
    }
  }

  private static void validate(Collection<Concept> concepts, String where) {
    Set<String> seen = new HashSet<>();
    for (Concept c : concepts) {
      if (!seen.add(c.id())) throw new BadInputException("duplicate concept id '" + c.id() + "'", where, "give every concept a unique id");
      if (c.terms().isEmpty()) throw new BadInputException("concept '" + c.id() + "' has no term", where, "add at least one term");
    }
  }

  private static List<IndexableField> document(Concept c, String origin) {
    List<IndexableField> d = new ArrayList<>();
    d.add(new StringField("id", c.id(), Field.Store.YES));
    d.add(new StringField("origin", origin, Field.Store.YES));
    d.add(new StoredField("json", TermEntryJson.write(ConceptEntries.entry(c))));
    for (Term t : c.terms()) {
      String norm = normalise(t.text());
      d.add(new StringField("t_" + t.language().code(), norm, Field.Store.NO));
      for (String w : words(norm)) d.add(new StringField("w_" + t.language().code(), w, Field.Store.NO));
    }
    return d;
  }

  static String normalise(String s) {
    return TextNormalizer.MATCHING_NO_ACCENTS.apply(s).strip().replaceAll("\\s+", " ");
  }

  private static List<String> words(String norm) {
    List<String> out = new ArrayList<>();
    for (String w : norm.split("[\\s'\\-/(),.]+")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  @Override
  public List<ConceptMatch> search(String query, Language language, SearchMode mode, int max) {
    String norm = normalise(query == null ? "" : query);
    if (norm.isEmpty()) throw new BadInputException("empty query", "q", "give a term or the beginning of one");
    if (norm.length() > 500) throw new BadInputException("query longer than 500 characters", "q", "search for a term");
    List<Language> langs = language == null ? List.of(Language.FR, Language.EN) : List.of(language);
    Map<String, ConceptMatch> found = new LinkedHashMap<>();
    List<SearchMode> modes = mode == SearchMode.AUTO ? List.of(SearchMode.EXACT, SearchMode.PREFIX, SearchMode.FUZZY) : List.of(mode);
    for (SearchMode m : modes) {
      if (found.size() >= max) break;
      Query q = query(norm, langs, m);
      if (q == null) continue;
      List<String> ids = index.search(s -> {
        List<String> out = new ArrayList<>();
        StoredFields stored = s.getIndexReader().storedFields();
        for (ScoreDoc sd : s.search(q, Math.max(max * 4, 20)).scoreDocs) out.add(stored.document(sd.doc, Set.of("id")).get("id"));
        return out;
      });
      List<ConceptMatch> batch = new ArrayList<>();
      for (String id : ids) {
        Concept c = byId.get(id);
        if (c == null || found.containsKey(id)) continue;
        ConceptMatch best = best(c, norm, langs, m);
        if (best != null) batch.add(best);
      }
      batch.sort(Comparator.comparingDouble(ConceptMatch::score).reversed().thenComparing(cm -> cm.concept().id()));
      for (ConceptMatch cm : batch) if (found.size() < max) found.putIfAbsent(cm.concept().id(), cm);
    }
    return List.copyOf(found.values());
  }

  private static Query query(String norm, List<Language> langs, SearchMode mode) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Language l : langs) {
      String t = "t_" + l.code();
      String w = "w_" + l.code();
      switch (mode) {
        case EXACT -> b.add(new TermQuery(new org.apache.lucene.index.Term(t, norm)), BooleanClause.Occur.SHOULD);
        case PREFIX -> {
          b.add(new PrefixQuery(new org.apache.lucene.index.Term(t, norm)), BooleanClause.Occur.SHOULD);
          // autocomplete inside a term: "plans nucl" finds "groupe des plans nucleaires"
          List<String> words = words(norm);
          if (!words.isEmpty()) {
            BooleanQuery.Builder inner = new BooleanQuery.Builder();
            for (int i = 0; i < words.size() - 1; i++) {
              inner.add(new TermQuery(new org.apache.lucene.index.Term(w, words.get(i))), BooleanClause.Occur.MUST);
            }
            inner.add(new PrefixQuery(new org.apache.lucene.index.Term(w, words.get(words.size() - 1))), BooleanClause.Occur.MUST);
            b.add(inner.build(), BooleanClause.Occur.SHOULD);
          }
        }
        case FUZZY -> {
          List<String> words = words(norm);
          if (words.isEmpty()) return null;
          BooleanQuery.Builder all = new BooleanQuery.Builder();
          for (String word : words) {
            int edits = word.length() <= 3 ? 0 : word.length() <= 6 ? 1 : 2;
            all.add(new FuzzyQuery(new org.apache.lucene.index.Term(w, word), edits, edits == 0 ? 0 : 1),
                BooleanClause.Occur.MUST);
          }
          b.add(all.build(), BooleanClause.Occur.SHOULD);
        }
        default -> { }
      }
    }
    return b.build();
  }

  private static ConceptMatch best(Concept c, String norm, List<Language> langs, SearchMode mode) {
    ConceptMatch best = null;
    for (Term t : c.terms()) {
      if (!langs.contains(t.language())) continue;
      String tn = normalise(t.text());
      double score = switch (mode) {
        case EXACT -> tn.equals(norm) ? 1.0 : -1;
        case PREFIX -> tn.startsWith(norm) ? Math.min(0.99, (double) norm.length() / tn.length())
            : startsWordSequence(words(tn), words(norm)) ? Math.min(0.99, 0.9 * norm.length() / tn.length()) : -1;
        default -> Math.max(0, EDIT_SIMILARITY.getDistance(tn, norm)) * 0.98;
      };
      if (score < 0) continue;
      if (best == null || score > best.score() || (score == best.score() && t.status().compareTo(best.term().status()) < 0)) {
        best = new ConceptMatch(c, t, mode, score);
      }
    }
    return best;
  }

  /** Whether {@code query} words appear in a row in {@code term}, the last one as a prefix. */
  private static boolean startsWordSequence(List<String> term, List<String> query) {
    if (query.isEmpty()) return false;
    for (int s = 0; s + query.size() <= term.size(); s++) {
      boolean ok = true;
      for (int i = 0; i < query.size() && ok; i++) {
        String t = term.get(s + i);
        String q = query.get(i);
        ok = i == query.size() - 1 ? t.startsWith(q) : t.equals(q);
      }
      if (ok) return true;
    }
    return false;
  }

  /** Bytes of the index on disk. */
  public long sizeOnDisk() {
    return index.sizeOnDisk();
  }

  @Override
  public void close() {
    index.close();
  }
}
