package org.entente.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.align.Bead;
import org.entente.segment.Tokenizer;
import org.entente.terminology.Concept;
import org.entente.terminology.TermBase;
import org.entente.terminology.TermHit;
import org.entente.text.Language;

/**
 * Everything a check reads, computed once per request: the draft and source segments, the draft's sentences, the
 * beads pairing them with the source, and the term hits on both sides (concepts kept out of checks removed).
 */
public final class CheckContext {
  private final CheckRequest request;
  private final TermBase termBase;
  private final List<Part> sourceSentences;
  private final List<Part> sentences;
  private final List<Bead> beads;
  private final List<List<TermHit>> draftHits;
  private final List<List<TermHit>> sourceHits;
  private final List<HitIndex> draftIndex;
  private final List<HitIndex> sourceIndex;
  private final Map<String, Optional<Concept>> concepts = new ConcurrentHashMap<>();
  private final Tokenizer draftTokenizer;
  private final Tokenizer sourceTokenizer;

  CheckContext(CheckRequest request, TermBase termBase, List<Part> sourceSentences, List<Part> sentences,
      List<Bead> beads) {
    this.request = request;
    this.termBase = termBase;
    this.sourceSentences = List.copyOf(sourceSentences);
    this.sentences = List.copyOf(sentences);
    this.beads = List.copyOf(beads);
    this.draftHits = recognise(request.draft(), request.draftLanguage());
    this.sourceHits = recognise(request.source(), request.sourceLanguage());
    this.draftIndex = draftHits.stream().map(HitIndex::new).toList();
    this.sourceIndex = sourceHits.stream().map(HitIndex::new).toList();
    this.draftTokenizer = new Tokenizer(request.draftLanguage());
    this.sourceTokenizer = new Tokenizer(request.sourceLanguage());
  }

  private List<List<TermHit>> recognise(List<String> texts, Language language) {
    List<List<TermHit>> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(t.isEmpty() ? List.of() : termBase.recognise(t, language).stream().filter(h -> inChecks(h.conceptId())).toList());
    }
    return Collections.unmodifiableList(out);
  }

  public CheckConfig config() {
    return request.config();
  }

  public boolean hasSource() {
    return request.hasSource();
  }

  public boolean wholeDocument() {
    return request.documents() || request.config().wholeDocument();
  }

  public Language draftLanguage() {
    return request.draftLanguage();
  }

  public Language sourceLanguage() {
    return request.sourceLanguage();
  }

  public List<String> draft() {
    return request.draft();
  }

  public List<String> source() {
    return request.source();
  }

  /** The draft's sentences (documents) or segments (segment lists), in text order. */
  public List<Part> sentences() {
    return sentences;
  }

  /**
   * The beads pairing source sentences (or segments) with the draft's, French on the {@code fr} side; with no
   * source each bead holds one draft sentence alone. {@link #sourceParts} and {@link #draftParts} read their text.
   */
  public List<Bead> beads() {
    return beads;
  }

  /** Where the source sentences of {@code bead} are: {@code [0, 1]} on the source side is two parts. */
  public List<Part> sourceParts(Bead bead) {
    return bead.side(request.sourceLanguage()).stream().map(sourceSentences::get).toList();
  }

  /** Where the draft sentences of {@code bead} are. */
  public List<Part> draftParts(Bead bead) {
    return bead.side(request.draftLanguage()).stream().map(sentences::get).toList();
  }

  public String draftText(Part p) {
    return request.draft().get(p.segment()).substring(p.start(), p.end());
  }

  public String sourceText(Part p) {
    return request.source().get(p.segment()).substring(p.start(), p.end());
  }

  /** Every term hit in a draft segment, nested ones included, in text order. */
  public List<TermHit> draftHits(int segment) {
    return draftHits.get(segment);
  }

  public List<TermHit> sourceHits(int segment) {
    return sourceHits.get(segment);
  }

  /** The hits of a draft or source part ({@code draftSide}), optionally only the outermost, in text order. */
  public List<TermHit> hits(Part p, boolean draftSide, boolean outermostOnly) {
    HitIndex index = (draftSide ? draftIndex : sourceIndex).get(p.segment());
    List<TermHit> out = new ArrayList<>();
    // only hits starting inside the part can lie inside it: a binary search finds the first
    for (int k = index.firstStartingAt(p.start()); k < index.sorted.size(); k++) {
      TermHit h = index.sorted.get(k);
      if (h.start() >= p.end()) break;
      if (h.end() <= p.end() && (!outermostOnly || !h.nested())) out.add(h);
    }
    return out;
  }

  /** The draft hits of a segment that cover {@code start..end}: those of "Ukraine Defense Contact Group" for "Defense". */
  public List<TermHit> draftHitsCovering(int segment, int start, int end) {
    HitIndex index = draftIndex.get(segment);
    List<TermHit> out = new ArrayList<>();
    for (int k = index.firstStartingAt(start - index.longest); k < index.sorted.size(); k++) {
      TermHit h = index.sorted.get(k);
      if (h.start() > start) break;
      if (h.end() >= end) out.add(h);
    }
    return out;
  }

  /**
   * A segment's hits sorted by start, with the longest hit's length, so that the hits of a part are found by binary
   * search rather than by scanning every hit for every part (which made long drafts quadratic).
   */
  private static final class HitIndex {
    final List<TermHit> sorted;
    final int[] starts;
    final int longest;

    HitIndex(List<TermHit> hits) {
      List<TermHit> copy = new ArrayList<>(hits);
      copy.sort(java.util.Comparator.comparingInt(TermHit::start)); // stable: equal starts keep their order
      sorted = List.copyOf(copy);
      starts = sorted.stream().mapToInt(TermHit::start).toArray();
      longest = sorted.stream().mapToInt(h -> h.end() - h.start()).max().orElse(0);
    }

    /** The index of the first hit starting at or after {@code offset}. */
    int firstStartingAt(int offset) {
      int lo = 0;
      int hi = starts.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }
  }

  public Optional<Concept> concept(String id) {
    return concepts.computeIfAbsent(id, termBase::concept);
  }

  /** Whether a concept takes part in checks; the termbase may keep everyday words (Allies, leaders) out. */
  public boolean inChecks(String conceptId) {
    return concept(conceptId).map(c -> !c.excludedFromChecks()).orElse(true);
  }

  public Tokenizer draftTokenizer() {
    return draftTokenizer;
  }

  public Tokenizer sourceTokenizer() {
    return sourceTokenizer;
  }
}
