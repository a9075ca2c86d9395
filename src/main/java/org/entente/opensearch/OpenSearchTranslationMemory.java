package org.entente.opensearch;

import static org.entente.opensearch.Queries.term;
import static org.entente.opensearch.Queries.terms;
import static org.entente.opensearch.Queries.wrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.time.Duration;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.entente.memory.ConcordanceHit;
import org.entente.memory.FolderSync;
import org.entente.memory.ImportOptions;
import org.entente.memory.ImportReport;
import org.entente.memory.ImportStatuses;
import org.entente.memory.LookupQuery;
import org.entente.memory.MemoryCore;
import org.entente.memory.MemoryInfo;
import org.entente.memory.TmMatch;
import org.entente.memory.TranslationMemory;
import org.entente.memory.TranslationUnit;
import org.entente.text.BadInputException;
import org.entente.text.Language;

/**
 * The translation memory on an OpenSearch cluster, behaving as the embedded one: Entente analyses (terms, keys,
 * counts sent ready-made, {@link UnitDocuments}), OpenSearch finds the candidates with the same filters as the
 * embedded {@code CandidateSearch} ({@code bool} with {@code minimum_should_match}, a range on the term count,
 * {@code terms} on the rarest terms, {@code term} on the key hashes) and Entente scores them with the same
 * {@link MemoryCore#rank}, so a match scores the same on both. Every unit is routed by its memory, so a lookup in
 * one memory asks one shard. An acknowledged write is durable ({@code index.translog.durability: request}) and
 * visible (concurrent single writes share one {@code _bulk} request and the refresh it forces, {@link BulkWrites}); an
 * update or delete acts only on the version it read, so a delete racing an
 * update never brings the unit back. An import is all or nothing: its units are written invisible under a batch
 * marker and the units it replaces marked, and one write of the control document (the list of committed batches,
 * read by every search through a {@code terms} lookup) shows the one and hides the other at once. Nothing lives
 * only in one instance: several Entente instances can share a cluster.
 * {@code OpenSearchTranslationMemory.open(OpenSearchSettings.parse("http://os1:9200")).lookup(query)}.
 */
public final class OpenSearchTranslationMemory implements TranslationMemory, AutoCloseable {
  /** The batch of every unit written outside an import; always committed. */
  static final String LIVE = CommittedBatches.LIVE;
  private static final String BATCHES = ImportBatches.BATCHES;
  private static final int PAGE = 1000;
  private static final int BULK = 500;
  private static final int RETRIES = 20;
  private static final long CONFIG_TTL_NANOS = 1_000_000_000L;

  private final OpenSearchRest rest;
  private final String index;
  private final String control;
  private final BulkWrites writes;
  private final ImportBatches batches;
  private OpenSearchImportStatuses jobStatuses;
  private volatile List<ImportReport> lastSync = List.of();
  private volatile Map<String, MemoryInfo> configs;
  private volatile long configsRead;

  /**
   * How an instance writes single units: {@code batchWrites} gathers concurrent writes into one {@code _bulk} (off:
   * one request per write); {@code refresh} is how an acknowledged write becomes visible: {@code true}, the request
   * refreshes the shards it wrote before it answers (one refresh shared by the writes it carries), or
   * {@code wait_for}, it waits for the index's next scheduled refresh (up to the refresh interval, 1 s by default).
   * The default batches with {@code true}; the others are the write benchmark's baselines.
   */
  public record Options(boolean batchWrites, String refresh, Duration heartbeat, Duration importStaleAfter) {
    public static final Options DEFAULT = new Options(true, "true", Duration.ofSeconds(10), Duration.ofMinutes(2));

    public Options {
      if (!refresh.equals("true") && !refresh.equals("wait_for")) {
        throw new IllegalArgumentException("refresh must be true or wait_for: " + refresh);
      }
    }

    /** How single writes are sent and made visible. */
    public Options withWrites(boolean batched, String refreshPolicy) {
      return new Options(batched, refreshPolicy, heartbeat, importStaleAfter);
    }

    /**
     * How often a running import renews its sign of life, and after how long without one its invisible units are
     * removed by the upkeep.
     */
    public Options withImportLiveness(Duration every, Duration staleAfter) {
      return new Options(batchWrites, refresh, every, staleAfter);
    }
  }

