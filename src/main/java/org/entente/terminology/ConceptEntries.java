package org.entente.terminology;

import org.entente.formats.TermEntry;

/** Converts between concepts and the format-neutral entries that the TBX and CSV readers and writers handle. */
final class ConceptEntries {
  private ConceptEntries() {}

  static Concept concept(TermEntry e) {
    return concept(e, e.id());
  }

  /** The concept of an entry, with {@code id} (for entries that had none). */
  static Concept concept(TermEntry e, String id) {
    return new Concept(id, e.subjectField(), e.definitions(), e.notes(), e.source(), e.created(), e.modified(),
        e.supersededBy(), e.terms().stream().map(ConceptEntries::term).toList(), e.subsets());
  }

  static Term term(TermEntry.Term t) {
    return new Term(t.text(), t.language(), TermStatus.fromCode(t.status()), TermType.fromTbx(t.type()),
        t.partOfSpeech(), t.gender(), t.usageNote(), t.context(), t.validFrom(), t.supersededFrom());
  }

  static TermEntry entry(Concept c) {
    return new TermEntry(c.id(), c.subjectField(), c.definitions(), c.notes(), c.source(), c.created(), c.modified(),
        c.supersededBy(), c.subsets(), c.terms().stream().map(ConceptEntries::entryTerm).toList(), "");
  }

  static TermEntry.Term entryTerm(Term t) {
    return new TermEntry.Term(t.text(), t.language(), t.status().code(), t.type().tbx(), t.partOfSpeech(), t.gender(),
        t.usageNote(), t.context(), "", t.validFrom(), t.supersededFrom());
  }
}
