package org.entente.remote;

import java.util.ArrayList;
import java.util.List;

/** A test store that records every pair it is given, and can be told to fail after some calls (a full disk). */
final class RecordingPairStore implements PairStore {
  final List<HarvestedPair> pairs = new ArrayList<>();
  private int callsBeforeFailure = Integer.MAX_VALUE;

  RecordingPairStore failingAfter(int calls) {
    this.callsBeforeFailure = calls;
    return this;
  }

  @Override
  public void store(List<HarvestedPair> batch) {
    if (callsBeforeFailure-- <= 0) throw new IllegalStateException("disk full");
    pairs.addAll(batch);
  }

  List<String> french() {
    return pairs.stream().map(HarvestedPair::french).toList();
  }
}
