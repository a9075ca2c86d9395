package org.entente.terminology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.entente.text.Language;

/**
 * A termbase seen on a document's date: every term has the status it had that day ({@link Term#statusOn}), in
 * recognised hits, their equivalents and concepts. In a draft dated 2021-05-04 "Turkey" is admitted; dated 2023-01-10
 * it is superseded. Reads only; writes go to the termbase itself.
 */
public final class DatedTermBase implements TermBase {
  private final TermBase base;
  private final LocalDate date;

  private DatedTermBase(TermBase base, LocalDate date) {
    this.base = base;
    this.date = date;
  }

  /** {@code base} seen on {@code date}; {@code base} itself when the date is null. */
  public static TermBase on(TermBase base, LocalDate date) {
    if (date == null) return base;
    if (base instanceof DatedTermBase d) base = d.base;
    return new DatedTermBase(base, date);
  }

  @Override
  public List<TermHit> recognise(String text, Language language) {
    return recognise(text, language, SubjectFields.ALL);
  }

  @Override
  public List<TermHit> recognise(String text, Language language, SubjectFields fields) {
    List<TermHit> hits = base.recognise(text, language, fields);
    List<TermHit> out = new ArrayList<>(hits.size());
    for (TermHit h : hits) out.add(on(h));
    return out;
  }

  private TermHit on(TermHit h) {
    Term t = h.term().on(date);
    boolean changed = t != h.term();
    List<Term> eq = new ArrayList<>(h.equivalents().size());
    for (Term e : h.equivalents()) {
      Term d = e.on(date);
      changed |= d != e;
      eq.add(d);
    }
    if (!changed) return h;
    eq.sort(Comparator.comparing(Term::status)); // stable: the recogniser's order among equals
    return new TermHit(h.start(), h.end(), h.text(), h.conceptId(), t, h.nested(), eq, h.confidence());
  }

  @Override
  public Optional<Concept> concept(String id) {
    return base.concept(id).map(c -> c.on(date));
  }

  @Override
  public int size() {
    return base.size();
  }

  @Override
  public List<ConceptMatch> search(String query, Language language, SearchMode mode, int max) {
    return base.search(query, language, mode, max);
  }

  @Override
  public List<Concept> concepts() {
    return base.concepts().stream().map(c -> c.on(date)).toList();
  }
}
