package org.entente.opensearch;

import static org.entente.opensearch.Queries.term;
import static org.entente.opensearch.Queries.terms;
import static org.entente.opensearch.Queries.wrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.entente.terminology.Concept;
import org.entente.terminology.ConceptJson;
import org.entente.terminology.ConceptSearch;
import org.entente.terminology.LuceneTermBase;
import org.entente.terminology.HeldTermStore;
import org.entente.text.Language;

/**
 * The termbase on an OpenSearch cluster, shared by every Entente instance that names it, behaving as the embedded
 * one. Concepts are documents of one index (one shard: a termbase is small); a control document holds the
 * termbase's version, the committed write batches and the content hash of each imported file. Every write
 * (a concept put or deleted, a file imported or removed) writes its documents invisible under a new batch, marks
 * the documents it replaces, then commits with one conditional write of the control document, which raises the
 * version: the write is visible whole or not at all, and writes from several instances are serialised (a commit
 * that lost the race marks again and retries). Each instance holds the concepts in memory for recognition and
 * checks the version every {@link #DEFAULT_CHECK} (and after its own writes); when it changed, it reloads the
 * concepts and swaps in a rebuilt recogniser. A write that writes documents (a put, an import) gives signs of life
 * while it runs; the upkeep ({@link ImportBatches}, at open and every few minutes) deletes what a write whose
 * instance died left invisible, and keeps the committed list short, neither changing the version.
 * {@code OpenSearchTermBase.open(OpenSearchSettings.parse(url))}: a term added through instance A is recognised by
 * instance B within the check interval plus one reload.
 */
public final class OpenSearchTermBase extends HeldTermStore {
  /** How often an instance checks the termbase's version by default. */
  public static final Duration DEFAULT_CHECK = Duration.ofSeconds(1);
  private static final String STATE = "state";
  private static final int PAGE = 5000;
  private static final int BULK = 500;
  private static final int IDS_PER_QUERY = 10_000;
  private static final int RETRIES = 50;

  private final OpenSearchRest rest;
  private final String index;
  private final String control;
  private final CommittedBatches batches;
  private final ImportBatches upkeep;
  private final Object writes = new Object();
  private final ScheduledExecutorService watch;
  private final AtomicLong reloads = new AtomicLong();
  /** The version of the termbase the loaded concepts are; -1 before the first load. */
  private volatile long version = -1;

  /**
   * How an instance follows and keeps the termbase: it checks the version every {@code check} (zero: only after its
   * own writes); a running write renews its sign of life every {@code heartbeat}, and the upkeep removes what a
   * write silent for {@code writeStaleAfter} left; past {@code compactOver} committed imports the upkeep compacts
   * the list down to the newest {@code keepNewest}.
   */
  public record Options(Duration check, Duration heartbeat, Duration writeStaleAfter, int compactOver,
      int keepNewest) {
    public static final Options DEFAULT = new Options(DEFAULT_CHECK, Duration.ofSeconds(10), Duration.ofMinutes(2),
        ImportBatches.COMPACT_OVER, ImportBatches.KEEP_NEWEST);

    public Options {
      new ImportBatches.Bounds(heartbeat, writeStaleAfter, compactOver, keepNewest);
    }

    /** How often the version is checked (zero: only after own writes). */
    public Options withCheck(Duration every) {
      return new Options(every, heartbeat, writeStaleAfter, compactOver, keepNewest);
    }

    /** How often a running write renews its sign of life, and after how long without one the upkeep removes it. */
    public Options withWriteLiveness(Duration every, Duration staleAfter) {
      return new Options(check, every, staleAfter, compactOver, keepNewest);
    }

    /** Past how many committed imports the upkeep compacts the list, and how many of the newest it keeps. */
    public Options withCompaction(int over, int keep) {
      return new Options(check, heartbeat, writeStaleAfter, over, keep);
    }
  }