  private OpenSearchTranslationMemory(OpenSearchRest rest, OpenSearchSettings settings, Options options) {
    this.rest = rest;
    this.index = settings.prefix() + "memory";
    this.control = settings.prefix() + "memory-control";
    this.writes = new BulkWrites(rest, index, options.refresh(), options.batchWrites());
    this.batches = new ImportBatches(rest, index, new CommittedBatches(control, BATCHES), new ImportBatches.Bounds(
        options.heartbeat(), options.importStaleAfter(), ImportBatches.COMPACT_OVER, ImportBatches.KEEP_NEWEST));
  }

  /** Connects to the cluster and creates the memory's two indexes when they are missing. */
  public static OpenSearchTranslationMemory open(OpenSearchSettings settings) {
    return open(settings, Options.DEFAULT);
  }

  /** The same with other {@link Options} (the write benchmark's baseline, tests). */
  public static OpenSearchTranslationMemory open(OpenSearchSettings settings, Options options) {
    OpenSearchRest rest = new OpenSearchRest(settings);
    OpenSearchTranslationMemory m = null;
    try {
      m = new OpenSearchTranslationMemory(rest, settings, options);
      m.createIndexes(settings);
      m.jobStatuses = new OpenSearchImportStatuses(rest, settings, ImportStatuses.KEPT, ImportStatuses.MAX_JOBS);
      m.batches.startUpkeep();
      return m;
    } catch (RuntimeException e) {
      if (m != null) {
        m.writes.close();
        m.batches.close();
      }
      rest.close();
      throw e;
    }
  }

  /** How many {@code _bulk} requests carried how many single writes so far: {@code [requests, writes]}. */
  public long[] writeCounts() {
    return writes.counts();
  }

  private void createIndexes(OpenSearchSettings settings) {
    rest.createIndexIfMissing(index, UnitDocuments.indexDefinition(settings));
    batches.committed().create(rest, index, settings.replicas(), OpenSearchRest.object().put("kind", BATCHES));
  }

  // ---------------------------------------------------------------- what a search may see

  private ObjectNode committedLookup() {
    return batches.committedLookup();
  }

  /** A {@code bool} holding only units of committed batches that no committed batch replaced. */
  private ObjectNode visibleBool() {
    return batches.committed().visibleBool();
  }

  private static String routing(List<String> memories) {
    return memories.size() == 1 ? memories.get(0) : null;
  }

  private List<JsonNode> search(ObjectNode query, int size, String routing, ArrayNode source, boolean versions) {
    ObjectNode body = OpenSearchRest.object();
    body.set("query", query);
    body.put("size", size).put("track_total_hits", false);
    if (source != null) body.set("_source", source);
    if (versions) body.put("seq_no_primary_term", true);
    Map<String, String> params = routing == null ? Map.of() : Map.of("routing", routing);
    List<JsonNode> hits = new ArrayList<>();
    rest.ok("POST", "/" + index + "/_search", params, body).path("hits").path("hits").forEach(hits::add);
    return hits;
  }

  /** Hands every visible unit matching {@code filter} (all when null) to {@code action}, in id order. */
  private long scan(ObjectNode filter, String routing, Consumer<JsonNode> action) {
    return scan(filter, routing, UnitDocuments.sourceFields(null), action);
  }

  /** The same, each hit with the {@code source} fields and its version. */
  private long scan(ObjectNode filter, String routing, ArrayNode source, Consumer<JsonNode> action) {
    ObjectNode bool = visibleBool();
    if (filter != null) ((ArrayNode) bool.get("filter")).add(filter);
    JsonNode after = null;
    long n = 0;
    while (true) {
      ObjectNode body = OpenSearchRest.object();
      body.set("query", wrap(bool));
      body.put("size", PAGE).put("track_total_hits", false).put("seq_no_primary_term", true);
      body.putArray("sort").addObject().put("id", "asc");
      body.set("_source", source);
      if (after != null) body.set("search_after", after);
      JsonNode hits = rest.ok("POST", "/" + index + "/_search",
          routing == null ? Map.of() : Map.of("routing", routing), body).path("hits").path("hits");
      for (JsonNode h : hits) {
        action.accept(h);
        n++;
      }
      if (hits.size() < PAGE) return n;
      after = hits.get(hits.size() - 1).path("sort");
    }
  }

