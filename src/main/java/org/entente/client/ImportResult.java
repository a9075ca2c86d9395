package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * What a TMX import did: the file and memory, units imported, duplicates merged, units skipped by reason
 * ({@code "empty English segment" → 1}), warnings, whether the file was unchanged since it was last imported, the
 * error that rejected it (nothing imported), and all of it in one line. {@code durable} says the data is committed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportResult(String file, String memory, int imported, int duplicatesMerged, Map<String, Integer> skipped,
    Map<String, Integer> variantsSkipped, List<String> warnings, boolean unchanged, String error, String summary,
    String jobId, boolean durable) {
  public ImportResult {
    file = Maps.text(file);
    memory = Maps.text(memory);
    skipped = Map.copyOf(Maps.withoutNulls(skipped));
    variantsSkipped = Map.copyOf(Maps.withoutNulls(variantsSkipped));
    warnings = Maps.list(warnings);
    error = Maps.text(error);
    summary = Maps.text(summary);
    jobId = Maps.text(jobId);
  }

  /** Whether the file was refused (and nothing from it imported). */
  public boolean rejected() {
    return !error.isEmpty();
  }

  /** An asynchronous import job as the service reports it: {@code queued}, {@code running}, {@code done}, {@code failed}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Job(String jobId, String file, String status, boolean durable, String statusUrl, ImportResult report,
      String error, String where) {}
}
