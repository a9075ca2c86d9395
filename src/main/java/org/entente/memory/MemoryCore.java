package org.entente.memory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.util.BytesRef;
import org.entente.formats.InlineText;
import org.entente.formats.TmxHeader;
import org.entente.formats.TmxWriter;
import org.entente.segment.Token;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import org.entente.text.Span;
import org.entente.text.TextNormalizer;

/**
 * The storage-independent core of the translation memory, for a backend other than the embedded Lucene index (the
 * OpenSearch one): the pre-analysed keys a unit is stored and found under, the scoring and ranking of candidates
 * ({@link MatchRanker}, so a match scores the same on every backend), the unit's stored form, TMX reading and
 * writing, concordance terms and hit offsets. {@code MemoryCore.keys(text, FR).terms()} of {@code "Les 32 Alliés."}
 * is {@code [les, #, alliés]}.
 */
public final class MemoryCore {
  /** How many candidates at most a lookup scores, besides the verbatim ones (as the embedded memory). */
  public static final int CANDIDATES = CandidateSearch.CANDIDATES;
  /** How many verbatim units at most a lookup adds past the candidate cap. */
  public static final int VERBATIM = CandidateSearch.VERBATIM;
  /** How many distinct query terms at most take part in the candidate query (the rarest kept). */
  public static final int MAX_QUERY_TERMS = CandidateSearch.MAX_QUERY_TERMS;
  /** The memory a unit or an import goes to when none is named. */
  public static final String DEFAULT_MEMORY = LuceneTranslationMemory.DEFAULT_MEMORY;

  private MemoryCore() {}

  /**
   * What a side of a unit (or a query) is stored and found under: its normalised terms ({@code #} for numbers), the
   * hash of its exact-match key with numbers folded ({@code key}) and with numbers as written ({@code exact}), its
   * concordance tokens (numbers as written) and its term count.
   */
  public record Keys(List<String> terms, String key, String exact, List<String> concordance, int length) {
    public Keys {
      terms = List.copyOf(terms);
      concordance = List.copyOf(concordance);
    }
  }

  /** The keys of one side of a unit. */
  public static Keys keys(InlineText text, Language language) {
    AnalyzedText a = AnalyzedText.of(text, language);
    List<String> concordance = new ArrayList<>(a.words().size());
    for (int i = 0; i < a.words().size(); i++) {
      Token w = a.words().get(i);
      concordance.add(w.type() == Token.Type.NUMBER ? TextNormalizer.MATCHING.apply(w.text()) : a.terms().get(i));
    }
    return new Keys(a.terms(), UnitCodec.hash(a.key()), UnitCodec.hash(a.exactKey()), concordance, a.terms().size());
  }

  /** The keys of a lookup's text, read leniently as the lookup reads it. */
  public static Keys queryKeys(String source, Language language) {
    return keys(InlineText.parseLenient(source), language);
  }

  /** A unit a lookup found, with its similarity to the query from {@link #similarityAtLeast}. */
  public record Candidate(TranslationUnit unit, int similarity) {}

  /**
   * The similarity (0–100) of a unit of normalised terms {@code unit} to a query of terms {@code query} when it can
   * reach {@code min}, else -1: the cheap exact test a backend runs on every candidate before {@link #rank} scores
   * the survivors in full, best similarity first.
   */
  public static int similarityAtLeast(List<String> query, List<String> unit, int min) {
    return FuzzyScorer.similarityAtLeast(query, unit, Math.min(min, 100));
  }

  /** Scores {@code candidates} against the lookup and keeps the best, exactly as the embedded memory does. */
  public static List<TmMatch> rank(LookupQuery q, List<Candidate> candidates, Map<String, MemoryInfo> configs) {
    Language lang = q.sourceLanguage();
    InlineText text = InlineText.parseLenient(q.source());
    if (text.plain().isBlank()) return List.of();
    return MatchRanker.rankCandidates(q, AnalyzedText.of(text, lang),
        candidates.stream().map(c -> new MatchRanker.Candidate(c.unit(), c.similarity())).toList(), configs);
  }

  /** The stored form of a unit (everything but its usage counts), as the embedded index keeps it. */
  public static byte[] encode(TranslationUnit u) {
    return UnitCodec.blob(u);
  }

  /** Reads {@link #encode}'s bytes back, with the usage counts kept beside them (0 when never used). */
  public static TranslationUnit decode(byte[] stored, long usage, long lastUsedMillis) {
    return UnitCodec.decode(new BytesRef(stored), usage, lastUsedMillis);
  }

  /** Refuses a unit no memory may hold: a bad memory name, an empty side. */
  public static void validate(TranslationUnit u) {
    new MemoryInfo(u.memory(), 0, 0, 0);
    if (u.source().plain().isBlank()) throw new BadInputException("the source is empty", "source", "");
    if (u.target().plain().isBlank()) throw new BadInputException("the target is empty", "target", "");
  }

  /** A unit's identity for the import's "edited since" test: its source language and source markup. */
  public static String sourceKey(TranslationUnit u) {
    return TmxTransfer.sourceKey(u);
  }

  /**
   * Reads a TMX stream as every import does (limits, skipped units with reasons, duplicates merged, units whose
   * source key is in {@code edited} skipped) and hands each unit to import to {@code sink}, without storing anything.
   *
   * @throws BadInputException when the file is rejected (the caller then stores nothing of it)
   */
  public static ImportReport readTmx(InputStream in, String file, ImportOptions options, Set<String> edited,
      Consumer<TranslationUnit> sink, Runnable unitRead) {
    try {
      return TmxTransfer.read(in, file, options, edited, sink::accept, unitRead);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes units as TMX 1.4b: {@code units} hands each unit to the consumer it is given. {@code srcLang} is the
   * header's source language ({@code fr}, {@code en} or {@code *all*}). Returns the number written.
   */
  public static long writeTmx(OutputStream out, String srcLang, Consumer<Consumer<TranslationUnit>> units) {
    TmxHeader header = TmxHeader.of("Entente", TmxTransfer.version(), srcLang, Instant.now());
    long[] n = new long[1];
    try (TmxWriter w = TmxWriter.open(out, header)) {
      units.accept(u -> {
        w.write(TmxUnits.toTmx(u));
        n[0]++;
      });
    }
    return n[0];
  }

  /** The concordance terms of a search text: its words, normalised as the stored concordance tokens are. */
  public static List<String> concordanceTerms(String text, Language language) {
    return AnalyzedText.tokenizer(language).tokenize(text).stream().filter(Token::isWordLike)
        .map(t -> TextNormalizer.MATCHING.apply(t.text())).toList();
  }

  /** The offsets in {@code plain} of the words whose concordance token is one of {@code terms}, in order. */
  public static List<Span> hits(String plain, Language language, Collection<String> terms) {
    Set<String> wanted = Set.copyOf(terms);
    List<Span> spans = new ArrayList<>();
    for (Token t : AnalyzedText.tokenizer(language).tokenize(plain)) {
      if (t.isWordLike() && wanted.contains(TextNormalizer.MATCHING.apply(t.text()))) {
        spans.add(new Span(t.start(), t.end()));
      }
    }
    return spans;
  }

  /**
   * The named memories a backend holds: every name with units, every configured one and {@code default}, sorted,
   * each with its settings (priority and penalty 0 when not configured) and its unit count.
   */
  public static List<MemoryInfo> memories(Map<String, Long> counts, Map<String, MemoryInfo> configs) {
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
}