  // ---------------------------------------------------------------- lookup

  @Override
  public List<TmMatch> lookup(LookupQuery q) {
    return lookup(q, false);
  }

  /** The same lookup scoring every unit of the memory: the reference for recall. */
  public List<TmMatch> lookupExhaustive(LookupQuery q) {
    return lookup(q, true);
  }

  private List<TmMatch> lookup(LookupQuery q, boolean exhaustive) {
    if (q.source().isBlank()) return List.of();
    Language lang = q.sourceLanguage();
    MemoryCore.Keys query = MemoryCore.queryKeys(q.source(), lang);
    String routing = routing(q.memories());
    Map<String, MemoryCore.Candidate> found = new LinkedHashMap<>();
    Consumer<JsonNode> keep = h -> {
      int similarity = MemoryCore.similarityAtLeast(query.terms(), UnitDocuments.termsOf(h, lang), q.min());
      if (similarity >= 0 && !found.containsKey(h.path("_id").asText())) {
        found.put(h.path("_id").asText(), new MemoryCore.Candidate(UnitDocuments.unit(h), similarity));
      }
    };
    ObjectNode memoryFilter = q.memories().isEmpty() ? null : terms("memory", q.memories());
    if (exhaustive) {
      scanWithTerms(memoryFilter, routing, lang, keep);
    } else {
      ObjectNode bool = candidateQuery(query, lang, q.min(), routing);
      if (memoryFilter != null) ((ArrayNode) bool.get("filter")).add(memoryFilter);
      List<JsonNode> hits = search(wrap(bool), MemoryCore.CANDIDATES, routing, UnitDocuments.sourceFields(lang), false);
      hits.forEach(keep);
      if (hits.size() == MemoryCore.CANDIDATES) {
        // the cap may have cut: the verbatim units are added whatever their rank (they pass every filter)
        ObjectNode verbatim = visibleBool();
        ((ArrayNode) verbatim.get("filter")).add(term(UnitDocuments.exact(lang), query.exact()));
        if (memoryFilter != null) ((ArrayNode) verbatim.get("filter")).add(memoryFilter);
        search(wrap(verbatim), MemoryCore.VERBATIM, routing, UnitDocuments.sourceFields(lang), false).forEach(keep);
      }
    }
    return MemoryCore.rank(q, new ArrayList<>(found.values()), configs());
  }

  private void scanWithTerms(ObjectNode filter, String routing, Language lang, Consumer<JsonNode> action) {
    ObjectNode bool = visibleBool();
    if (filter != null) ((ArrayNode) bool.get("filter")).add(filter);
    JsonNode after = null;
    while (true) {
      ObjectNode body = OpenSearchRest.object();
      body.set("query", wrap(bool));
      body.put("size", PAGE).put("track_total_hits", false);
      body.putArray("sort").addObject().put("id", "asc");
      body.set("_source", UnitDocuments.sourceFields(lang));
      if (after != null) body.set("search_after", after);
      JsonNode hits = rest.ok("POST", "/" + index + "/_search",
          routing == null ? Map.of() : Map.of("routing", routing), body).path("hits").path("hits");
      hits.forEach(action);
      if (hits.size() < PAGE) return;
      after = hits.get(hits.size() - 1).path("sort");
    }
  }

