package org.entente.segment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.entente.text.Language;
import org.entente.text.TextNormalizer;

/**
 * Reduces a French or English word form to its dictionary lemmas, for matching only: {@code "plans"} →
 * {@code plan}, {@code "nucléaires"} → {@code nucléaire}, {@code "crises"} → {@code crise | crisis},
 * {@code "Ministers"} → {@code minister}. Uses the LanguageTool Morfologik dictionaries as described in
 * NLP-NOTES.md: the form is looked up as written, then lower-cased; the readings of the best part of speech are
 * kept (noun, then adjective, then participle, then verb); French keeps the first lemma of that class, English all of
 * them. Unknown forms get only their {@link LightStemmer light stem}. French articles and contracted prepositions map
 * to one form ({@code la}, {@code les}, {@code l’} → {@code le}).
 *
 * <p>Thread-safe: results are kept in one bounded cache shared by all threads; the Morfologik lookup objects (not
 * thread-safe, they reuse their buffers) are one per thread. Give it single words: split hyphenated compounds
 * ({@code états-majors}) first, the dictionary does not reduce them.
 */
public final class Lemmatizer {
  /** About 140 bytes a form: 200,000 forms is under 30 MB. */
  static final int DEFAULT_CACHE_SIZE = 200_000;

  private static final Map<Language, Lemmatizer> SHARED = new EnumMap<>(Language.class);
  private static final Map<String, String> FRENCH_FUNCTION_WORDS = Map.ofEntries(
      Map.entry("le", "le"), Map.entry("la", "le"), Map.entry("les", "le"), Map.entry("l'", "le"),
      Map.entry("un", "un"), Map.entry("une", "un"),
      Map.entry("de", "de"), Map.entry("d'", "de"), Map.entry("du", "de+le"), Map.entry("des", "de+le"),
      Map.entry("à", "à"), Map.entry("au", "à+le"), Map.entry("aux", "à+le"),
      Map.entry("qu'", "que"), Map.entry("que", "que"), Map.entry("jusqu'", "jusque"),
      Map.entry("lorsqu'", "lorsque"), Map.entry("puisqu'", "puisque"),
      Map.entry("n'", "ne"), Map.entry("s'", "se"), Map.entry("c'", "ce"), Map.entry("j'", "je"),
      Map.entry("m'", "me"), Map.entry("t'", "te"), Map.entry("en", "en"), Map.entry("et", "et"));

  private final Language language;
  private final Dictionary dictionary;
  private final ThreadLocal<DictionaryLookup> lookups;
  /** A size-bounded cache of word forms of at most {@link #MAX_CACHED_CHARS} characters; null: no cache. */
  private final Cache<String, Lemma> cache;
  /** Longer forms are looked up each time: no real word is that long, and a hostile text must not fill memory. */
  static final int MAX_CACHED_CHARS = 64;

  private Lemmatizer(Language language, Dictionary dictionary, int cacheSize) {
    this.language = language;
    this.dictionary = dictionary;
    this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
    this.cache = cacheSize == 0 ? null : Caffeine.newBuilder().maximumSize(cacheSize).build();
  }

  /** The one shared lemmatizer of a language (the dictionary is loaded once per process, about 0.2 s). */
  public static Lemmatizer of(Language language) {
    synchronized (SHARED) {
      return SHARED.computeIfAbsent(language, l -> new Lemmatizer(l, load(l), DEFAULT_CACHE_SIZE));
    }
  }

