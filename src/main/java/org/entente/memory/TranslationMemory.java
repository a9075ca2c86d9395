package org.entente.memory;

import java.util.List;

/** The translation memory: French–English units, looked up by exact and fuzzy match. */
public interface TranslationMemory {
  /** Matches scoring at least {@code query.min()}, best first, at most {@code query.max()}. */
  List<TmMatch> lookup(LookupQuery query);

  /** How many units the memory holds, all named memories together. */
  long size();
}