  /**
   * The candidate query of the embedded memory's {@code CandidateSearch}, in OpenSearch's terms: enough of the
   * query's distinct terms ({@code minimum_should_match}), at least one of the rarest ({@code terms}), a term count
   * in range; an exact lookup (min 100) asks the key hash alone.
   */
  private ObjectNode candidateQuery(MemoryCore.Keys query, Language lang, int min, String routing) {
    ObjectNode bool = visibleBool();
    ArrayNode filter = (ArrayNode) bool.get("filter");
    List<String> t = query.terms();
    int n = t.size();
    if (min >= 100 || n == 0) {
      filter.add(term(UnitDocuments.key(lang), query.key()));
      return bool;
    }
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(t));
    int u = distinct.size();
    int atLeast = min <= 0 ? 0 : (min * n + 99) / 100; // matched query positions needed
    int k = Math.max(1, atLeast - (n - u)); // distinct terms needed
    long lenMax = min <= 0 ? Integer.MAX_VALUE : Math.min(Integer.MAX_VALUE, (100L * n) / min);
    Map<String, Long> df = documentFrequencies(distinct, lang, routing);
    List<String> byRarity = new ArrayList<>(distinct);
    byRarity.sort(Comparator.comparingLong(x -> df.getOrDefault(x, 0L)));
    List<String> kept = byRarity.subList(0, Math.min(u, MemoryCore.MAX_QUERY_TERMS));
    int keptNeeded = Math.max(1, k - (u - kept.size()));
    String field = UnitDocuments.terms(lang);
    ObjectNode enough = OpenSearchRest.object();
    ObjectNode enoughBool = enough.putObject("bool");
    ArrayNode should = enoughBool.putArray("should");
    for (String term : kept) should.add(term(field, term));
    enoughBool.put("minimum_should_match", keptNeeded);
    bool.putArray("must").add(enough);
    filter.add(terms(field, kept.subList(0, Math.max(1, Math.min(kept.size(), kept.size() - keptNeeded + 1)))));
    ObjectNode range = OpenSearchRest.object();
    range.putObject("range").putObject(UnitDocuments.length(lang)).put("gte", atLeast).put("lte", lenMax);
    filter.add(range);
    return bool;
  }

  /**
   * How many units hold each term, from the shard the lookup asks (term statistics of an artificial document);
   * empty when the cluster cannot say, which only makes the rarest-terms filter less selective, never wrong.
   */
  private Map<String, Long> documentFrequencies(List<String> distinct, Language lang, String routing) {
    ObjectNode body = OpenSearchRest.object();
    body.putObject("doc").put(UnitDocuments.terms(lang), String.join(UnitDocuments.SEP, distinct));
    body.putArray("fields").add(UnitDocuments.terms(lang));
    body.put("term_statistics", true).put("field_statistics", false).put("positions", false).put("offsets", false)
        .put("payloads", false);
    OpenSearchRest.Answer a = rest.call("POST", "/" + index + "/_termvectors",
        Map.of("routing", routing == null ? MemoryCore.DEFAULT_MEMORY : routing, "realtime", "false"), body);
    Map<String, Long> df = new HashMap<>();
    if (!a.ok()) return df;
    a.json().path("term_vectors").path(UnitDocuments.terms(lang)).path("terms").properties()
        .forEach(e -> df.put(e.getKey(), e.getValue().path("doc_freq").asLong(0)));
    return df;
  }

  // ---------------------------------------------------------------- concordance

  @Override
  public List<ConcordanceHit> concordance(String text, Language language, int max) {
    return concordance(text, language, max, List.of());
  }

  /** Concordance restricted to some named memories (all when empty). */
  public List<ConcordanceHit> concordance(String text, Language language, int max, List<String> memories) {
    if (text == null || text.isBlank()) {
      throw new BadInputException("the concordance text is empty", "text", "give a word or a phrase");
    }
    List<Language> langs = language == null ? List.of(Language.FR, Language.EN) : List.of(language);
    List<ConcordanceHit> hits = new ArrayList<>();
    for (Language lang : langs) {
      List<String> words = MemoryCore.concordanceTerms(text, lang);
      if (words.isEmpty()) continue;
      String field = UnitDocuments.concordance(lang);
      ObjectNode bool = visibleBool();
      ArrayNode must = bool.putArray("must");
      for (String w : words) must.add(term(field, w));
      if (words.size() > 1) {
        ObjectNode phrase = OpenSearchRest.object();
        phrase.putObject("match_phrase").putObject(field).put("query", String.join(UnitDocuments.SEP, words))
            .put("boost", 2);
        bool.putArray("should").add(phrase);
      }
      if (!memories.isEmpty()) ((ArrayNode) bool.get("filter")).add(terms("memory", memories));
      for (JsonNode h : search(wrap(bool), max, routing(memories), UnitDocuments.sourceFields(null), false)) {
        TranslationUnit u = UnitDocuments.unit(h);
        String plain = u.text(lang).plain();
        hits.add(new ConcordanceHit(u.id(), u.memory(), lang, plain, MemoryCore.hits(plain, lang, words),
            u.text(lang.other()).plain(), (float) h.path("_score").asDouble(), u));
      }
    }
    hits.sort(Comparator.comparingDouble((ConcordanceHit h) -> -h.relevance()).thenComparing(ConcordanceHit::unitId));
    return hits.size() > max ? List.copyOf(hits.subList(0, max)) : hits;
  }

  // ---------------------------------------------------------------- single writes

  /** A unit as found, with what a conditional write of it needs: its routing and version. */
  private record Found(TranslationUnit unit, String routing, long seqNo, long primaryTerm) {
    /** A bulk action on this version only: {@code {"index":{"_id":…,"routing":…,"if_seq_no":…,…}}}. */
    ObjectNode ifUnchanged(String kind) {
      ObjectNode a = action(kind, unit.id(), routing);
      ((ObjectNode) a.get(kind)).put("if_seq_no", seqNo).put("if_primary_term", primaryTerm);
      return a;
    }
  }

  private Optional<Found> find(String id) {
    if (id == null || id.isEmpty()) return Optional.empty();
    ObjectNode bool = visibleBool();
    ObjectNode ids = OpenSearchRest.object();
    ids.putObject("ids").putArray("values").add(id);
    ((ArrayNode) bool.get("filter")).add(ids);
    List<JsonNode> hits = search(wrap(bool), 1, null, UnitDocuments.sourceFields(null), true);
    if (hits.isEmpty()) return Optional.empty();
    JsonNode h = hits.get(0);
    return Optional.of(new Found(UnitDocuments.unit(h), h.path("_routing").asText(), h.path("_seq_no").asLong(),
        h.path("_primary_term").asLong()));
  }

  /** Creates {@code u} unless a unit with its id exists (409). */
  private OpenSearchRest.Answer create(TranslationUnit u) {
    return writes.write(action("create", u.id(), u.memory()), UnitDocuments.document(u, LIVE));
  }

  private OpenSearchUnavailableException refused(String what, TranslationUnit u, OpenSearchRest.Answer a) {
    return new OpenSearchUnavailableException("OpenSearch refused to " + what + " unit " + u.id() + " (" + a.status()
        + "): " + a.reason(), null);
  }

  @Override
  public TranslationUnit add(TranslationUnit unit) {
    boolean idGiven = !unit.id().isEmpty();
    TranslationUnit u = idGiven ? unit : unit.withId(UUID.randomUUID().toString());
    MemoryCore.validate(u);
    if (idGiven && find(u.id()).isPresent()) {
      throw new BadInputException("a unit with id " + u.id() + " already exists", "id", "update it instead");
    }
    OpenSearchRest.Answer a = create(u);
    if (a.status() == 409) {
      throw new BadInputException("a unit with id " + u.id() + " already exists", "id", "update it instead");
    }
    if (!a.ok()) throw refused("add", u, a);
    return u;
  }

  @Override
  public Optional<TranslationUnit> get(String id) {
    return find(id).map(Found::unit);
  }

  /** Replaces the unit with the same id: a person's correction, which detaches it from its file. */
  @Override
  public Optional<TranslationUnit> update(TranslationUnit unit) {
    MemoryCore.validate(unit);
    for (int attempt = 0; attempt < RETRIES; attempt++) {
      if (attempt > 0) Queries.backOff(attempt);
      Optional<Found> old = find(unit.id());
      if (old.isEmpty()) return Optional.empty();
      TranslationUnit was = old.get().unit();
      TranslationUnit u = unit.withUsage(Math.max(unit.usageCount(), was.usageCount()),
          unit.lastUsed() != null ? unit.lastUsed() : was.lastUsed()).withOrigin(unit.origin().asEdited(), unit.file());
      if (replace(old.get(), u)) return Optional.of(u);
    }
    throw new OpenSearchUnavailableException("unit " + unit.id() + " kept changing under the update; try again", null);
  }

  @Override
  public TranslationUnit store(TranslationUnit unit) {
    TranslationUnit given = unit.id().isEmpty() ? unit.withId(UUID.randomUUID().toString()) : unit;
    MemoryCore.validate(given);
    for (int attempt = 0; attempt < RETRIES; attempt++) {
      if (attempt > 0) Queries.backOff(attempt);
      Optional<Found> old = find(given.id());
      if (old.isEmpty()) {
        OpenSearchRest.Answer a = create(given);
        if (a.ok()) return given;
        if (a.status() != 409) throw refused("add", given, a);
        continue;
      }
      TranslationUnit was = old.get().unit();
      TranslationUnit u = given.withUsage(Math.max(given.usageCount(), was.usageCount()),
          given.lastUsed() != null ? given.lastUsed() : was.lastUsed());
      if (replace(old.get(), u)) return u;
    }
    throw new OpenSearchUnavailableException("unit " + given.id() + " kept changing under the write; try again", null);
  }

  /** Writes {@code u} over the version {@code old} read; false when that version changed meanwhile. */
  private boolean replace(Found old, TranslationUnit u) {
    if (old.routing().equals(u.memory())) {
      OpenSearchRest.Answer a = writes.write(old.ifUnchanged("index"), UnitDocuments.document(u, LIVE));
      if (a.status() == 409) return false;
      if (!a.ok()) throw refused("update", u, a);
      return true;
    }
    // moved to another memory: another shard; the old copy goes only if nobody changed it meanwhile
    OpenSearchRest.Answer d = writes.write(old.ifUnchanged("delete"), null);
    if (d.status() == 409 || d.status() == 404) return false;
    if (!d.ok()) throw refused("move", u, d);
    OpenSearchRest.Answer a = create(u);
    if (!a.ok()) throw refused("move", u, a);
    return true;
  }

  @Override
  public boolean delete(String id) {
    for (int attempt = 0; attempt < RETRIES; attempt++) {
      if (attempt > 0) Queries.backOff(attempt);
      Optional<Found> old = find(id);
      if (old.isEmpty()) return false;
      OpenSearchRest.Answer a = writes.write(old.get().ifUnchanged("delete"), null);
      if (a.ok()) return true;
      if (a.status() != 409 && a.status() != 404) throw refused("delete", old.get().unit(), a);
    }
    throw new OpenSearchUnavailableException("unit " + id + " kept changing under the delete; try again", null);
  }

  /** Counts one use of a unit, written at once (visible and durable when this returns). */
  @Override
  public void recordUse(String id) {
    for (int attempt = 0; attempt < RETRIES; attempt++) {
      if (attempt > 0) Queries.backOff(attempt);
      Optional<Found> old = find(id);
      if (old.isEmpty()) return;
      TranslationUnit u = old.get().unit();
      TranslationUnit used = u.withUsage(u.usageCount() + 1, java.time.Instant.now());
      if (replace(old.get(), used)) return;
    }
  }

  @Override
  public long size() {
    ObjectNode body = OpenSearchRest.object();
    body.set("query", wrap(visibleBool()));
    return rest.ok("POST", "/" + index + "/_count", Map.of(), body).path("count").asLong();
  }

  // ---------------------------------------------------------------- memories

  @Override
  public MemoryInfo configure(String name, int priority, int penalty) {
    MemoryInfo info = new MemoryInfo(name, priority, penalty, 0);
    ObjectNode doc = OpenSearchRest.object().put("kind", "memory").put("name", name).put("priority", priority)
        .put("penalty", penalty);
    rest.ok("PUT", "/" + control + "/_doc/memory:" + name, Map.of("refresh", "wait_for"), doc);
    configsRead = 0;
    return info;
  }

  /** The named memories' settings, read again at most once a second (another instance may change them). */
  private Map<String, MemoryInfo> configs() {
    Map<String, MemoryInfo> c = configs;
    if (c != null && System.nanoTime() - configsRead < CONFIG_TTL_NANOS) return c;
    ObjectNode body = OpenSearchRest.object();
    body.put("size", 10_000);
    body.set("query", term("kind", "memory"));
    Map<String, MemoryInfo> m = new HashMap<>();
    for (JsonNode h : rest.ok("POST", "/" + control + "/_search", Map.of(), body).path("hits").path("hits")) {
      JsonNode s = h.path("_source");
      String name = s.path("name").asText();
      m.put(name, new MemoryInfo(name, s.path("priority").asInt(), s.path("penalty").asInt(), 0));
    }
    configs = Map.copyOf(m);
    configsRead = System.nanoTime();
    return configs;
  }

  @Override
  public List<MemoryInfo> memories() {
    ObjectNode body = OpenSearchRest.object();
    body.put("size", 0);
    body.set("query", wrap(visibleBool()));
    body.putObject("aggs").putObject("memories").putObject("terms").put("field", "memory").put("size", 10_000);
    Map<String, Long> counts = new TreeMap<>();
    rest.ok("POST", "/" + index + "/_search", Map.of(), body).path("aggregations").path("memories").path("buckets")
        .forEach(b -> counts.put(b.path("key").asText(), b.path("doc_count").asLong()));
    Map<String, MemoryInfo> configs = configs();
    return MemoryCore.memories(counts, configs);
  }

  // ---------------------------------------------------------------- import, export

  @Override
  public ImportReport importTmx(InputStream in, String file, ImportOptions options) {
    return importTmx(in, file, options, () -> { });
  }

  /**
   * Imports one TMX stream all or nothing: its units are written under a new batch marker, invisible; the units of
   * the same file it replaces are marked with that batch; then one write of the control document commits the batch,
   * which shows the new units and hides the replaced ones at once. A failure before that leaves nothing visible.
   */
  public ImportReport importTmx(InputStream in, String file, ImportOptions options, Runnable unitRead) {
    String memory = options.memory();
    new MemoryInfo(memory, 0, 0, 0);
    Set<String> edited = new HashSet<>();
    ObjectNode ofFile = fileFilter(memory, "detached", file);
    if (options.replaceFile()) scan(ofFile, memory, h -> edited.add(MemoryCore.sourceKey(UnitDocuments.unit(h))));
    String batch = batches.start();
    List<JsonNode> lines = new ArrayList<>();
    ImportReport report;
    try {
      report = MemoryCore.readTmx(in, file, options, edited, u -> {
        TranslationUnit unit = u.withId(UUID.randomUUID().toString());
        lines.add(action("create", unit.id(), memory));
        lines.add(UnitDocuments.document(unit, batch));
        if (lines.size() >= 2 * BULK) bulk(lines);
      }, unitRead);
      bulk(lines);
      if (options.replaceFile()) {
        ObjectNode mark = OpenSearchRest.object();
        mark.putObject("doc").put(UnitDocuments.SUPERSEDED, batch);
        scan(fileFilter(memory, "file", file), memory, h -> {
          lines.add(action("update", h.path("_id").asText(), memory));
          lines.add(mark);
          if (lines.size() >= 2 * BULK) bulk(lines);
        });
        bulk(lines);
      }
      rest.ok("POST", "/" + index + "/_refresh", Map.of(), null);
      batches.commit(batch);
    } catch (RuntimeException e) {
      lines.clear();
      batches.abandon(batch);
      throw e;
    }
    batches.finish(batch);
    batches.removeReplaced(memory);
    return report;
  }

  static ObjectNode fileFilter(String memory, String field, String file) {
    ObjectNode f = OpenSearchRest.object();
    ArrayNode all = f.putObject("bool").putArray("filter");
    all.add(term("memory", memory));
    all.add(term(field, file));
    return f;
  }

  private static ObjectNode action(String kind, String id, String routing) {
    ObjectNode a = OpenSearchRest.object();
    a.putObject(kind).put("_id", id).put("routing", routing);
    return a;
  }

  private void bulk(List<JsonNode> lines) {
    if (lines.isEmpty()) return;
    JsonNode items = rest.bulkItems("/" + index + "/_bulk", Map.of(), lines);
    lines.clear();
    for (JsonNode item : items) {
      JsonNode result = item.elements().next();
      if (result.has("error")) {
        throw new OpenSearchUnavailableException("OpenSearch refused a unit of the import: "
            + result.path("error").path("type").asText() + ": " + result.path("error").path("reason").asText(), null);
      }
    }
  }

  @Override
  public long exportTmx(OutputStream out, String memory) {
    ObjectNode filter = memory == null ? null : term("memory", memory);
    long total = count(filter, null);
    long fr = count(filter, "fr");
    String srcLang = fr == total ? "fr" : fr == 0 ? "en" : "*all*";
    return MemoryCore.writeTmx(out, srcLang, sink -> scan(filter, memory, h -> sink.accept(UnitDocuments.unit(h))));
  }

  private long count(ObjectNode filter, String sourceLanguage) {
    ObjectNode bool = visibleBool();
    if (filter != null) ((ArrayNode) bool.get("filter")).add(filter);
    if (sourceLanguage != null) ((ArrayNode) bool.get("filter")).add(term("src", sourceLanguage));
    ObjectNode body = OpenSearchRest.object();
    body.set("query", wrap(bool));
    return rest.ok("POST", "/" + index + "/_count", Map.of(), body).path("count").asLong();
  }

  @Override
  public long forEachUnit(String memory, Consumer<TranslationUnit> action) {
    return scan(memory == null ? null : term("memory", memory), memory, h -> action.accept(UnitDocuments.unit(h)));
  }

  /** Import jobs' statuses, kept in the cluster so that every instance answers for every job. */
  @Override
  public Optional<ImportStatuses> sharedImportStatuses() {
    return Optional.of(jobStatuses);
  }

  /** Deletes the memory's indexes (tests, benchmarks): everything stored is gone. */
  public void dropIndexes() {
    rest.call("DELETE", "/" + index + "," + control, Map.of(), null);
    jobStatuses.drop();
  }

  /**
   * Brings a memory in step with a folder of TMX files as the embedded memory does (by path inside the folder and
   * content hash; changed files replace their unedited units, removed ones lose them), once across the instances
   * sharing the cluster: the hashes are kept in the cluster, and the sync holds a cluster-wide lock, so an instance
   * starting meanwhile waits, then finds the files unchanged.
   */
  @Override
  public List<ImportReport> synchronize(Path folder, String memory) {
    String m = memory == null ? MemoryCore.DEFAULT_MEMORY : memory;
    List<ImportReport> reports;
    try (AutoCloseable lock = batches.lock("sync:" + m)) {
      reports = new FolderSync(new OpenSearchTmxFiles(rest, index, control, this)).synchronize(folder, m);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new OpenSearchUnavailableException("the tmx/ sync lock could not be released: " + e.getMessage(), e);
    }
    lastSync = List.copyOf(reports);
    return reports;
  }

  @Override
  public List<ImportReport> lastSync() {
    return lastSync;
  }

  /**
   * Rebuilds every visible unit's document from its stored unit (after a change of Entente's analysis), a page at a
   * time; each write is conditional on the version read, so a unit changed meanwhile keeps its newer document.
   * Unlike the embedded memory's it is not one atomic step: until it ends, lookups meet old and new documents.
   */
  @Override
  public long reindex(org.entente.text.Progress progress) {
    long total = size();
    long[] done = {0};
    List<JsonNode> lines = new ArrayList<>();
    ArrayNode source = UnitDocuments.sourceFields(null).add(UnitDocuments.BATCH).add(UnitDocuments.SUPERSEDED);
    scan(null, null, source, h -> {
      TranslationUnit u = UnitDocuments.unit(h);
      ObjectNode a = action("index", u.id(), h.path("_routing").asText());
      ((ObjectNode) a.get("index")).put("if_seq_no", h.path("_seq_no").asLong())
          .put("if_primary_term", h.path("_primary_term").asLong());
      ObjectNode doc = UnitDocuments.document(u, h.path("_source").path(UnitDocuments.BATCH).asText(LIVE));
      JsonNode superseded = h.path("_source").path(UnitDocuments.SUPERSEDED);
      if (superseded.isTextual()) doc.put(UnitDocuments.SUPERSEDED, superseded.asText());
      lines.add(a);
      lines.add(doc);
      if (lines.size() >= 2 * BULK) reindexed(lines, done, total, progress);
    });
    reindexed(lines, done, total, progress);
    rest.ok("POST", "/" + index + "/_refresh", Map.of(), null);
    return done[0];
  }

  private void reindexed(List<JsonNode> lines, long[] done, long total, org.entente.text.Progress progress) {
    if (lines.isEmpty()) return;
    done[0] += Sweep.applied(rest, "/" + index + "/_bulk", Map.of(), lines);
    lines.clear();
    progress.at(done[0], total);
  }

  /**
   * Removes the invisible units of imports that stopped before their commit (their instance died) and compacts the
   * committed list when it grew long; it also runs at open and every few minutes. How many units it removed.
   */
  public long upkeep() {
    return batches.upkeep();
  }

  /** Compacts the committed list down to the newest {@code keep} imports (tests; the upkeep keeps 20). */
  void compact(int keep) {
    batches.compact(keep);
  }

  /** The committed import batches, oldest first ({@code live}, the batch of single writes, first). */
  List<String> committedBatches() {
    return batches.committedList();
  }

  @Override
  public void close() {
    batches.close();
    writes.close();
    rest.close();
  }
}