  private OpenSearchTermBase(OpenSearchRest rest, OpenSearchSettings settings, Options options) {
    this.rest = rest;
    this.index = settings.prefix() + "terms";
    this.control = settings.prefix() + "terms-control";
    this.batches = new CommittedBatches(control, STATE);
    this.upkeep = new ImportBatches(rest, index, batches, new ImportBatches.Bounds(options.heartbeat(),
        options.writeStaleAfter(), options.compactOver(), options.keepNewest()));
    Duration check = options.check();
    this.watch = check.isZero() ? null : Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "entente-termbase-watch");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Connects, creates the termbase's indexes when missing, loads the concepts, checks the version each second and
   * starts the upkeep.
   */
  public static OpenSearchTermBase open(OpenSearchSettings settings) {
    return open(settings, Options.DEFAULT);
  }

  /** As {@link #open(OpenSearchSettings)}, checking the version every {@code check} (zero: only after own writes). */
  public static OpenSearchTermBase open(OpenSearchSettings settings, Duration check) {
    return open(settings, Options.DEFAULT.withCheck(check));
  }

  /** As {@link #open(OpenSearchSettings)}, with other {@link Options} (tests). */
  public static OpenSearchTermBase open(OpenSearchSettings settings, Options options) {
    OpenSearchRest rest = new OpenSearchRest(settings);
    OpenSearchTermBase base = new OpenSearchTermBase(rest, settings, options);
    try {
      base.createIndexes(settings);
      base.reload();
    } catch (RuntimeException e) {
      base.close();
      throw e;
    }
    long check = options.check().toMillis();
    if (base.watch != null) base.watch.scheduleWithFixedDelay(base::check, check, check, TimeUnit.MILLISECONDS);
    base.upkeep.startUpkeep();
    return base;
  }

  private void createIndexes(OpenSearchSettings settings) {
    rest.createIndexIfMissing(index, ConceptDocuments.indexDefinition(settings));
    ObjectNode state = OpenSearchRest.object().put("kind", STATE).put("version", 0);
    state.putArray("origins");
    batches.create(rest, index, settings.replicas(), state);
  }

  // ---------------------------------------------------------------- the control document

  /** The control document as read: its version for a conditional write, the termbase's version, the file hashes. */
  private record State(long seqNo, long primaryTerm, long version, Map<String, String> origins, ObjectNode source) {
    Map<String, String> ifUnchanged() {
      return Map.of("if_seq_no", Long.toString(seqNo), "if_primary_term", Long.toString(primaryTerm),
          "refresh", "true");
    }
  }

  private State state() {
    JsonNode doc = rest.ok("GET", "/" + control + "/_doc/" + STATE, Map.of(), null);
    ObjectNode source = (ObjectNode) doc.path("_source").deepCopy();
    Map<String, String> origins = new LinkedHashMap<>();
    for (JsonNode o : source.path("origins")) origins.put(o.path("origin").asText(), o.path("hash").asText());
    return new State(doc.path("_seq_no").asLong(), doc.path("_primary_term").asLong(), source.path("version").asLong(),
        origins, source);
  }

  /** The termbase's version now: it changes with every committed write, whichever instance made it. */
  public long storedVersion() {
    return rest.ok("GET", "/" + control + "/_doc/" + STATE, Map.of("_source_includes", "version"), null)
        .path("_source").path("version").asLong();
  }

  /** The version of the concepts this instance holds and recognises. */
  public long loadedVersion() {
    return version;
  }

  /** How many times this instance has reloaded the concepts (tests, benchmarks). */
  public long reloads() {
    return reloads.get();
  }

  /** A {@code bool} holding only concepts of committed batches that no committed batch replaced. */
  private ObjectNode visibleBool() {
    return batches.visibleBool();
  }

  // ---------------------------------------------------------------- reading

  /** One check of the version (the watch thread's task): reloads when another instance changed the termbase. */
  void check() {
    try {
      if (storedVersion() != version) reload();
    } catch (RuntimeException e) {
      // the cluster may be away for a moment: the loaded concepts stay in use until a check succeeds again
    }
  }

  /**
   * Reads every visible concept and swaps them in with a rebuilt recogniser, unless the concepts held are as new;
   * a read during which the version changed is done again, so the concepts held are always one version's.
   */
  public void reload() {
    reload(false);
  }

  /** Reads every concept and rebuilds the recogniser even when the version did not change (benchmarks). */
  public void rebuild() {
    reload(true);
  }