  private static Dictionary load(Language language) {
    String name = language == Language.FR ? "fr/french.dict" : "en/english.dict";
    URL url = Lemmatizer.class.getResource("/org/languagetool/resource/" + name);
    if (url == null) throw new IllegalStateException("the Morfologik dictionary " + name + " is not on the class path");
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Morfologik dictionary " + name, e);
    }
  }

  /** A lemmatizer with its own cache of {@code size} forms, for tests of the cache's bounds. */
  static Lemmatizer withCache(Language language, int size) {
    return new Lemmatizer(language, of(language).dictionary, size);
  }

  /** A lemmatizer without cache, for tests of the per-thread lookups. */
  static Lemmatizer uncached(Language language) {
    return new Lemmatizer(language, of(language).dictionary, 0);
  }

  public Language language() {
    return language;
  }

  /** The lemmas and stem of one word form ({@code "Défense"}, {@code "l’"}, {@code "chefs"}). */
  public Lemma lemma(String word) {
    if (cache == null || word.length() > MAX_CACHED_CHARS) return compute(word);
    return cache.get(word, this::compute);
  }

  /** How many forms are cached (for the benchmark's memory figures). */
  public int cachedForms() {
    if (cache == null) return 0;
    cache.cleanUp();
    return (int) cache.estimatedSize();
  }

  private Lemma compute(String word) {
    String w = TextNormalizer.unifyApostrophes(TextNormalizer.nfc(word));
    String lower = w.toLowerCase(Locale.ROOT);
    String stem = LightStemmer.stem(lower, language);
    if (language == Language.FR) {
      String function = FRENCH_FUNCTION_WORDS.get(lower);
      if (function != null) return new Lemma(List.of(function), stem, Lemma.FUNCTION);
    }
    int[] classes = new int[1];
    List<String> lemmas = lookup(w, classes);
    if (lemmas.isEmpty() && !lower.equals(w)) lemmas = lookup(lower, classes);
    return new Lemma(lemmas, stem, classes[0]);
  }

  /** The best-ranked lemmas of a form; {@code classes[0]} gets the classes of its readings ({@link Lemma#NOUN} ...). */
  private List<String> lookup(String form, int[] classes) {
    List<WordData> readings = lookups.get().lookup(form);
    if (readings.isEmpty()) return List.of();
    int best = Integer.MAX_VALUE;
    List<String> lemmas = new ArrayList<>(2);
    for (WordData wd : readings) {
      CharSequence tag = wd.getTag();
      CharSequence stem = wd.getStem();
      if (tag == null || stem == null) continue;
      int rank = rank(tag.toString());
      classes[0] |= rank < 4 ? 1 << rank : function(tag.toString()) ? Lemma.FUNCTION : Lemma.OTHER;
      String lemma = stem.toString().toLowerCase(Locale.ROOT);
      if (rank < best) {
        best = rank;
        lemmas.clear();
        lemmas.add(lemma);
      } else if (rank == best && language == Language.EN && !lemmas.contains(lemma)) {
        lemmas.add(lemma);
      }
    }
    return List.copyOf(lemmas);
  }

  /** Whether a dictionary tag is a preposition, conjunction, determiner or pronoun ("IN", "DT"; "P", "D m s"). */
  private boolean function(String tag) {
    if (language == Language.FR) return tag.startsWith("P") || tag.startsWith("D ") || tag.startsWith("R ") || tag.startsWith("C ");
    return tag.startsWith("IN") || tag.startsWith("CC") || tag.startsWith("DT") || tag.startsWith("PDT")
        || tag.startsWith("PRP") || tag.startsWith("W") || tag.startsWith("TO") || tag.startsWith("RP") || tag.startsWith("EX");
  }

  /** Noun (proper nouns too) 0, adjective 1, participle 2, verb 3, anything else 4. */
  private int rank(String tag) {
    if (language == Language.FR) {
      if (tag.startsWith("N ") || tag.equals("N") || tag.startsWith("Z")) return 0;
      if (tag.startsWith("J")) return 1;
      if (tag.startsWith("V") && (tag.contains(" ppa") || tag.contains(" ppr"))) return 2;
      if (tag.startsWith("V")) return 3;
      return 4;
    }
    if (tag.startsWith("NN")) return 0;
    if (tag.startsWith("JJ")) return 1;
    if (tag.startsWith("VBN") || tag.startsWith("VBG")) return 2;
    if (tag.startsWith("VB")) return 3;
    return 4;
  }
}
