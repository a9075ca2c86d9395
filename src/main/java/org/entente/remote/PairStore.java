package org.entente.remote;

import java.util.List;

/**
 * Where harvested sentence pairs go: the translation memory. The harvester's boundary to the memory. A pair's id is
 * derived from its French page, French text and English text, so storing the same pair again replaces it.
 */
public interface PairStore {
  /** Stores the pairs durably before returning. */
  void store(List<HarvestedPair> pairs);
}