  private void reload(boolean always) {
    for (int attempt = 0; attempt < RETRIES; attempt++) {
      long v = storedVersion();
      Map<String, Concept> concepts = new HashMap<>();
      Map<String, String> origins = new HashMap<>();
      // the whole _source: filtering it would make the node parse and write again every document
      scan(null, null, h -> {
        JsonNode s = h.path("_source");
        Concept c = ConceptJson.read(s.path(ConceptDocuments.JSON).asText());
        concepts.put(c.id(), c);
        origins.put(c.id(), s.path(ConceptDocuments.ORIGIN).asText());
      });
      if (storedVersion() != v) continue;
      synchronized (writes) {
        if (v > version || always) {
          loaded.replaceAll(concepts, origins);
          version = v;
          reloads.incrementAndGet();
        }
      }
      return;
    }
    throw new OpenSearchUnavailableException("the termbase kept changing while it was read; try again", null);
  }

  /**
   * Hands every visible concept document matching {@code filter} (all when null) to {@code action}, with the
   * {@code fields} of its source (null: the whole source).
   */
  private void scan(ObjectNode filter, List<String> fields, Consumer<JsonNode> action) {
    ObjectNode bool = visibleBool();
    if (filter != null) ((ArrayNode) bool.get("filter")).add(filter);
    ObjectNode body = OpenSearchRest.object();
    body.set("query", wrap(bool));
    body.put("seq_no_primary_term", true);
    if (fields != null) fields.forEach(body.putArray("_source")::add);
    rest.searchAll(index, body, ConceptDocuments.DOC, PAGE, action);
  }

  @Override
  public Optional<String> originHash(String origin) {
    return Optional.ofNullable(state().origins().get(origin));
  }

  @Override
  public Set<String> origins() {
    return Set.copyOf(state().origins().keySet());
  }

  /** The embedded termbase's candidate queries in OpenSearch's terms, on the same normalised keys. */
  @Override
  protected List<String> candidates(ConceptSearch.Query q, int n) {
    ObjectNode bool = visibleBool();
    ObjectNode any = bool.putArray("must").addObject().putObject("bool");
    ArrayNode should = any.putArray("should");
    List<String> words = q.words();
    for (Language l : q.languages()) {
      String t = ConceptDocuments.whole(l);
      String w = ConceptDocuments.words(l);
      switch (q.mode()) {
        case EXACT -> should.add(term(t, q.norm()));
        case PREFIX -> {
          should.add(prefix(t, q.norm()));
          // autocomplete inside a term: "plans nucl" finds "groupe des plans nucleaires"
          if (!words.isEmpty()) {
            ArrayNode all = should.addObject().putObject("bool").putArray("must");
            for (int i = 0; i < words.size() - 1; i++) all.add(term(w, words.get(i)));
            all.add(prefix(w, words.get(words.size() - 1)));
          }
        }
        case FUZZY -> {
          ArrayNode all = should.addObject().putObject("bool").putArray("must");
          for (String word : words) {
            int edits = ConceptSearch.edits(word);
            ObjectNode f = all.addObject().putObject("fuzzy").putObject(w);
            f.put("value", word).put("fuzziness", edits).put("prefix_length", edits == 0 ? 0 : 1)
                .put("transpositions", true);
          }
        }
        default -> { }
      }
    }
    any.put("minimum_should_match", 1);
    ObjectNode body = OpenSearchRest.object();
    body.set("query", wrap(bool));
    body.put("size", n).put("track_total_hits", false);
    ArrayNode sort = body.putArray("sort");
    sort.addObject().put("_score", "desc");
    sort.addObject().put(ConceptDocuments.ID, "asc");
    body.putArray("_source").add(ConceptDocuments.ID);
    List<String> ids = new ArrayList<>();
    for (JsonNode h : rest.ok("POST", "/" + index + "/_search", Map.of(), body).path("hits").path("hits")) {
      ids.add(h.path("_source").path(ConceptDocuments.ID).asText());
    }
    return ids;
  }

  private static ObjectNode prefix(String field, String value) {
    ObjectNode p = OpenSearchRest.object();
    p.putObject("prefix").put(field, value);
    return p;
  }

