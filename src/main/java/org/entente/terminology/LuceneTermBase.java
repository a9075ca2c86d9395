package org.entente.terminology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.apache.lucene.util.BytesRef;
import org.entente.index.DataFolder;
import org.entente.index.LuceneIndex;
import org.entente.index.TokenizerAnalyzer;
import org.entente.text.Language;

/**
 * The termbase stored in Lucene ({@code indexes/terms} of the data folder) beside the memory: one document per
 * concept (the concept as JSON, its id, the file it came from, its terms normalised for exact, prefix and fuzzy
 * lookup), with every concept also held in memory for recognition. Imports replace what the same file imported
 * before, atomically; single writes are durable when they return.
 */
public final class LuceneTermBase extends HeldTermStore {
  /** The origin of concepts written through the API. */
  public static final String API_ORIGIN = "api";
  private static final String HASH_PREFIX = "terms.origin.";

  private final LuceneIndex index;
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
    Map<String, Concept> concepts = new HashMap<>();
    Map<String, String> origins = new HashMap<>();
    index.search(s -> {
      StoredFields stored = s.getIndexReader().storedFields();
      for (ScoreDoc sd : s.search(new MatchAllDocsQuery(), Math.max(1, s.getIndexReader().maxDoc())).scoreDocs) {
        Document d = stored.document(sd.doc);
        Concept c = ConceptJson.read(d.get("json"));
        concepts.put(c.id(), c);
        origins.put(c.id(), d.get("origin"));
      }
      return null;
    });
    loaded.replaceAll(concepts, origins);
  }

  @Override
  public Optional<String> originHash(String origin) {
    return Optional.ofNullable(index.commitData().get(HASH_PREFIX + origin));
  }

  @Override
  public Set<String> origins() {
    Set<String> out = new HashSet<>();
    for (String k : index.commitData().keySet()) if (k.startsWith(HASH_PREFIX)) out.add(k.substring(HASH_PREFIX.length()));
    return out;
  }

  @Override
  public Concept put(Concept concept) {
    ConceptSearch.validate(List.of(concept), "concept");
    synchronized (writes) {
      index.write(w -> {
        w.updateDocument(new org.apache.lucene.index.Term("id", concept.id()), document(concept, API_ORIGIN));
        return null;
      });
      loaded.put(concept, API_ORIGIN);
      return concept;
    }
  }

  @Override
  public boolean delete(String id) {
    synchronized (writes) {
      if (loaded.concept(id).isEmpty()) return false;
      index.write(w -> w.deleteDocuments(new org.apache.lucene.index.Term("id", id)));
      return loaded.remove(id);
    }
  }

  @Override
  public int replaceOrigin(String origin, List<Concept> concepts, String hash) {
    ConceptSearch.validate(concepts, origin);
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
      Set<String> gone = loaded.idsOf(origin);
      for (Concept c : concepts) if (loaded.concept(c.id()).isPresent()) gone.add(c.id());
      loaded.swap(gone, concepts, origin);
      return gone.size();
    }
  }

  @Override
  public Optional<Integer> replaceOriginIfChanged(String origin, List<Concept> concepts, String hash) {
    synchronized (writes) {
      if (originHash(origin).map(hash::equals).orElse(false)) return Optional.empty();
      return Optional.of(replaceOrigin(origin, concepts, hash));
    }
  }

  @Override
  public int removeOrigin(String origin) {
    synchronized (writes) {
      Map<String, String> commit = new LinkedHashMap<>();
      commit.put(HASH_PREFIX + origin, null);
      index.importAtomically(new TermQuery(new org.apache.lucene.index.Term("origin", origin)), commit, sink -> { });
      Set<String> gone = loaded.idsOf(origin);
      loaded.swap(gone, List.of(), origin);
      return gone.size();
    }
  }

  private static List<IndexableField> document(Concept c, String origin) {
    List<IndexableField> d = new ArrayList<>();
    d.add(new StringField("id", c.id(), Field.Store.YES));
    d.add(new StringField("origin", origin, Field.Store.YES));
    d.add(new StoredField("json", ConceptJson.write(c)));
    for (ConceptSearch.Key k : ConceptSearch.keys(c)) {
      d.add(new StringField("t_" + k.language().code(), k.whole(), Field.Store.NO));
      for (String w : k.words()) d.add(new StringField("w_" + k.language().code(), w, Field.Store.NO));
    }
    return d;
  }

  @Override
  protected List<String> candidates(ConceptSearch.Query q, int n) {
    Query lucene = query(q);
    return index.search(s -> {
      List<String> out = new ArrayList<>();
      StoredFields stored = s.getIndexReader().storedFields();
      for (ScoreDoc sd : s.search(lucene, n).scoreDocs) out.add(stored.document(sd.doc, Set.of("id")).get("id"));
      return out;
    });
  }

  private static Query query(ConceptSearch.Query q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    List<String> words = q.words();
    for (Language l : q.languages()) {
      String t = "t_" + l.code();
      String w = "w_" + l.code();
      switch (q.mode()) {
        case EXACT -> b.add(new TermQuery(new org.apache.lucene.index.Term(t, q.norm())), BooleanClause.Occur.SHOULD);
        case PREFIX -> {
          b.add(new PrefixQuery(new org.apache.lucene.index.Term(t, q.norm())), BooleanClause.Occur.SHOULD);
          // autocomplete inside a term: "plans nucl" finds "groupe des plans nucleaires"
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
          BooleanQuery.Builder all = new BooleanQuery.Builder();
          for (String word : words) {
            int edits = ConceptSearch.edits(word);
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

  /** Bytes of the index on disk. */
  public long sizeOnDisk() {
    return index.sizeOnDisk();
  }

  @Override
  public void close() {
    index.close();
  }
}
