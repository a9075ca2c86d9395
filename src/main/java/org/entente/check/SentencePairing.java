package org.entente.check;

import java.util.List;
import org.entente.segment.Sentence;
import org.entente.text.Language;

/**
 * Pairs the sentences of a source with those of its draft: each pair lists sentence indices on both sides
 * ({@code [0,1]:[0]} is a 2-1 merge). {@link AlignerPairing} gives it our aligner.
 */
@FunctionalInterface
public interface SentencePairing {
  List<Pair> pair(List<Sentence> source, List<Sentence> target, Language sourceLanguage);

  /** One bead by sentence indices. */
  record Pair(List<Integer> source, List<Integer> target) {
    public Pair {
      source = List.copyOf(source);
      target = List.copyOf(target);
    }
  }
}
