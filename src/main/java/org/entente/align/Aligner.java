package org.entente.align;

import java.util.List;

/** Aligns the sentences of a French document with those of its English counterpart. */
public interface Aligner {
  Alignment align(Document document);

  /** Aligns several documents; an aligner that learns from the texts learns from all of them together. */
  default List<Alignment> alignAll(List<Document> documents) {
    return documents.stream().map(this::align).toList();
  }

  /** The method's name as given on the command line: {@code entente}, {@code gale-church}. */
  String name();
}
