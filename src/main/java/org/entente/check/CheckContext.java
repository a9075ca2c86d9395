package org.entente.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
  private final List<Part> sentences;
  private final List<Bead> beads;
  private final List<List<TermHit>> draftHits;
  private final List<List<TermHit>> sourceHits;
  private final Map<String, Optional<Concept>> concepts = new ConcurrentHashMap<>();
  private final Tokenizer draftTokenizer;
  private final Tokenizer sourceTokenizer;

  CheckContext(CheckRequest request, TermBase termBase, List<Part> sentences, List<Bead> beads) {
    this.request = request;
    this.termBase = termBase;
    this.sentences = List.copyOf(sentences);
    this.beads = List.copyOf(beads);
    this.draftHits = recognise(request.draft(), request.draftLanguage());
    this.sourceHits = recognise(request.source(), request.sourceLanguage());
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

  public List<Bead> beads() {
    return beads;
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

  /** The hits of a draft or source part ({@code draftSide}), optionally only the outermost. */
  public List<TermHit> hits(Part p, boolean draftSide, boolean outermostOnly) {
    List<TermHit> all = (draftSide ? draftHits : sourceHits).get(p.segment());
    List<TermHit> out = new ArrayList<>();
    for (TermHit h : all) {
      if (h.start() >= p.start() && h.end() <= p.end() && (!outermostOnly || !h.nested())) out.add(h);
    }
    return out;
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
