package org.entente.check;

import java.util.List;

/**
 * Source sentences and the draft sentences that translate them (one-to-one, merges, splits, or one side empty).
 * With no source every bead has an empty source side.
 */
public record Bead(List<Part> source, List<Part> target) {
  public Bead {
    source = List.copyOf(source);
    target = List.copyOf(target);
  }

  public boolean hasBothSides() {
    return !source.isEmpty() && !target.isEmpty();
  }
}
