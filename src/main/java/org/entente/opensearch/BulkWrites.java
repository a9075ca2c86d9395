package org.entente.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The single writes of one memory instance (add, update, delete, a use counted), gathered into {@code _bulk}
 * requests, as group commit does for the embedded store: while a request is on its way, the writes that arrive
 * queue up and leave together in the next one, so concurrent writers share its HTTP round trip, its translog fsync
 * ({@code index.translog.durability: request}) and the refresh that makes them visible ({@code refresh=true}: one
 * forced refresh per request, of the shards it wrote, so at most one per instance at a time). Each caller gets its
 * own item's answer: a version conflict on one unit
 * (409) is that caller's alone, the others are acknowledged. A request that fails as a whole fails each of its
 * writers, none of which is then acknowledged. With {@code batched} off every write is a request of its own (the
 * benchmark's baseline). {@code writes.write(action, document)} with action
 * {@code {"index":{"_id":"u1","routing":"default","if_seq_no":4,"if_primary_term":1}}}.
 */
final class BulkWrites implements AutoCloseable {
  /** At most this many writes per request (the queue's writes beyond it leave in the next one). */
  static final int MAX_ITEMS = 500;
  /** Requests on their way at once: one, so that the writes arriving meanwhile share the next. */
  static final int SENDERS = 1;

  private final OpenSearchRest rest;
  private final String path;
  private final Map<String, String> params;
  private final boolean batched;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final List<Thread> senders = new ArrayList<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong items = new AtomicLong();
  private volatile boolean closed;

  private record Pending(ObjectNode action, JsonNode document, CompletableFuture<OpenSearchRest.Answer> answer) {}

  /**
   * Writes to {@code index}, each request made visible as {@code refresh} says ({@code true}: it refreshes the shards
   * it wrote; {@code wait_for}: it waits for the next scheduled refresh).
   */
  BulkWrites(OpenSearchRest rest, String index, String refresh, boolean batched) {
    this.rest = rest;
    this.path = "/" + index + "/_bulk";
    this.params = Map.of("refresh", refresh);
    this.batched = batched;
    if (batched) {
      for (int i = 0; i < SENDERS; i++) {
        Thread t = new Thread(this::send, "entente-opensearch-bulk-" + i);
        t.setDaemon(true);
        t.start();
        senders.add(t);
      }
    }
  }

  /**
   * Writes one item and waits for its answer: its status ({@code 201}, {@code 200}, {@code 404}, {@code 409}) and
   * the bulk item's JSON (its {@code error} when it failed). Throws {@link OpenSearchUnavailableException} when the
   * request carrying it failed as a whole.
   */
  OpenSearchRest.Answer write(ObjectNode action, JsonNode document) {
    Pending p = new Pending(action, document, new CompletableFuture<>());
    if (!batched) {
      answer(List.of(p));
      return join(p);
    }
    if (closed) throw new OpenSearchUnavailableException("the memory is closed", null);
    queue.add(p);
    if (closed) fail(List.of(p), new OpenSearchUnavailableException("the memory is closed", null));
    return join(p);
  }

  private static OpenSearchRest.Answer join(Pending p) {
    try {
      return p.answer().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OpenSearchUnavailableException("interrupted while waiting for a write", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new OpenSearchUnavailableException("a write failed: " + e.getCause(), e.getCause());
    }
  }

  /** A sender's loop: takes what is queued (waiting for a first write), sends it as one request, answers each. */
  private void send() {
    List<Pending> batch = new ArrayList<>();
    while (!closed) {
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) continue;
        batch.add(first);
        queue.drainTo(batch, MAX_ITEMS - 1);
        answer(batch);
      } catch (InterruptedException e) {
        break;
      } catch (RuntimeException e) {
        fail(batch, e);
      } finally {
        batch.clear();
      }
    }
  }

  /** Sends {@code batch} as one {@code _bulk} and completes each write with its item's answer. */
  private void answer(List<Pending> batch) {
    List<JsonNode> lines = new ArrayList<>(2 * batch.size());
    for (Pending p : batch) {
      lines.add(p.action());
      if (p.document() != null) lines.add(p.document());
    }
    OpenSearchRest.Answer a;
    try {
      requests.incrementAndGet();
      items.addAndGet(batch.size());
      a = rest.bulk(path, params, lines);
    } catch (RuntimeException e) {
      fail(batch, e);
      return;
    }
    JsonNode results = a.json().path("items");
    if (!a.ok() || results.size() != batch.size()) {
      fail(batch, rest.failure("POST", path, a));
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      JsonNode item = results.get(i).elements().next();
      batch.get(i).answer().complete(new OpenSearchRest.Answer(item.path("status").asInt(500), item));
    }
  }

  private static void fail(List<Pending> batch, RuntimeException e) {
    for (Pending p : batch) p.answer().completeExceptionally(e);
  }

  /** How many requests carried how many writes so far: {@code [requests, writes]}. */
  long[] counts() {
    return new long[] {requests.get(), items.get()};
  }

  /** Stops the senders; writes still queued fail (they were never acknowledged). */
  @Override
  public void close() {
    closed = true;
    for (Thread t : senders) {
      try {
        t.join(TimeUnit.SECONDS.toMillis(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    List<Pending> left = new ArrayList<>();
    queue.drainTo(left);
    fail(left, new OpenSearchUnavailableException("the memory was closed before this write was sent", null));
  }
}
