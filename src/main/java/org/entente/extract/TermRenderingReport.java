package org.entente.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.entente.segment.Lemmatizer;
import org.entente.segment.PosTagger;
import org.entente.segment.Tokenizer;
import org.entente.terminology.Concept;
import org.entente.terminology.TermBase;
import org.entente.terminology.TermHit;
import org.entente.text.Language;

/**
 * The term-rendering report, the consistency audit before delivering a large translation: for every concept the
 * termbase recognises in the French side of the memory (concepts kept out of checks aside), how the aligned English
 * rendered it, with counts: its preferred, admitted, deprecated or superseded terms (with the unit ids to fix), and
 * renderings the termbase does not know. An unknown rendering is the English term candidate (see
 * {@link TermPatterns}) most associated (Dice, weighted by translation evidence) with the units where the concept's
 * English is missing, among those sharing a translated or cognate word with one of its French terms; units where
 * none stands out count as "not found". Concepts with the most off-glossary renderings come first. Two passes over
 * the units; only units missing a concept's English are tagged.
 */
public final class TermRenderingReport {
  private static final int MAX_UNIT_IDS = 10;
  /** Units missing a concept's English kept per concept for the assignment (the memory bound); later ones are only counted. */
  static final int MAX_MISSING_KEPT = 20_000;
  private static final int PROGRESS_EVERY = 10_000;

  private final TermBase termBase;
  private final TranslationEvidence evidence;

  public TermRenderingReport(TermBase termBase) {
    this.termBase = termBase;
    this.evidence = new TranslationEvidence(termBase);
  }

  /** Per concept: units, the known renderings' counts and ids, and the unknown ones' candidate spans. */
  private static final class Tally {
    int units;
    final Map<String, Known> known = new LinkedHashMap<>();
    int missing;
    int unexamined;
    final Map<String, Unknown> candidates = new HashMap<>();
    final List<Set<String>> missingUnits = new ArrayList<>();
    final List<String> missingIds = new ArrayList<>();
  }

  private static final class Known {
    final String status;
    int units;
    final List<String> ids = new ArrayList<>();

    Known(String status) {
      this.status = status;
    }
  }

  private static final class Unknown {
    String surface;
    int units;
  }

