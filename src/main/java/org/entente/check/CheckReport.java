package org.entente.check;

import java.util.List;

/**
 * The findings of one check request in draft order, which checks ran, which were skipped and why, and how the
 * draft was cut: its sentences and the beads pairing them with the source.
 */
public record CheckReport(List<Finding> findings, List<String> checksRun, List<Skipped> skipped, List<Part> sentences,
    int beads) {
  public CheckReport {
    findings = List.copyOf(findings);
    checksRun = List.copyOf(checksRun);
    skipped = List.copyOf(skipped);
    sentences = List.copyOf(sentences);
  }

  /** A check that did not run: {@code TERM_NOT_FOUND_IN_TARGET}, "needs the French source". */
  public record Skipped(String id, String reason) {}
}
