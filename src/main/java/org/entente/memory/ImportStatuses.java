package org.entente.memory;

import java.util.Optional;

/**
 * Where the statuses of asynchronous import jobs are kept when several instances share one memory, so that any of
 * them answers for a job another runs: {@code GET /api/v1/tm/import/{id}} on instance B shows the job A runs. A
 * status is the job's JSON as the service answers it; at most a bounded number are kept, for a bounded time.
 * {@code statuses.add("7f3…", "{\"status\":\"queued\",…}")}, then {@code statuses.get("7f3…")}.
 */
public interface ImportStatuses {
  /** How long a job's status is kept after its last change. */
  java.time.Duration KEPT = java.time.Duration.ofHours(24);
  /** How many job statuses are kept at most. */
  int MAX_JOBS = 10_000;

  /** Keeps the status of a job just submitted, forgetting the oldest ones past the bound. */
  void add(String jobId, String statusJson);

  /** Replaces a job's status if it is still kept (a status forgotten by the bound stays forgotten). */
  void update(String jobId, String statusJson);

  /** A job's last status, or empty when there is no such job (or it was forgotten). */
  Optional<String> get(String jobId);
}
