package org.entente.cli;

import org.entente.Services;
import org.entente.remote.PairStore;

/** Where {@code harvest} stores its pairs: the named memory of the data folder. */
final class HarvestStores {
  private HarvestStores() {}

  static PairStore memory(Services services, String memory) {
    throw new UnsupportedOperationException("the translation memory store is wired once the memory lands");
  }
}
