package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What an import did: units or concepts imported, duplicates merged, and what was skipped and why; or, for a
 * large file the server takes asynchronously, the job id and its status ({@code queued}, {@code running},
 * {@code done}, {@code failed}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportResult(String jobId, String status, long imported, long duplicates, List<Skipped> skipped) {
  public ImportResult {
    jobId = Maps.text(jobId);
    status = Maps.text(status);
    skipped = Maps.list(skipped);
  }

  /** One skipped unit or entry: where and why. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Skipped(String where, String reason) {}
}
