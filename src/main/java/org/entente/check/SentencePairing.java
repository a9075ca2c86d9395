package org.entente.check;

import java.util.List;

/**
 * Pairs the sentences of a French source with those of its English draft: each pair lists sentence indices on
 * both sides ({@code [0,1]:[0]} is a 2-1 merge). The aligner provides it.
 */
@FunctionalInterface
public interface SentencePairing {
  List<Pair> pair(List<String> sourceSentences, List<String> targetSentences);

  /** One bead by sentence indices. */
  record Pair(List<Integer> source, List<Integer> target) {
    public Pair {
      source = List.copyOf(source);
      target = List.copyOf(target);
    }
  }
}
