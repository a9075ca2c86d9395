package org.entente.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.commons.math3.stat.inference.GTest;
import org.entente.segment.Lemmatizer;
import org.entente.segment.PosTagger;
import org.entente.segment.Tokenizer;
import org.entente.terminology.Concept;
import org.entente.terminology.TermBase;
import org.entente.terminology.TermHit;
import org.entente.text.Language;

/**
 * Bilingual term extraction over aligned units, in three passes that never hold the units, each spread over the
 * cores ({@link ParallelUnits}: results merged in unit order, so any number of threads gives the same candidates).
 * Pass 1 tags each side of the first {@link ExtractionOptions#taggedUnits()} units with OpenNLP (a text met again is
 * tagged once) and counts the candidates that fit {@link TermPatterns}, by lemma key, in bounded memory; later units
 * count, by lemma key and without tagging, the candidates found so far (tagging is what costs); their
 * termhood is the C-value (frequency, less the share of longer candidates that contain them; length counts),
 * lowered by a general-language reference when one is given. Pass 2 counts, for the best candidates of each side,
 * the units where a French and an English candidate occur together; pairs are scored by association (Dice, kept when
 * the G-test says p &lt; 0.05) helped by translation evidence (words translated by the termbase or cognates sharing
 * their first four letters, as in Simard et al. 1992), linked one to one (competitive linking), and ranked by
 * association times termhood. Pass 3 collects up to three units showing each kept pair. "Groupe des plans
 * nucléaires" = "Nuclear Planning Group". Not thread-safe: one extraction at a time per instance.
 */
public final class TermExtractor {
  /** G-test statistic for p &lt; 0.05 with one degree of freedom. */
  static final double MIN_G = 3.84;
  private static final int PROGRESS_EVERY = 10_000;
  private static final int MAX_PER_UNIT = 60;
  private static final int PAIR_CAPACITY = 3_000_000;

  private final TermBase termBase;
  private final TranslationEvidence evidence;

  /** @param termBase the termbase for compositional translation and concept ids; may be empty */
  public TermExtractor(TermBase termBase) {
    this.termBase = termBase;
    this.evidence = new TranslationEvidence(termBase);
  }

  public Extraction extract(UnitSource units, ExtractionOptions options, Consumer<String> progress) {
    return extract(units, options, Set.of(), progress);
  }

  /** Extraction that never proposes a pair a terminologist rejected (its French term may pair with another). */
  public Extraction extract(UnitSource units, ExtractionOptions options, RejectedPairs rejected, Consumer<String> progress) {
    return extract(units, options, rejected.keys(), progress);
  }

  private Extraction extract(UnitSource units, ExtractionOptions options, Set<String> rejected, Consumer<String> progress) {
    long started = System.nanoTime();
    Side fr = new Side(Language.FR, options);
    Side en = new Side(Language.EN, options);
    int threads = options.threads();

    // pass 1: tag (the first taggedUnits units), match the patterns, count; later units count known candidates
    long total = ParallelUnits.run(units, threads, Tools::new,
        (tools, u, k) -> new Found[] {fr.find(tools, u.fr(), k), en.find(tools, u.en(), k)},
        (u, k, found) -> {
          fr.count(u.fr(), found[0], k);
          en.count(u.en(), found[1], k);
          if ((k + 1) % PROGRESS_EVERY == 0) {
            progress.accept("pass 1 of 3 (" + (k < options.taggedUnits() ? "tagging" : "counting") + "): " + (k + 1) + " units");
          }
        });
    progress.accept("pass 1 of 3 (tagging): " + total + " units, " + fr.counts.size() + " French and "
        + en.counts.size() + " English candidates");
    int keep = Math.max(1_000, options.max() * 20);
    fr.rank(options, keep, total);
    en.rank(options, keep, total);

    // pass 2: co-occurrence of the kept candidates
    Map<Long, int[]> pairs = new HashMap<>();
    int[] pairFloor = {0};
    ParallelUnits.run(units, threads, Tools::new,
        (tools, u, k) -> new int[][] {fr.present(tools, u.fr()), en.present(tools, u.en())},
        (u, k, present) -> {
          int[] fs = fr.countUnits(present[0]);
          int[] es = en.countUnits(present[1]);
          for (int f : fs) {
            for (int e : es) pairs.computeIfAbsent(((long) f << 32) | e, x -> new int[1])[0]++;
          }
          if (pairs.size() > PAIR_CAPACITY) {
            pairFloor[0]++;
            pairs.values().removeIf(c -> c[0] <= pairFloor[0]);
          }
          if ((k + 1) % PROGRESS_EVERY == 0) progress.accept("pass 2 of 3 (pairing): " + (k + 1) + " units");
        });
    progress.accept("pass 2 of 3 (pairing): " + pairs.size() + " co-occurring pairs");

    List<Scored> linked = link(score(pairs, fr, en, total, options, rejected));
    linked.sort(Comparator.comparingDouble((Scored s) -> -s.score).thenComparing(s -> s.f.key).thenComparing(s -> s.e.key));
    List<Scored> best = linked.subList(0, Math.min(options.max(), linked.size()));

    // pass 3: units that show each kept pair
    Map<String, List<Scored>> byFr = new HashMap<>();
    Set<String> wantedEn = new HashSet<>();
    for (Scored s : best) {
      byFr.computeIfAbsent(s.f.key, x -> new ArrayList<>()).add(s);
      wantedEn.add(s.e.key);
    }
    int[] unfilled = {best.size()};
    AtomicBoolean filled = new AtomicBoolean(best.isEmpty());
    ParallelUnits.run(units, threads, Tools::new,
        (tools, u, k) -> {
          if (filled.get()) return null;
          Set<String> frKeys = fr.keysIn(tools, u.fr(), byFr.keySet());
          return frKeys.isEmpty() ? null : List.of(frKeys, en.keysIn(tools, u.en(), wantedEn));
        },
        (u, k, keys) -> {
          if (keys == null || unfilled[0] == 0) return;
          for (String fk : keys.get(0)) {
            for (Scored s : byFr.get(fk)) {
              if (s.contexts.size() < 3 && keys.get(1).contains(s.e.key)) {
                s.contexts.add(new TermCandidate.Context(u.id(), u.fr(), u.en()));
                if (s.contexts.size() == 3 && --unfilled[0] == 0) filled.set(true);
              }
            }
          }
        });
    progress.accept("pass 3 of 3 (contexts): done");

    List<TermCandidate> out = new ArrayList<>();
    for (Scored s : best) out.add(candidate(s));
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Extraction(out, total, fr.tokens + en.tokens, (fr.tagNanos + en.tagNanos) / 1e9, seconds,
        fr.counts.size(), en.counts.size(), fr.counts.dropped() + en.counts.dropped());
  }