  // ---------------------------------------------------------------- writing

  /** What a write changes in the control document's list of imported files: {@code hash} null removes the file. */
  private record OriginChange(String origin, String hash, boolean onlyIfChanged) {}

  /** A committed write: the termbase's version before and after it, and the ids of the concepts it replaced. */
  private record Commit(long before, long after, Set<String> replaced) {}

  @Override
  public Concept put(Concept concept) {
    ConceptSearch.validate(List.of(concept), "concept");
    synchronized (writes) {
      String batch = upkeep.start();
      String doc = UUID.randomUUID().toString();
      ObjectNode source = ConceptDocuments.document(concept, LuceneTermBase.API_ORIGIN, batch, doc);
      OpenSearchRest.Answer a;
      Commit c;
      try {
        a = rest.call("PUT", "/" + index + "/_create/" + doc, Map.of(), source);
        if (!a.ok()) throw rest.failure("PUT", "/" + index + "/_create/" + doc, a);
        c = commit(batch, List.of(term(ConceptDocuments.ID, concept.id())), false, null);
      } catch (RuntimeException e) {
        upkeep.abandon(batch);
        throw e;
      }
      upkeep.finish(batch);
      applied(c, batch, () -> loaded.put(concept, LuceneTermBase.API_ORIGIN));
      compact(batch, new Written(doc, source, a.json().path("_seq_no").asLong(), a.json().path("_primary_term").asLong()));
      return concept;
    }
  }

  @Override
  public boolean delete(String id) {
    synchronized (writes) {
      // writes no document, only marks (a mark of a batch never committed hides nothing): no sign of life needed
      String batch = newBatch();
      Commit c = commit(batch, List.of(term(ConceptDocuments.ID, id)), true, null);
      if (c == null) return false;
      applied(c, batch, () -> loaded.remove(id));
      compact(batch, null);
      return true;
    }
  }

  @Override
  public int replaceOrigin(String origin, List<Concept> concepts, String hash) {
    return replace(origin, concepts, hash, false).orElseThrow();
  }

  @Override
  public Optional<Integer> replaceOriginIfChanged(String origin, List<Concept> concepts, String hash) {
    return replace(origin, concepts, hash, true);
  }

  private Optional<Integer> replace(String origin, List<Concept> concepts, String hash, boolean onlyIfChanged) {
    ConceptSearch.validate(concepts, origin);
    synchronized (writes) {
      if (onlyIfChanged && hash.equals(state().origins().get(origin))) return Optional.empty();
      String batch = upkeep.start();
      Commit c;
      try {
        List<JsonNode> lines = new ArrayList<>();
        for (Concept concept : concepts) {
          String doc = UUID.randomUUID().toString();
          lines.add(createAction(doc));
          lines.add(ConceptDocuments.document(concept, origin, batch, doc));
          if (lines.size() >= 2 * BULK) bulk(lines);
        }
        bulk(lines);
        List<ObjectNode> replaced = new ArrayList<>();
        replaced.add(term(ConceptDocuments.ORIGIN, origin));
        List<String> ids = concepts.stream().map(Concept::id).toList();
        for (int i = 0; i < ids.size(); i += IDS_PER_QUERY) {
          replaced.add(terms(ConceptDocuments.ID, ids.subList(i, Math.min(ids.size(), i + IDS_PER_QUERY))));
        }
        c = commit(batch, replaced, false, new OriginChange(origin, hash, onlyIfChanged));
      } catch (RuntimeException e) {
        upkeep.abandon(batch);
        throw e;
      }
      if (c == null) {
        upkeep.abandon(batch);
        return Optional.empty();
      }
      upkeep.finish(batch);
      applied(c, batch, () -> loaded.swap(c.replaced(), concepts, origin));
      return Optional.of(c.replaced().size());
    }
  }

  @Override
  public int removeOrigin(String origin) {
    synchronized (writes) {
      String batch = newBatch();
      Commit c = commit(batch, List.of(term(ConceptDocuments.ORIGIN, origin)), false,
          new OriginChange(origin, null, false));
      applied(c, batch, () -> loaded.swap(c.replaced(), List.of(), origin));
      return c.replaced().size();
    }
  }