  public List<ConceptRendering> run(UnitSource units, Consumer<String> progress) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    Tokenizer tokenizer = new Tokenizer(Language.EN);
    Lemmatizer lemmatizer = Lemmatizer.of(Language.EN);
    PosTagger tagger = new PosTagger(Language.EN);
    int[] seen = {0};
    units.forEach(u -> {
      if (++seen[0] % PROGRESS_EVERY == 0) progress.accept("pass 1 of 2: " + seen[0] + " units");
      if (u.fr().isBlank()) return;
      Set<String> concepts = new LinkedHashSet<>();
      for (TermHit h : termBase.recognise(u.fr(), Language.FR)) {
        if (!h.nested() && inReport(h.conceptId())) concepts.add(h.conceptId());
      }
      if (concepts.isEmpty()) return;
      Map<String, Map<String, String>> english = new HashMap<>();
      if (!u.en().isBlank()) {
        for (TermHit h : termBase.recognise(u.en(), Language.EN)) {
          if (concepts.contains(h.conceptId())) {
            english.computeIfAbsent(h.conceptId(), x -> new LinkedHashMap<>()).putIfAbsent(h.term().text(), h.term().status().code());
          }
        }
      }
      Set<String> spans = null;
      for (String c : concepts) {
        Tally t = tallies.computeIfAbsent(c, x -> new Tally());
        t.units++;
        Map<String, String> found = english.get(c);
        if (found != null) {
          found.forEach((text, status) -> {
            Known k = t.known.computeIfAbsent(text, x -> new Known(status));
            k.units++;
            if ((status.equals("deprecated") || status.equals("superseded")) && k.ids.size() < MAX_UNIT_IDS) k.ids.add(u.id());
          });
          continue;
        }
        t.missing++;
        if (t.missingUnits.size() >= MAX_MISSING_KEPT) {
          t.unexamined++;
          continue;
        }
        if (spans == null) spans = candidates(u.en(), tokenizer, lemmatizer, tagger);
        Map<String, String> surfaces = new HashMap<>();
        for (String s : spans) surfaces.put(s.substring(0, s.indexOf('\t')), s.substring(s.indexOf('\t') + 1));
        for (var e : surfaces.entrySet()) {
          Unknown k = t.candidates.computeIfAbsent(e.getKey(), x -> new Unknown());
          if (k.surface == null) k.surface = e.getValue();
          k.units++;
        }
        t.missingUnits.add(surfaces.keySet());
        t.missingIds.add(u.id());
      }
    });
    // pass 2: how often each unknown candidate occurs in the whole English side, for Dice
    Map<String, int[]> frequency = new HashMap<>();
    for (Tally t : tallies.values()) for (String k : t.candidates.keySet()) frequency.putIfAbsent(k, new int[2]);
    int[] unit = {0};
    units.forEach(u -> {
      int n = ++unit[0];
      if (n % PROGRESS_EVERY == 0) progress.accept("pass 2 of 2: " + n + " units");
      if (frequency.isEmpty() || u.en().isBlank()) return;
      Words.of(u.en(), tokenizer, lemmatizer).forEachSpan((key, from, to) -> {
        int[] f = frequency.get(key);
        if (f != null && f[1] != n) {
          f[0]++;
          f[1] = n;
        }
      });
    });
    List<ConceptRendering> out = new ArrayList<>();
    tallies.forEach((id, t) -> out.add(rendering(id, t, frequency)));
    out.sort(Comparator.comparingInt((ConceptRendering r) -> -r.offGlossary()).thenComparingInt(r -> -r.units())
        .thenComparing(ConceptRendering::conceptId));
    return out;
  }

  private ConceptRendering rendering(String id, Tally t, Map<String, int[]> frequency) {
    List<Rendering> rs = new ArrayList<>();
    t.known.forEach((text, k) -> rs.add(new Rendering(text, k.status, k.units, k.ids)));
    // each unit missing the concept's English gets the candidate most associated with the concept's missing units
    // a rendering needs a word that translates or resembles a word of the French term; Dice weighted by that share
    Concept concept = termBase.concept(id).orElse(null);
    List<String> frKeys = concept == null ? List.of() : concept.terms(Language.FR).stream()
        .map(x -> ExtractionKeys.key(x.text(), Language.FR)).filter(k -> !k.isEmpty()).toList();
    Map<String, Double> dice = new HashMap<>();
    t.candidates.forEach((key, k) -> {
      double e = 0;
      for (String fk : frKeys) e = Math.max(e, evidence.of(fk, key));
      if (e > 0) dice.put(key, 2.0 * k.units / (t.missing + frequency.get(key)[0]) * (0.5 + 0.5 * e));
    });
    Map<String, List<String>> assigned = new LinkedHashMap<>();
    int notFound = 0;
    List<String> notFoundIds = new ArrayList<>();
    for (int i = 0; i < t.missingUnits.size(); i++) {
      String best = null;
      double bestScore = 0.2; // a rendering must be typical of these units, not an everyday word
      for (String key : t.missingUnits.get(i)) {
        Double d = dice.get(key);
        if (d != null && (d > bestScore || (d == bestScore && best != null && key.length() > best.length()))) {
          best = key;
          bestScore = d;
        }
      }
      if (best == null) {
        notFound++;
        if (notFoundIds.size() < MAX_UNIT_IDS) notFoundIds.add(t.missingIds.get(i));
      } else {
        assigned.computeIfAbsent(best, x -> new ArrayList<>()).add(t.missingIds.get(i));
      }
    }
    assigned.forEach((key, ids) -> rs.add(new Rendering(t.candidates.get(key).surface, null, ids.size(),
        ids.subList(0, Math.min(MAX_UNIT_IDS, ids.size())))));
    notFound += t.unexamined;
    if (notFound > 0) rs.add(new Rendering(null, null, notFound, notFoundIds));
    rs.sort(Comparator.comparingInt((Rendering r) -> -r.units()));
    int off = 0;
    for (Rendering r : rs) if (r.offGlossary()) off += r.units();
    Concept c = concept;
    String fr = c == null ? "" : c.preferred(Language.FR).map(x -> x.text()).orElse("");
    String en = c == null ? "" : c.preferred(Language.EN).map(x -> x.text()).orElse("");
    return new ConceptRendering(id, fr, en, t.units, off, rs);
  }

  private boolean inReport(String conceptId) {
    return termBase.concept(conceptId).map(c -> !c.excludedFromChecks()).orElse(false);
  }

  /** The English term candidates of a text as "key TAB surface". */
  private static Set<String> candidates(String text, Tokenizer tokenizer, Lemmatizer lemmatizer, PosTagger tagger) {
    Set<String> out = new LinkedHashSet<>();
    Words w = Words.of(text, tokenizer, lemmatizer);
    if (w.size() == 0) return out;
    String[] tags = tagger.tag(w.texts());
    TermPatterns.forEachCandidate(w, tags, Language.EN, (from, to, content) -> {
      String key = w.spanKey(from, to);
      if (key != null) out.add(key + "\t" + w.surface(from, to));
    });
    return out;
  }
}
