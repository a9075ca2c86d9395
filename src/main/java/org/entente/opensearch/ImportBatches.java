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
 * The import batches of the OpenSearch memory and their upkeep. One control document lists the committed batches
 * (every search shows only their units) and the abandoned ones; an import running registers itself
 * ({@code import:<batch>}) and its instance renews that sign of life every {@code heartbeat}. The upkeep, at open
 * and every few minutes on every instance, deletes the units of the batches that are neither committed nor alive
 * (their instance died mid-import: the units were never visible), abandoning each in the control document first, so
 * that an import thought dead that wakes up fails at its commit instead of committing half a file; and compacts the
 * committed list: the units of an old committed batch are rewritten as {@code live} (the batch of single writes,
 * always committed) and the batch leaves the list, which then stays short however many imports there were.
 */
final class ImportBatches implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ImportBatches.class);
  static final String BATCHES = "batches";
  /** The committed list is compacted when it holds more batches than this ... */
  static final int COMPACT_OVER = 100;
  /** ... down to the newest this many (their replaced units may still be on their way out). */
  static final int KEEP_NEWEST = 20;
  /** How many abandoned batches the control document remembers (a late commit of one fails). */
  static final int ABANDONED_KEPT = 1000;
  private static final Duration UPKEEP_EVERY = Duration.ofMinutes(5);

  private final OpenSearchRest rest;
  private final String index;
  private final String control;
  private final Duration staleAfter;
  private final Set<String> running = ConcurrentHashMap.newKeySet();
  private final Set<String> locks = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "entente-opensearch-upkeep");
    t.setDaemon(true);
    return t;
  });

  ImportBatches(OpenSearchRest rest, String index, String control, Duration heartbeat, Duration staleAfter) {
    this.rest = rest;
    this.index = index;
    this.control = control;
    this.staleAfter = staleAfter;
    timer.scheduleWithFixedDelay(this::renew, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Runs the upkeep now and then every few minutes, in the background. */
  void startUpkeep() {
    timer.scheduleWithFixedDelay(() -> {
      try {
        upkeep();
      } catch (RuntimeException e) {
        LOG.warn("OpenSearch memory upkeep failed (tried again later): {}", e.getMessage());
      }
    }, 0, UPKEEP_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** A new batch, registered as running. */
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
        boolean stale = held.ok()
            && doc.path("_source").path("alive").asLong() < System.currentTimeMillis() - staleAfter.toMillis();
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

  /** The import is over (committed or given up): no more sign of life. */
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
      if (contains(doc.path("abandoned"), batch)) {
        throw new OpenSearchUnavailableException("the import gave no sign of life for " + staleAfter.toSeconds()
            + " s and its units were removed; import the file again", null);
      }
      ((ArrayNode) doc.path("committed")).add(batch);
      return doc;
    });
  }

  /** Deletes what an import that failed wrote (invisible anyway); a failure here is left to the upkeep. */
  void abandon(String batch) {
    try {
      Sweep.delete(rest, index, OpenSearchTranslationMemory.term(UnitDocuments.BATCH, batch), null);
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

  /** A {@code terms} lookup of the committed list, read by the searches at the time they run. */
  ObjectNode committedLookup() {
    ObjectNode l = OpenSearchRest.object();
    l.put("index", control).put("id", BATCHES).put("path", "committed");
    return l;
  }

  /** Cleans away dead imports and compacts the committed list when it grew long; how many units were removed. */
  long upkeep() {
    long removed = removeDeadImports();
    if (read().path("committed").size() > COMPACT_OVER + 1) compact(KEEP_NEWEST);
    return removed;
  }

  /**
   * Deletes the units of every batch that is not committed and whose import gave no sign of life for
   * {@code staleAfter}; each is abandoned in the control document first, so that its import cannot commit later.
   */
  long removeDeadImports() {
    ObjectNode body = OpenSearchRest.object();
    body.put("size", 0);
    ObjectNode notCommitted = body.putObject("query").putObject("bool");
    notCommitted.putArray("must_not").addObject().putObject("terms").set(UnitDocuments.BATCH, committedLookup());
    body.putObject("aggs").putObject("batches").putObject("terms").put("field", UnitDocuments.BATCH)
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
      long n = Sweep.delete(rest, index, OpenSearchTranslationMemory.term(UnitDocuments.BATCH, batch), null);
      rest.call("DELETE", "/" + control + "/_doc/import:" + batch, Map.of(), null);
      LOG.info("removed {} invisible units of import {}, which stopped before its commit", n, batch);
      removed += n;
    }
    return removed;
  }

  private boolean alive(String batch) {
    OpenSearchRest.Answer a = rest.call("GET", "/" + control + "/_doc/import:" + batch, Map.of(), null);
    if (!a.ok()) return false;
    return a.json().path("_source").path("alive").asLong() >= System.currentTimeMillis() - staleAfter.toMillis();
  }

  /**
   * Takes all committed batches but the newest {@code keep} out of the committed list: their replaced units are
   * deleted, their units rewritten as {@code live} (visible all along: both batches are committed meanwhile), and
   * only the batches none of whose units are left behind leave the list, in one conditional write.
   */
  void compact(int keep) {
    List<String> committed = new ArrayList<>();
    read().path("committed").forEach(b -> committed.add(b.asText()));
    committed.remove(OpenSearchTranslationMemory.LIVE);
    if (committed.size() <= keep) return;
    Set<String> done = new LinkedHashSet<>();
    ObjectNode live = OpenSearchRest.object().put(UnitDocuments.BATCH, OpenSearchTranslationMemory.LIVE);
    for (String batch : committed.subList(0, committed.size() - keep)) {
      Sweep.delete(rest, index, OpenSearchTranslationMemory.term(UnitDocuments.SUPERSEDED, batch), null);
      Sweep.update(rest, index, OpenSearchTranslationMemory.term(UnitDocuments.BATCH, batch), null, live);
      ObjectNode left = OpenSearchRest.object();
      ArrayNode either = left.putObject("query").putObject("bool").putArray("should");
      either.add(OpenSearchTranslationMemory.term(UnitDocuments.BATCH, batch));
      either.add(OpenSearchTranslationMemory.term(UnitDocuments.SUPERSEDED, batch));
      if (rest.ok("POST", "/" + index + "/_count", Map.of(), left).path("count").asLong() == 0) done.add(batch);
    }
    if (done.isEmpty()) return;
    change(doc -> {
      ArrayNode kept = OpenSearchRest.JSON.createArrayNode();
      doc.path("committed").forEach(b -> {
        if (!done.contains(b.asText())) kept.add(b);
      });
      doc.set("committed", kept);
      return doc;
    });
  }

  /** The control document as it is now (read in real time). */
  JsonNode read() {
    return rest.ok("GET", "/" + control + "/_doc/" + BATCHES, Map.of(), null).path("_source");
  }

  /**
   * Changes the control document with one conditional write, again on a conflict; {@code edit} returns the new
   * document, or null to leave it as it is.
   */
  private void change(UnaryOperator<ObjectNode> edit) {
    for (int attempt = 0; attempt < 100; attempt++) {
      if (attempt > 0) OpenSearchTranslationMemory.backOff(attempt);
      JsonNode doc = rest.ok("GET", "/" + control + "/_doc/" + BATCHES, Map.of(), null);
      ObjectNode changed = edit.apply((ObjectNode) doc.path("_source").deepCopy());
      if (changed == null) return;
      OpenSearchRest.Answer a = rest.call("PUT", "/" + control + "/_doc/" + BATCHES,
          Map.of("if_seq_no", doc.path("_seq_no").asText(), "if_primary_term", doc.path("_primary_term").asText(),
              "refresh", "true"), changed);
      if (a.ok()) return;
      if (a.status() != 409) throw rest.failure("PUT", "/" + control + "/_doc/" + BATCHES, a);
    }
    throw new OpenSearchUnavailableException("the memory's control document kept changing: too many concurrent "
        + "imports; try again", null);
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
