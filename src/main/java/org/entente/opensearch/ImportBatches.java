package org.entente.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write batches of an OpenSearch data index (the memory's units, the termbase's concepts) and their upkeep. One
 * control document lists the committed batches (every search shows only their documents) and the abandoned ones; a
 * write running registers itself ({@code import:<batch>}) and its instance renews that sign of life every
 * {@code heartbeat}. The upkeep, at open and every few minutes on every instance, deletes the documents of the
 * batches that are neither committed nor alive (their instance died mid-write: the documents were never visible),
 * abandoning each in the control document first, so that a write thought dead that wakes up fails at its commit
 * instead of committing half a file; and compacts the committed list: the documents of an old committed batch are
 * rewritten as {@code live} (the batch of single writes, always committed) and the batch leaves the list, which then
 * stays short however many imports there were. Neither changes anything else of the control document (the
 * termbase's version stays, so no instance reloads for it).
 */
final class ImportBatches implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ImportBatches.class);
  static final String BATCHES = "batches";
  /** By default the committed list is compacted when it holds more batches than this ... */
  static final int COMPACT_OVER = 100;
  /** ... down to the newest this many (their replaced documents may still be on their way out). */
  static final int KEEP_NEWEST = 20;
  /** How many abandoned batches the control document remembers (a late commit of one fails). */
  static final int ABANDONED_KEPT = 1000;
  private static final Duration UPKEEP_EVERY = Duration.ofMinutes(5);

  private final OpenSearchRest rest;
  private final String index;
  private final CommittedBatches committed;
  private final String control;
  private final Bounds bounds;
  private final Set<String> running = ConcurrentHashMap.newKeySet();
  private final Set<String> locks = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "entente-opensearch-upkeep");
    t.setDaemon(true);
    return t;
  });

  /**
   * How a running write renews its sign of life ({@code heartbeat}), after how long without one the upkeep removes
   * what it wrote ({@code staleAfter}), and past how many committed batches the upkeep compacts the list
   * ({@code compactOver}) down to the newest {@code keepNewest}.
   */
  record Bounds(Duration heartbeat, Duration staleAfter, int compactOver, int keepNewest) {
    Bounds {
      if (keepNewest < 0 || compactOver < keepNewest) {
        throw new IllegalArgumentException("compaction keeps 0 to compactOver batches: " + keepNewest);
      }
    }
  }

  ImportBatches(OpenSearchRest rest, String index, CommittedBatches committed, Bounds bounds) {
    this.rest = rest;
    this.index = index;
    this.committed = committed;
    this.control = committed.control();
    this.bounds = bounds;
    long every = bounds.heartbeat().toMillis();
    timer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
  }

  /** Runs the upkeep now and then every few minutes, in the background. */
  void startUpkeep() {
    timer.scheduleWithFixedDelay(() -> {
      try {
        upkeep();
      } catch (RuntimeException e) {
        // closing interrupts an upkeep under way: nothing failed
        if (!timer.isShutdown()) {
          LOG.warn("upkeep of the OpenSearch batches of {} failed (tried again later): {}", index, e.getMessage());
        }
      }
    }, 0, UPKEEP_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** A new batch, registered as running: its instance gives signs of life until {@link #finish}. */
  String start() {
    String batch = "b-" + UUID.randomUUID();
    running.add(batch);
    signOfLife(batch);
    return batch;
  }

  private void signOfLife(String batch) {
    ObjectNode doc = OpenSearchRest.object().put("kind", "import").put("batch", batch)
        .put("alive", System.currentTimeMillis());
    rest.ok("PUT", "/" + control + "/_doc/import:" + batch, Map.of(), doc);
  }

  private void renew() {
    for (String batch : running) {
      try {
        signOfLife(batch);
      } catch (RuntimeException e) {
        LOG.warn("could not renew the sign of life of import {}: {}", batch, e.getMessage());
      }
    }
    for (String lock : locks) {
      try {
        rest.ok("PUT", lockPath(lock), Map.of(), lockDocument());
      } catch (RuntimeException e) {
        LOG.warn("could not renew the lock {}: {}", lock, e.getMessage());
      }
    }
  }

  private String lockPath(String name) {
    return "/" + control + "/_doc/" + java.net.URLEncoder.encode("lock:" + name, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static ObjectNode lockDocument() {
    return OpenSearchRest.object().put("kind", "lock").put("alive", System.currentTimeMillis());
  }

  /**
   * Takes the cluster-wide lock {@code name} (the {@code tmx/} sync of a memory), waiting while another instance
   * holds it and gives signs of life; a holder silent for {@code staleAfter} is taken over. Closing releases it.
   */
  AutoCloseable lock(String name) {
    for (int attempt = 0; ; attempt++) {
      OpenSearchRest.Answer a = rest.call("PUT", lockPath(name).replace("/_doc/", "/_create/"), Map.of(),
          lockDocument());
      if (!a.ok() && a.status() != 409) throw rest.failure("PUT", lockPath(name), a);
      if (!a.ok()) {
        OpenSearchRest.Answer held = rest.call("GET", lockPath(name), Map.of(), null);
        JsonNode doc = held.json();
        boolean stale = held.ok() && doc.path("_source").path("alive").asLong()
            < System.currentTimeMillis() - bounds.staleAfter().toMillis();
        if (stale) {
          a = rest.call("PUT", lockPath(name), Map.of("if_seq_no", doc.path("_seq_no").asText(), "if_primary_term",
              doc.path("_primary_term").asText()), lockDocument());
        }
      }
      if (a.ok()) {
        locks.add(name);
        return () -> {
          locks.remove(name);
          rest.call("DELETE", lockPath(name), Map.of(), null);
        };
      }
      if (attempt == 0) LOG.info("waiting for another instance to finish {}", name);
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new OpenSearchUnavailableException("interrupted while waiting for the lock " + name, e);
      }
    }
  }

  /** The write is over (committed or given up): no more sign of life. */
  void finish(String batch) {
    running.remove(batch);
    try {
      rest.call("DELETE", "/" + control + "/_doc/import:" + batch, Map.of(), null);
    } catch (RuntimeException e) {
      // the upkeep removes a stale registration
    }
  }

  /**
   * Adds {@code batch} to the committed list in one conditional write of the control document; refused when the
   * upkeep abandoned it meanwhile (its instance gave no sign of life for {@code staleAfter}).
   */
  void commit(String batch) {
    change(doc -> {
      refuseIfAbandoned(doc, batch);
      ((ArrayNode) doc.path("committed")).add(batch);
      return doc;
    });
  }

  /**
   * Fails when the control document {@code doc} (as read for the conditional write committing {@code batch}) says
   * the upkeep abandoned the batch: what it wrote is gone, so committing it would show half a write.
   */
  void refuseIfAbandoned(JsonNode doc, String batch) {
    if (contains(doc.path("abandoned"), batch)) {
      throw new OpenSearchUnavailableException("the write gave no sign of life for "
          + bounds.staleAfter().toSeconds() + " s and what it wrote was removed; import the file again", null);
    }
  }

  /** Deletes what a write that failed wrote (invisible anyway); a failure here is left to the upkeep. */
  void abandon(String batch) {
    try {
      Sweep.delete(rest, index, Queries.term(CommittedBatches.BATCH, batch), null);
      finish(batch);
    } catch (RuntimeException e) {
      running.remove(batch);
    }
  }

  /** Deletes the units committed imports replaced (hidden already); safe to run at any time. */
  void removeReplaced(String memory) {
    ObjectNode terms = OpenSearchRest.object();
    terms.putObject("terms").set(UnitDocuments.SUPERSEDED, committedLookup());
    Sweep.delete(rest, index, terms, memory);
  }

  /** The committed list of the control index, and the filter showing only what it committed. */
  CommittedBatches committed() {
    return committed;
  }

  /** A {@code terms} lookup of the committed list, read by the searches at the time they run. */
  ObjectNode committedLookup() {
    return committed().lookup();
  }

  /** Cleans away dead writes and compacts the committed list when it grew long; how many documents were removed. */
  long upkeep() {
    long removed = removeDeadImports();
    // live, always first, is not counted
    if (read().path("committed").size() > bounds.compactOver() + 1) compact(bounds.keepNewest());
    return removed;
  }

  /**
   * Deletes the documents of every batch that is not committed and whose write gave no sign of life for
   * {@code staleAfter}; each is abandoned in the control document first, so that its write cannot commit later.
   */
  long removeDeadImports() {
    ObjectNode body = OpenSearchRest.object();
    body.put("size", 0);
    ObjectNode notCommitted = body.putObject("query").putObject("bool");
    notCommitted.putArray("must_not").addObject().putObject("terms").set(CommittedBatches.BATCH, committedLookup());
    body.putObject("aggs").putObject("batches").putObject("terms").put("field", CommittedBatches.BATCH)
        .put("size", 1000);
    List<String> candidates = new ArrayList<>();
    rest.ok("POST", "/" + index + "/_search", Map.of(), body).path("aggregations").path("batches").path("buckets")
        .forEach(b -> candidates.add(b.path("key").asText()));
    long removed = 0;
    for (String batch : candidates) {
      if (running.contains(batch) || alive(batch)) continue;
      boolean[] abandoned = {false};
      change(doc -> {
        // committed since the search (its registration goes only after its commit): not dead
        if (contains(doc.path("committed"), batch)) return null;
        abandoned[0] = true;
        if (contains(doc.path("abandoned"), batch)) return null;
        ArrayNode list = doc.withArray("abandoned");
        list.add(batch);
        while (list.size() > ABANDONED_KEPT) list.remove(0);
        return doc;
      });
      if (!abandoned[0]) continue;
      long n = Sweep.delete(rest, index, Queries.term(CommittedBatches.BATCH, batch), null);
      rest.call("DELETE", "/" + control + "/_doc/import:" + batch, Map.of(), null);
      LOG.info("removed {} invisible documents of {} batch {}, which stopped before its commit", n, index, batch);
      removed += n;
    }
    return removed;
  }

  private boolean alive(String batch) {
    OpenSearchRest.Answer a = rest.call("GET", "/" + control + "/_doc/import:" + batch, Map.of(), null);
    if (!a.ok()) return false;
    return a.json().path("_source").path("alive").asLong()
        >= System.currentTimeMillis() - bounds.staleAfter().toMillis();
  }

  /**
   * Takes all committed batches but the newest {@code keep} out of the committed list: the documents they replaced
   * are deleted, theirs rewritten as {@code live}, each on the version found (visible all along: both batches are
   * committed meanwhile), and only the batches of which nothing is left behind leave the list, in one conditional
   * write.
   */
  void compact(int keep) {
    List<String> list = committedList();
    list.remove(CommittedBatches.LIVE);
    if (list.size() <= keep) return;
    Set<String> done = new LinkedHashSet<>();
    ObjectNode live = OpenSearchRest.object().put(CommittedBatches.BATCH, CommittedBatches.LIVE);
    for (String batch : list.subList(0, list.size() - keep)) {
      Sweep.delete(rest, index, Queries.term(CommittedBatches.SUPERSEDED, batch), null);
      Sweep.update(rest, index, Queries.term(CommittedBatches.BATCH, batch), null, live);
      if (!leftBehind(batch)) done.add(batch);
    }
    drop(done);
  }

  /** Whether a document still carries {@code batch}, as its batch or among those replacing it (after a refresh). */
  boolean leftBehind(String batch) {
    rest.ok("POST", "/" + index + "/_refresh", Map.of(), null);
    ObjectNode left = OpenSearchRest.object();
    ArrayNode either = left.putObject("query").putObject("bool").putArray("should");
    either.add(Queries.term(CommittedBatches.BATCH, batch));
    either.add(Queries.term(CommittedBatches.SUPERSEDED, batch));
    return rest.ok("POST", "/" + index + "/_count", Map.of(), left).path("count").asLong() > 0;
  }

  /**
   * Takes {@code batches}, of which no document is left behind, off the committed list in one conditional write;
   * nothing else of the control document changes.
   */
  void drop(Set<String> batches) {
    if (batches.isEmpty()) return;
    change(doc -> {
      ArrayNode kept = OpenSearchRest.JSON.createArrayNode();
      doc.path("committed").forEach(b -> {
        if (!batches.contains(b.asText())) kept.add(b);
      });
      doc.set("committed", kept);
      return doc;
    });
  }

  /** The committed batches, oldest first ({@code live}, the batch of single writes, first). */
  List<String> committedList() {
    List<String> out = new ArrayList<>();
    read().path("committed").forEach(b -> out.add(b.asText()));
    return out;
  }

  /** The control document as it is now (read in real time). */
  JsonNode read() {
    return rest.ok("GET", "/" + control + "/_doc/" + committed.doc(), Map.of(), null).path("_source");
  }

  /**
   * Changes the control document with one conditional write, again on a conflict; {@code edit} returns the new
   * document, or null to leave it as it is.
   */
  private void change(UnaryOperator<ObjectNode> edit) {
    for (int attempt = 0; attempt < 100; attempt++) {
      if (attempt > 0) Queries.backOff(attempt);
      String path = "/" + control + "/_doc/" + committed.doc();
      JsonNode doc = rest.ok("GET", path, Map.of(), null);
      ObjectNode changed = edit.apply((ObjectNode) doc.path("_source").deepCopy());
      if (changed == null) return;
      OpenSearchRest.Answer a = rest.call("PUT", path, Map.of("if_seq_no", doc.path("_seq_no").asText(),
          "if_primary_term", doc.path("_primary_term").asText(), "refresh", "true"), changed);
      if (a.ok()) return;
      if (a.status() != 409) throw rest.failure("PUT", path, a);
    }
    throw new OpenSearchUnavailableException("the control document " + control + " kept changing: too many "
        + "concurrent writes; try again", null);
  }

  private static boolean contains(JsonNode list, String value) {
    for (JsonNode v : list) if (v.asText().equals(value)) return true;
    return false;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
