package org.entente.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Monolingual candidates of one language with the number of units each occurs in, in bounded memory: when more
 * than {@code capacity} distinct candidates are held, those seen in the fewest units are dropped (lossy counting),
 * so a million-unit memory never holds every n-gram it contains. {@code "plan de défense"}: 14 units, most often
 * written "plan de défense".
 */
final class CandidateCounts {
  /** One candidate: its key, its content words, units, and its most frequent written form (majority vote). */
  static final class Candidate {
    final String key;
    final int contentWords;
    int units;
    int lastUnit = -1;
    String surface;
    int surfaceVotes;
    double termhood;

    Candidate(String key, int contentWords, String surface) {
      this.key = key;
      this.contentWords = contentWords;
      this.surface = surface;
    }

    void seen(int unit, String written) {
      if (unit != lastUnit) {
        units++;
        lastUnit = unit;
      }
      // Misra-Gries majority: the form written most often survives; a lower-case form wins ties over a capital
      // at a sentence start
      if (written.equals(surface)) {
        surfaceVotes++;
      } else if (--surfaceVotes <= 0 || (surfaceVotes <= 1 && Character.isLowerCase(written.charAt(0))
          && Character.isUpperCase(surface.charAt(0)) && written.substring(1).equals(surface.substring(1)))) {
        surface = written;
        surfaceVotes = 1;
      }
    }
  }

  private final Map<String, Candidate> byKey = new HashMap<>();
  private final int capacity;
  private int floor;
  private long dropped;

  CandidateCounts(int capacity) {
    this.capacity = capacity;
  }

  void add(String key, int contentWords, String surface, int unit) {
    Candidate c = byKey.get(key);
    if (c == null) {
      if (byKey.size() >= capacity) prune();
      c = new Candidate(key, contentWords, surface);
      byKey.put(key, c);
    }
    c.seen(unit, surface);
  }

  private void prune() {
    while (byKey.size() >= capacity * 3 / 4) {
      floor++;
      int f = floor;
      int before = byKey.size();
      byKey.values().removeIf(c -> c.units <= f);
      dropped += before - byKey.size();
    }
  }

  Candidate get(String key) {
    return byKey.get(key);
  }

  int size() {
    return byKey.size();
  }

  /** How many candidates were dropped to stay within the capacity, and the unit count up to which they were. */
  long dropped() {
    return dropped;
  }

  int floor() {
    return floor;
  }

  List<Candidate> atLeast(int units) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : byKey.values()) if (c.units >= units) out.add(c);
    return out;
  }
}