  /**
   * Brings the held concepts to the version {@code c} committed: by {@code change} alone when they were the version
   * just before it, else (another instance wrote meanwhile) by a reload; then deletes what the batch replaced.
   */
  private void applied(Commit c, String batch, Runnable change) {
    if (version == c.before()) {
      change.run();
      version = c.after();
    } else {
      reload();
    }
    cleanUp(batch);
  }

  private static String newBatch() {
    return "b-" + UUID.randomUUID();
  }

  private static ObjectNode createAction(String doc) {
    ObjectNode a = OpenSearchRest.object();
    a.putObject("create").put("_id", doc);
    return a;
  }

  /**
   * Commits {@code batch}: marks the visible documents matching any of {@code replaced} as replaced by it, then
   * in one conditional write of the control document adds the batch to the committed ones, raises the version and
   * records the file change. When another write committed meanwhile, marks again (what is visible may have changed)
   * and retries. Null, with nothing committed, when {@code needsMatch} and nothing matched, or when the file is
   * already recorded with this content; a failure when the upkeep abandoned the batch (its instance was silent).
   */
  private Commit commit(String batch, List<ObjectNode> replaced, boolean needsMatch, OriginChange change) {
    for (int attempt = 0; attempt < RETRIES; attempt++) {
      if (attempt > 0) Queries.backOff(attempt);
      State s = state();
      upkeep.refuseIfAbandoned(s.source(), batch);
      if (change != null && change.onlyIfChanged() && change.hash().equals(s.origins().get(change.origin()))) {
        return null;
      }
      Map<String, JsonNode> old = new LinkedHashMap<>();
      for (ObjectNode f : replaced) {
        scan(f, List.of(ConceptDocuments.ID, ConceptDocuments.SUPERSEDED), h -> old.put(h.path("_id").asText(), h));
      }
      if (needsMatch && old.isEmpty()) return null;
      if (!mark(old.values(), batch)) continue;
      rest.ok("POST", "/" + index + "/_refresh", Map.of(), null);
      ObjectNode next = s.source().deepCopy();
      ((ArrayNode) next.get("committed")).add(batch);
      next.put("version", s.version() + 1);
      if (change != null) {
        Map<String, String> origins = new LinkedHashMap<>(s.origins());
        if (change.hash() == null) origins.remove(change.origin());
        else origins.put(change.origin(), change.hash());
        ArrayNode list = next.putArray("origins");
        origins.forEach((o, h) -> list.addObject().put("origin", o).put("hash", h));
      }
      OpenSearchRest.Answer a = rest.call("PUT", "/" + control + "/_doc/" + STATE, s.ifUnchanged(), next);
      if (a.ok()) {
        Set<String> ids = new HashSet<>();
        old.values().forEach(h -> ids.add(h.path("_source").path(ConceptDocuments.ID).asText()));
        return new Commit(s.version(), s.version() + 1, ids);
      }
      if (a.status() != 409) throw rest.failure("PUT", "/" + control + "/_doc/" + STATE, a);
    }
    throw new OpenSearchUnavailableException("the termbase write could not be committed: too many concurrent writes",
        null);
  }

  /**
   * Adds {@code batch} to the replacing batches of each document, each write conditional on the version read (a
   * concurrent writer's mark is kept, not overwritten); false when one of them changed meanwhile.
   */
  private boolean mark(Iterable<JsonNode> hits, String batch) {
    List<JsonNode> lines = new ArrayList<>();
    boolean unchanged = true;
    for (JsonNode h : hits) {
      ArrayNode marks = OpenSearchRest.JSON.createArrayNode();
      boolean has = false;
      for (JsonNode m : h.path("_source").path(ConceptDocuments.SUPERSEDED)) {
        marks.add(m.asText());
        has |= m.asText().equals(batch);
      }
      if (has) continue;
      marks.add(batch);
      ObjectNode action = OpenSearchRest.object();
      action.putObject("update").put("_id", h.path("_id").asText()).put("if_seq_no", h.path("_seq_no").asLong())
          .put("if_primary_term", h.path("_primary_term").asLong());
      ObjectNode doc = OpenSearchRest.object();
      doc.putObject("doc").set(ConceptDocuments.SUPERSEDED, marks);
      lines.add(action);
      lines.add(doc);
      if (lines.size() >= 2 * BULK) unchanged &= bulkConditional(lines);
    }
    return bulkConditional(lines) && unchanged;
  }

