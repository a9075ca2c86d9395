package org.entente.align;

import java.util.List;
import org.entente.text.Progress;

/** Aligns the sentences of a French document with those of its English counterpart. */
public interface Aligner {
  Alignment align(Document document);

  /** Aligns several documents; an aligner that learns from the texts learns from all of them together. */
  default List<Alignment> alignAll(List<Document> documents) {
    return alignAll(documents, Progress.NONE);
  }

  /** The same, telling {@code progress} how many alignment steps (documents, times passes) are done. */
  default List<Alignment> alignAll(List<Document> documents, Progress progress) {
    List<Alignment> out = new java.util.ArrayList<>(documents.size());
    for (Document d : documents) {
      out.add(align(d));
      progress.at(out.size(), documents.size());
    }
    return List.copyOf(out);
  }

  /** The method's name as given on the command line: {@code entente}, {@code gale-church}. */
  String name();
}