  private List<Scored> score(Map<Long, int[]> pairs, Side fr, Side en, long total, ExtractionOptions options,
      Set<String> rejected) {
    GTest gtest = new GTest();
    List<Scored> out = new ArrayList<>();
    for (var p : pairs.entrySet()) {
      int a = p.getValue()[0];
      if (a < options.minFrequency()) continue;
      int fi = (int) (p.getKey() >>> 32);
      int ei = (int) (p.getKey() & 0xffffffffL);
      long nf = fr.units[fi];
      long ne = en.units[ei];
      long rest = total - nf - ne + a;
      double g = 0;
      if (!(nf - a == 0 && rest == 0) && !(ne - a == 0 && rest == 0) && rest >= 0) {
        g = gtest.gDataSetsComparison(new long[] {a, nf - a}, new long[] {ne - a, rest});
      }
      if (g < MIN_G) continue;
      CandidateCounts.Candidate f = fr.kept.get(fi);
      CandidateCounts.Candidate e = en.kept.get(ei);
      if (!rejected.isEmpty() && rejected.contains(f.key + "\t" + e.key)) continue;
      double dice = 2.0 * a / (nf + ne);
      double evidence = this.evidence.of(f.key, e.key);
      double association = dice * (0.5 + 0.5 * evidence);
      out.add(new Scored(f, e, a, association, association * Math.sqrt(f.termhood * e.termhood), g));
    }
    return out;
  }

  /** Competitive linking: strongest association first, each candidate in one pair at most. */
  private static List<Scored> link(List<Scored> scored) {
    scored.sort(Comparator.comparingDouble((Scored s) -> -s.association).thenComparingDouble(s -> -s.score)
        .thenComparingDouble(s -> -s.g)
        .thenComparing(s -> s.f.key).thenComparing(s -> s.e.key));
    Set<String> usedF = new HashSet<>();
    Set<String> usedE = new HashSet<>();
    List<Scored> out = new ArrayList<>();
    for (Scored s : scored) {
      if (usedF.contains(s.f.key) || usedE.contains(s.e.key)) continue;
      usedF.add(s.f.key);
      usedE.add(s.e.key);
      out.add(s);
    }
    return out;
  }

  private TermCandidate candidate(Scored s) {
    String conceptId = null;
    boolean preferred = false;
    Concept c = wholeConcept(s.f.surface, Language.FR);
    if (c == null) c = wholeConcept(s.e.surface, Language.EN);
    if (c != null) {
      conceptId = c.id();
      preferred = c.preferred(Language.FR).map(t -> ExtractionKeys.key(t.text(), Language.FR).equals(s.f.key)).orElse(false)
          && c.preferred(Language.EN).map(t -> ExtractionKeys.key(t.text(), Language.EN).equals(s.e.key)).orElse(false);
    }
    double score = Math.round(s.score * 1000) / 1000.0;
    return new TermCandidate(s.f.surface, s.e.surface, score, s.frequency, conceptId, preferred, s.contexts);
  }

