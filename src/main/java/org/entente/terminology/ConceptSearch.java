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
import java.util.function.Function;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import org.entente.text.TextNormalizer;

/**
 * The termbase search both stores share: a store finds candidate concepts for one mode (the whole normalised term,
 * its beginning or words in a row, each word within 1 or 2 edits), and this ranks them by the same scores, so
 * {@code "plans nucl"} answers the Nuclear Planning Group with the same score from the embedded index and from
 * OpenSearch. Also what a concept's document holds for those lookups ({@link #keys}).
 */
public final class ConceptSearch {
  /** Levenshtein distance as a similarity: 1 - distance / longer length ("planing" to "planning": 0.875). */
  private static final LevenshteinDistance EDIT_SIMILARITY = new LevenshteinDistance();

  private ConceptSearch() {}

  /** One candidate search: the normalised query, its words, the languages asked and the mode. */
  public record Query(String norm, List<String> words, List<Language> languages, SearchMode mode) {
    public Query {
      words = List.copyOf(words);
      languages = List.copyOf(languages);
    }
  }

  /** A store's candidate search: the ids of at most {@code n} concepts that may match, best first. */
  @FunctionalInterface
  public interface Candidates {
    List<String> ids(Query query, int n);
  }

  /** A term as indexed: its language, the whole term normalised ({@code t_fr}) and its words ({@code w_fr}). */
  public record Key(Language language, String whole, List<String> words) {
    public Key {
      words = List.copyOf(words);
    }
  }

  /** The keys of every term of a concept. */
  public static List<Key> keys(Concept c) {
    List<Key> out = new ArrayList<>();
    for (Term t : c.terms()) {
      String norm = normalise(t.text());
      out.add(new Key(t.language(), norm, words(norm)));
    }
    return out;
  }

  /**
   * Concepts matching {@code query} in {@code language} (null: either), best first, at most {@code max}: in
   * {@code AUTO} mode exact matches, then prefix ones, then typo-tolerant ones.
   */
  public static List<ConceptMatch> run(String query, Language language, SearchMode mode, int max, Candidates store,
      Function<String, Optional<Concept>> concepts) {
    String norm = normalise(query == null ? "" : query);
    if (norm.isEmpty()) throw new BadInputException("empty query", "q", "give a term or the beginning of one");
    if (norm.length() > 500) throw new BadInputException("query longer than 500 characters", "q", "search for a term");
    List<Language> langs = language == null ? List.of(Language.FR, Language.EN) : List.of(language);
    Map<String, ConceptMatch> found = new LinkedHashMap<>();
    List<SearchMode> modes = mode == SearchMode.AUTO ? List.of(SearchMode.EXACT, SearchMode.PREFIX, SearchMode.FUZZY) : List.of(mode);
    List<String> words = words(norm);
    for (SearchMode m : modes) {
      if (found.size() >= max) break;
      if (m == SearchMode.FUZZY && words.isEmpty()) continue;
      List<ConceptMatch> batch = new ArrayList<>();
      for (String id : store.ids(new Query(norm, words, langs, m), Math.max(max * 4, 20))) {
        Concept c = concepts.apply(id).orElse(null);
        if (c == null || found.containsKey(id)) continue;
        ConceptMatch best = best(c, norm, langs, m);
        if (best != null) batch.add(best);
      }
      batch.sort(Comparator.comparingDouble(ConceptMatch::score).reversed().thenComparing(cm -> cm.concept().id()));
      for (ConceptMatch cm : batch) if (found.size() < max) found.putIfAbsent(cm.concept().id(), cm);
    }
    return List.copyOf(found.values());
  }

  /** Edits a fuzzy lookup allows in a word: none up to 3 letters, 1 up to 6, else 2. */
  public static int edits(String word) {
    return word.length() <= 3 ? 0 : word.length() <= 6 ? 1 : 2;
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

  /** A term or query as matched: case, accents and apostrophes folded, spaces collapsed. */
  public static String normalise(String s) {
    return TextNormalizer.MATCHING_NO_ACCENTS.apply(s).strip().replaceAll("\\s+", " ");
  }

  static List<String> words(String norm) {
    List<String> out = new ArrayList<>();
    for (String w : norm.split("[\\s'\\-/(),.]+")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  /** Refuses concepts a store must not keep: two with one id, or one without a term. */
  public static void validate(Collection<Concept> concepts, String where) {
    Set<String> seen = new HashSet<>();
    for (Concept c : concepts) {
      if (!seen.add(c.id())) throw new BadInputException("duplicate concept id '" + c.id() + "'", where, "give every concept a unique id");
      if (c.terms().isEmpty()) throw new BadInputException("concept '" + c.id() + "' has no term", where, "add at least one term");
    }
  }
}
