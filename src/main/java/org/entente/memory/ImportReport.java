package org.entente.memory;

import java.util.List;
import java.util.Map;

/**
 * What an import did: units imported, duplicates merged (the same source and target twice in the file), units
 * skipped by reason ({@code "no French/English pair (languages de, en)" → 7}), variants skipped by reason
 * ({@code "variant in es skipped" → 3}), warnings, and whether the file was unchanged and skipped.
 */
public record ImportReport(
    String file,
    String memory,
    int imported,
    int duplicatesMerged,
    Map<String, Integer> skipped,
    Map<String, Integer> variantsSkipped,
    List<String> warnings,
    boolean unchanged,
    String error) {
  public ImportReport {
    skipped = Map.copyOf(skipped);
    variantsSkipped = Map.copyOf(variantsSkipped);
    warnings = List.copyOf(warnings);
    error = error == null ? "" : error;
  }

  static ImportReport unchanged(String file, String memory) {
    return new ImportReport(file, memory, 0, 0, Map.of(), Map.of(), List.of(), true, "");
  }

  static ImportReport failed(String file, String memory, String error) {
    return new ImportReport(file, memory, 0, 0, Map.of(), Map.of(), List.of(), false, error);
  }

  public int skippedCount() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** One line: {@code nato.tmx: 88 imported, 2 duplicates merged, 1 skipped (empty English segment: 1)}. */
  public String summary() {
    if (unchanged) return file + ": unchanged, skipped";
    if (!error.isEmpty()) return file + ": rejected, nothing imported: " + error;
    StringBuilder b = new StringBuilder(file).append(": ").append(imported).append(" imported into '").append(memory)
        .append("', ").append(duplicatesMerged).append(" duplicates merged, ").append(skippedCount()).append(" skipped");
    if (!skipped.isEmpty()) b.append(" (").append(join(skipped)).append(')');
    if (!variantsSkipped.isEmpty()) b.append("; variants skipped: ").append(join(variantsSkipped));
    return b.toString();
  }

  private static String join(Map<String, Integer> m) {
    return String.join(", ", m.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + ": " + e.getValue()).toList());
  }
}