  private Concept wholeConcept(String text, Language language) {
    if (termBase.size() == 0) return null;
    for (TermHit h : termBase.recognise(text, language)) {
      if (h.start() == 0 && h.end() == text.length() && !h.nested()) return termBase.concept(h.conceptId()).orElse(null);
    }
    return null;
  }

  /** A scored pair. */
  private static final class Scored {
    final CandidateCounts.Candidate f;
    final CandidateCounts.Candidate e;
    final int frequency;
    final double association;
    final double score;
    final double g;
    final List<TermCandidate.Context> contexts = new ArrayList<>(3);

    Scored(CandidateCounts.Candidate f, CandidateCounts.Candidate e, int frequency, double association, double score, double g) {
      this.f = f;
      this.e = e;
      this.frequency = frequency;
      this.association = association;
      this.score = score;
      this.g = g;
    }
  }

  /** One thread's tools: a tokenizer and a tagger per language (OpenNLP taggers are not thread-safe). */
  private static final class Tools {
    final Tokenizer frTokenizer = new Tokenizer(Language.FR);
    final Tokenizer enTokenizer = new Tokenizer(Language.EN);
    final PosTagger frTagger = new PosTagger(Language.FR);
    final PosTagger enTagger = new PosTagger(Language.EN);

    Tokenizer tokenizer(Language language) {
      return language == Language.FR ? frTokenizer : enTokenizer;
    }

    PosTagger tagger(Language language) {
      return language == Language.FR ? frTagger : enTagger;
    }
  }

  /** A span of a unit's text that may be counted: its key, content words, and character bounds. */
  private record Occurrence(String key, int contentWords, int start, int end) {}

  /**
   * What pass 1 found in one text: pattern candidates when it was tagged, else every span (only those already known
   * are counted); the tokens tagged and the time it took (zero when the text came from the cache).
   */
  private record Found(List<Occurrence> spans, boolean tagged, int tokens, long tagNanos) {
    static final Found NONE = new Found(List.of(), true, 0, 0);
  }

  /** One language's side: its counts, and after ranking the kept candidates with exact unit counts. */
  private static final class Side {
    final Language language;
    final Tokenizer tokenizer;
    final Lemmatizer lemmatizer;
    final CandidateCounts counts;
    final int taggedUnits;
    /** Texts already tagged, with what was found: bounded, emptied when full (repeated texts are usually near). */
    final Map<String, Found> cache;
    final int cacheSize;
    long tokens;
    long tagNanos;
    List<CandidateCounts.Candidate> kept = List.of();
    final Map<String, Integer> index = new HashMap<>();
    int[] units = new int[0];

    Side(Language language, ExtractionOptions options) {
      this.language = language;
      this.tokenizer = new Tokenizer(language);
      this.lemmatizer = Lemmatizer.of(language);
      this.counts = new CandidateCounts(options.capacity());
      this.taggedUnits = options.taggedUnits();
      this.cacheSize = options.textCache();
      this.cache = cacheSize > 0 ? new ConcurrentHashMap<>() : null;
    }

    /** Pass 1, on a worker thread: the candidates of a text (tagged) or its spans (not tagged). */
    Found find(Tools tools, String text, int unit) {
      if (text.isBlank()) return Found.NONE;
      boolean tag = unit < taggedUnits;
      if (tag && cache != null) {
        Found cached = cache.get(text);
        if (cached != null) return new Found(cached.spans(), true, 0, 0);
      }
      Words w = Words.of(text, tools.tokenizer(language), lemmatizer);
      if (w.size() == 0) return Found.NONE;
      List<Occurrence> out = new ArrayList<>();
      if (!tag) {
        w.forEachSpan((key, from, to) -> out.add(new Occurrence(key, 0, w.start(from), w.end(to))));
        return new Found(out, false, 0, 0);
      }
      long t0 = System.nanoTime();
      String[] tags = tools.tagger(language).tag(w.texts());
      long nanos = System.nanoTime() - t0;
      TermPatterns.forEachCandidate(w, tags, language, (from, to, content) -> {
        String key = w.spanKey(from, to);
        if (key != null) out.add(new Occurrence(key, content, w.start(from), w.end(to)));
      });
      Found found = new Found(List.copyOf(out), true, w.size(), nanos);
      if (cache != null) {
        if (cache.size() >= cacheSize) cache.clear();
        cache.put(text, found);
      }
      return found;
    }

