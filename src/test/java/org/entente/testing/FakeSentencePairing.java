package org.entente.testing;

import java.util.ArrayList;
import java.util.List;
import org.entente.align.Bead;
import org.entente.check.SentencePairing;
import org.entente.segment.Sentence;
import org.entente.text.Language;

/** Pairs sentences one for one by position, leftovers alone; the real aligner lives in align. */
public final class FakeSentencePairing implements SentencePairing {
  @Override
  public List<Bead> pair(List<Sentence> source, List<Sentence> target, Language sourceLanguage) {
    List<Bead> out = new ArrayList<>();
    int n = Math.max(source.size(), target.size());
    for (int i = 0; i < n; i++) {
      out.add(Bead.of(sourceLanguage, i < source.size() ? List.of(i) : List.of(), i < target.size() ? List.of(i) : List.of()));
    }
    return out;
  }
}