  /** A bulk of conditional writes; false when one met a version conflict, a failure for any other refusal. */
  private boolean bulkConditional(List<JsonNode> lines) {
    if (lines.isEmpty()) return true;
    JsonNode items = rest.bulkItems("/" + index + "/_bulk", Map.of(), lines);
    lines.clear();
    boolean unchanged = true;
    for (JsonNode item : items) {
      JsonNode result = item.elements().next();
      if (!result.has("error")) continue;
      if (result.path("status").asInt() == 409 || result.path("status").asInt() == 404) {
        unchanged = false;
      } else {
        throw new OpenSearchUnavailableException("OpenSearch refused a termbase write: "
            + result.path("error").path("type").asText() + ": " + result.path("error").path("reason").asText(), null);
      }
    }
    return unchanged;
  }

  private void bulk(List<JsonNode> lines) {
    if (!bulkConditional(lines)) {
      throw new OpenSearchUnavailableException("OpenSearch refused a concept of the import: its document exists", null);
    }
  }

  /** Deletes the documents a committed batch replaced (hidden already); any time later is as good. */
  private void cleanUp(String batch) {
    try {
      Sweep.delete(rest, index, term(ConceptDocuments.SUPERSEDED, batch), null);
    } catch (RuntimeException e) {
      // what was to be deleted is invisible: it costs disk only, and the compaction deletes it again
    }
  }

  /** A document as written, with its version for a conditional rewrite. */
  private record Written(String id, ObjectNode source, long seqNo, long primaryTerm) {}

  /**
   * Takes a single write's batch off the committed list once nothing refers to it, so that the list does not grow
   * with every concept edited: its document ({@code written}, or none for a delete) is rewritten as {@code live}
   * (conditional on the version written), the documents it replaced are gone ({@link #cleanUp}); then one
   * conditional write of the control document drops the batch, the version unchanged (no instance reloads for it).
   * When anything changed meanwhile, it stops: the batch stays committed, which is harmless.
   */
  private void compact(String batch, Written written) {
    try {
      if (written != null) {
        written.source().put(ConceptDocuments.BATCH, CommittedBatches.LIVE);
        OpenSearchRest.Answer a = rest.call("PUT", "/" + index + "/_doc/" + written.id(), Map.of("if_seq_no",
            Long.toString(written.seqNo()), "if_primary_term", Long.toString(written.primaryTerm())), written.source());
        if (!a.ok()) return;
      }
      if (!upkeep.leftBehind(batch)) upkeep.drop(Set.of(batch));
    } catch (RuntimeException e) {
      // the batch stays committed: one more entry in the list, nothing else
    }
  }

  /**
   * Removes the invisible documents of writes that stopped before their commit (their instance died) and compacts
   * the committed list when it grew long, the version unchanged; it also runs at open and every few minutes. How
   * many documents it removed.
   */
  public long upkeep() {
    return upkeep.upkeep();
  }

  /** The committed batches, oldest first ({@code live} first; tests: the list stays short). */
  List<String> committedBatches() {
    return upkeep.committedList();
  }

  /** How many concept documents are visible: one per concept when no write is under way (tests). */
  long visibleDocuments() {
    ObjectNode body = OpenSearchRest.object();
    body.set("query", wrap(visibleBool()));
    return rest.ok("POST", "/" + index + "/_count", Map.of(), body).path("count").asLong();
  }

  /** Deletes the termbase's two indexes (tests, benchmarks): everything stored is gone. */
  public void dropIndexes() {
    rest.call("DELETE", "/" + index + "," + control, Map.of(), null);
  }

  @Override
  public void close() {
    upkeep.close();
    if (watch != null) {
      watch.shutdownNow();
      try {
        watch.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    rest.close();
  }
}
