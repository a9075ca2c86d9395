package org.entente.api;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.entente.memory.ImportReport;
import org.entente.memory.ImportStatuses;
import org.entente.text.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asynchronous imports, one at a time: a 202 answer acknowledges the job, its status ({@code queued},
 * {@code running}, {@code done} with {@code durable: true}, or {@code failed}) says when the data is durable, and
 * its progress how many units of the file are read ({@code unitsDone} of {@code unitsTotal}, 0 of -1 until counted).
 * A job's status is kept for {@link #KEPT} after its last change, and at most {@link #MAX_JOBS} are kept. When the
 * memory is shared by several instances (on OpenSearch) each status is also written to its {@link ImportStatuses},
 * so that another instance answers for the job too, with a running job's progress written every
 * {@link #SHARE_EVERY}.
 */
final class ImportJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "entente-import");
    t.setDaemon(true);
    return t;
  });
  static final Duration KEPT = ImportStatuses.KEPT;
  /** How often a running job's progress is written to the shared statuses. */
  static final Duration SHARE_EVERY = Duration.ofMillis(500);
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "entente-import-progress");
    t.setDaemon(true);
    return t;
  });
  /** Held while a status is shared, so that a progress tick never writes "running" over a finished job. */
  private final Object sharing = new Object();
  static final int MAX_JOBS = ImportStatuses.MAX_JOBS;
  private final com.github.benmanes.caffeine.cache.Cache<String, Job> jobCache;
  private final Map<String, Job> jobs;
  private final Map<String, Progress> progress;
  private final Optional<ImportStatuses> shared;

  ImportJobs() {
    this(KEPT, MAX_JOBS, Optional.empty());
  }

  ImportJobs(Optional<ImportStatuses> shared) {
    this(KEPT, MAX_JOBS, shared);
  }

  ImportJobs(Duration kept, int maxJobs) {
    this(kept, maxJobs, Optional.empty());
  }

  ImportJobs(Duration kept, int maxJobs, Optional<ImportStatuses> shared) {
    this.shared = shared;
    // evictions run on a writing thread; one that finds another thread evicting leaves it the work, so the
    // bound holds once the cache's pending maintenance has run (kept() runs it)
    this.jobCache = Caffeine.newBuilder().expireAfterWrite(kept).maximumSize(maxJobs).executor(Runnable::run)
        .<String, Job>build();
    this.jobs = jobCache.asMap();
    this.progress = Caffeine.newBuilder().expireAfterWrite(kept).maximumSize(maxJobs).executor(Runnable::run)
        .<String, Progress>build().asMap();
  }

  /** One job's state. */
  record Job(String id, String file, String status, boolean durable, Instant submitted, Instant finished,
      MemoryJson.Report report, String error, String where, long unitsDone, long unitsTotal) {
    Job(String id, String file, String status, boolean durable, Instant submitted, Instant finished,
        MemoryJson.Report report, String error, String where) {
      this(id, file, status, durable, submitted, finished, report, error, where, 0, -1);
    }
  }

  /** A running job's counters, written by the import thread: the file's units once counted, then each unit read. */
  static final class Progress {
    final AtomicLong done = new AtomicLong();
    final AtomicLong total = new AtomicLong(-1);
  }

  /** Runs {@code work} later, handing it the job's progress counters; {@code upload} is deleted when it is done. */
  Job submit(String file, Path upload, Function<Progress, ImportReport> work) {
    String id = UUID.randomUUID().toString();
    Job queued = new Job(id, file, "queued", false, Instant.now(), null, null, null, null);
    Progress p = new Progress();
    progress.put(id, p);
    jobs.put(id, queued);
    share(queued, true);
    executor.submit(() -> {
      update(id, new Job(id, file, "running", false, queued.submitted(), null, null, null, null));
      ScheduledFuture<?> tick = shared.isEmpty() ? null : ticker.scheduleAtFixedRate(() -> shareProgress(id),
          SHARE_EVERY.toMillis(), SHARE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
      try {
        ImportReport r = work.apply(p);
        update(id, new Job(id, file, "done", true, queued.submitted(), Instant.now(), MemoryJson.report(r), null, null));
      } catch (BadInputException e) {
        update(id, new Job(id, file, "failed", false, queued.submitted(), Instant.now(), null, e.getMessage(), e.where()));
      } catch (RuntimeException e) {
        LOG.error("import job {} of {} failed", id, file, e);
        update(id, new Job(id, file, "failed", false, queued.submitted(), Instant.now(), null,
            "internal error; it has been logged", null));
      } finally {
        if (tick != null) tick.cancel(false);
        try {
          Files.deleteIfExists(upload);
        } catch (java.io.IOException e) {
          LOG.warn("could not delete {}", upload);
        }
      }
    });
    return queued;
  }

  /**
   * Sets a job's status if it is still kept: a status evicted by the bound stays forgotten, so the job's thread never
   * brings it back past the bound.
   */
  private void update(String id, Job status) {
    synchronized (sharing) {
      if (jobs.computeIfPresent(id, (k, old) -> status) != null) share(get(id), false);
    }
  }

  /** Writes a running job's progress to the shared statuses. */
  private void shareProgress(String id) {
    synchronized (sharing) {
      Job j = jobs.get(id);
      if (j != null && j.status().equals("running")) share(get(id), false);
    }
  }

  /** Writes a job's status to the shared statuses; a failure there is logged, the job goes on. */
  private void share(Job job, boolean added) {
    if (shared.isEmpty() || job == null) return;
    try {
      String json = Json.MAPPER.writeValueAsString(job);
      if (added) shared.get().add(job.id(), json);
      else shared.get().update(job.id(), json);
    } catch (java.io.IOException | RuntimeException e) {
      LOG.warn("the status of import job {} could not be shared with the other instances: {}", job.id(),
          e.getMessage());
    }
  }

  /** The job with its progress now (this instance's, or as another instance last wrote it), or null. */
  Job get(String id) {
    Job j = jobs.get(id);
    Progress p = progress.get(id);
    if (j == null) return sharedJob(id);
    if (p == null) return j;
    return new Job(j.id(), j.file(), j.status(), j.durable(), j.submitted(), j.finished(), j.report(), j.error(),
        j.where(), p.done.get(), p.total.get());
  }

  private Job sharedJob(String id) {
    if (shared.isEmpty()) return null;
    try {
      Optional<String> json = shared.get().get(id);
      return json.isEmpty() ? null : Json.MAPPER.readValue(json.get(), Job.class);
    } catch (java.io.IOException e) {
      LOG.warn("the shared status of import job {} is unreadable: {}", id, e.getMessage());
      return null;
    }
  }

  /** How many job statuses are kept now. */
  int kept() {
    jobCache.cleanUp();
    return jobs.size();
  }

  @Override
  public void close() {
    executor.shutdown();
    ticker.shutdown();
  }
}