    /** Pass 1, on the calling thread, in unit order: counts what a text holds. */
    void count(String text, Found found, int unit) {
      tokens += found.tokens();
      tagNanos += found.tagNanos();
      for (Occurrence o : found.spans()) {
        if (found.tagged() || counts.get(o.key()) != null) {
          counts.add(o.key(), o.contentWords(), text.substring(o.start(), o.end()), unit);
        }
      }
    }

    /** Termhood (C-value, contrast) of the candidates seen often enough; keeps the best {@code keep}. */
    void rank(ExtractionOptions options, int keep, long total) {
      List<CandidateCounts.Candidate> all = counts.atLeast(options.minFrequency());
      Map<CandidateCounts.Candidate, double[]> nested = new HashMap<>();
      for (CandidateCounts.Candidate a : all) {
        String[] parts = a.key.split(" ");
        Set<String> subs = new HashSet<>();
        for (int s = 0; s < parts.length; s++) {
          for (int e = s + 1; e <= parts.length; e++) {
            if (s == 0 && e == parts.length) continue;
            subs.add(String.join(" ", Arrays.copyOfRange(parts, s, e)));
          }
        }
        for (String sub : subs) {
          CandidateCounts.Candidate b = counts.get(sub);
          if (b == null || b.units < options.minFrequency()) continue;
          double[] n = nested.computeIfAbsent(b, x -> new double[2]);
          n[0] += a.units;
          n[1]++;
        }
      }
      for (CandidateCounts.Candidate c : all) {
        double[] n = nested.get(c);
        double base = n == null ? c.units : c.units - n[0] / n[1];
        c.termhood = Math.log(1 + c.contentWords) / Math.log(2) * Math.max(base, 0);
      }
      all.removeIf(c -> c.termhood <= 0);
      all.sort(Comparator.comparingDouble((CandidateCounts.Candidate c) -> -c.termhood).thenComparing(c -> c.key));
      List<CandidateCounts.Candidate> top = new ArrayList<>(all.subList(0, Math.min(all.size(), keep * 3)));
      if (options.reference() != null) contrast(top, options.reference(), total);
      top.sort(Comparator.comparingDouble((CandidateCounts.Candidate c) -> -c.termhood).thenComparing(c -> c.key));
      kept = List.copyOf(top.subList(0, Math.min(top.size(), keep)));
      index.clear();
      for (int i = 0; i < kept.size(); i++) index.put(kept.get(i).key, i);
      units = new int[kept.size()];
    }

    /** Lowers the termhood of candidates frequent in general language: times p_domain / (p_domain + p_general). */
    private void contrast(List<CandidateCounts.Candidate> top, UnitSource reference, long domainUnits) {
      Map<String, int[]> ref = new HashMap<>();
      for (CandidateCounts.Candidate c : top) ref.put(c.key, new int[2]);
      int[] refUnits = {0};
      reference.forEach(u -> {
        int k = refUnits[0]++;
        Words w = Words.of(u.text(language), tokenizer, lemmatizer);
        w.forEachSpan((key, from, to) -> {
          int[] r = ref.get(key);
          if (r != null && r[1] != k + 1) {
            r[0]++;
            r[1] = k + 1;
          }
        });
      });
      for (CandidateCounts.Candidate c : top) {
        double pd = (double) c.units / Math.max(1, domainUnits);
        double pg = (ref.get(c.key)[0] + 0.5) / Math.max(1, refUnits[0]);
        c.termhood *= pd / (pd + pg);
      }
    }

    /** Pass 2, on a worker thread: the kept candidates present in a text, each once, in order of appearance. */
    int[] present(Tools tools, String text) {
      if (text.isBlank() || kept.isEmpty()) return new int[0];
      Words w = Words.of(text, tools.tokenizer(language), lemmatizer);
      Set<Integer> found = new java.util.LinkedHashSet<>();
      w.forEachSpan((key, from, to) -> {
        Integer i = index.get(key);
        if (i != null) found.add(i);
      });
      return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Pass 2, on the calling thread: counts the units each present candidate occurs in; the first ones are paired. */
    int[] countUnits(int[] present) {
      for (int i : present) units[i]++;
      return present.length <= MAX_PER_UNIT ? present : Arrays.copyOf(present, MAX_PER_UNIT);
    }

    Set<String> keysIn(Tools tools, String text, Set<String> wanted) {
      Set<String> out = new HashSet<>();
      if (text.isBlank()) return out;
      Words.of(text, tools.tokenizer(language), lemmatizer).forEachSpan((key, from, to) -> {
        if (wanted.contains(key)) out.add(key);
      });
      return out;
    }
  }
}
