package org.entente.remote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a harvest did: French pages seen, harvested (aligned and stored), unchanged since the last run, skipped
 * (with the reason, per page), and pairs stored.
 */
public record HarvestReport(int pages, int harvested, int unchanged, int pairs, Map<String, String> skipped) {
  public HarvestReport {
    skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
  }

  /** The summary printed at the end of a run. */
  public List<String> summary() {
    List<String> lines = new ArrayList<>();
    lines.add(pages + " French page" + (pages == 1 ? "" : "s") + ": " + harvested + " harvested, " + unchanged
        + " unchanged, " + skipped.size() + " skipped; " + pairs + " pair" + (pairs == 1 ? "" : "s") + " stored");
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    skipped.forEach((url, reason) -> byReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(url));
    byReason.forEach((reason, urls) -> {
      lines.add("  skipped (" + reason + "): " + urls.size());
      urls.forEach(u -> lines.add("    " + u));
    });
    return lines;
  }
}
