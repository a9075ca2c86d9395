package org.entente.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.nio.charset.StandardCharsets;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;

/**
 * The Java client of the Entente service, for CAT-tool plugins: suggestions, draft checks, translation-memory
 * lookup and concordance, term recognition and search, concepts, alignment and imports, with typed records in and
 * out. Build one per process and share it; it is thread-safe.
 *
 * <pre>{@code
 * EntenteClient entente = EntenteClient.builder().baseUrl("http://127.0.0.1:8080").apiKey(key).build();
 * Suggest.Suggestion s = entente.suggest(Suggest.of("Le Groupe des plans nucléaires s'est réuni."));
 * }</pre>
 *
 * <p>Failures are {@link EntenteException}s: {@link ProblemException} carries the server's problem details,
 * {@link ConnectionFailedException} says the service could not be reached after every retry, and
 * {@link UnexpectedResponseException} that the answer was not what this client reads.
 */
public final class EntenteClient implements AutoCloseable {
  private static final TypeFactory TYPES = Transport.MAPPER.getTypeFactory();
  private static final MediaType TMX = MediaType.get("application/x-tmx+xml; charset=utf-8");

  private final Transport transport;
  private final Duration callTimeout;
  private final OkHttpClient http;
  private final boolean ownsHttp;

  private EntenteClient(Builder b) {
    OkHttpClient.Builder hb = (b.shared == null ? new OkHttpClient() : b.shared).newBuilder()
        .connectTimeout(b.connectTimeout)
        .readTimeout(b.readTimeout)
        .writeTimeout(b.readTimeout)
        .callTimeout(b.callTimeout)
        // the retry policy decides; OkHttp's silent retry would make attempts uncountable
        .retryOnConnectionFailure(false);
    this.http = hb.build();
    this.ownsHttp = b.shared == null;
    this.transport = new Transport(http, b.base, b.apiKey, b.userAgent, b.retry);
    this.callTimeout = b.callTimeout;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code GET /health}: is the service up, which version, what is loaded. */
  public Health health() {
    return transport.send("GET", transport.url("health").build(), null, type(Health.class), true);
  }

  /** {@code POST /api/v1/suggest}: TM matches, terms and one proposed translation for a French segment. */
  public Suggest.Suggestion suggest(Suggest request) {
    return post("api/v1/suggest", request, type(Suggest.Suggestion.class));
  }

  /** {@code POST /api/v1/suggest/batch}: one suggestion per segment, in the order sent. */
  public List<Suggest.Suggestion> suggest(SuggestBatch batch) {
    return list(post("api/v1/suggest/batch", batch, type(JsonNode.class)), "results", Suggest.Suggestion.class);
  }

  /** {@code POST /api/v1/check}: every place where an English draft departs from NATO terminology and style. */
  public Check.Result check(Check request) {
    return post("api/v1/check", request, type(Check.Result.class));
  }

  /**
   * {@code POST /api/v1/tm/lookup}: exact and fuzzy matches, best first. The segment travels in a form body, never
   * in the address, so that it stays out of proxy logs.
   */
  public List<TmMatch> lookup(Lookup request) {
    HttpUrl.Builder url = transport.url("api/v1/tm/lookup");
    request.memories().forEach(m -> url.addQueryParameter("memory", m));
    FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8).add("text", request.text());
    if (request.lang() != null) form.add("lang", request.lang());
    if (request.previous() != null) form.add("prev", request.previous());
    if (request.next() != null) form.add("next", request.next());
    if (request.min() != null) form.add("min", Integer.toString(request.min()));
    if (request.max() != null) form.add("max", Integer.toString(request.max()));
    JsonNode node = transport.send("POST", url.build(), form.build(), type(JsonNode.class), true);
    return list(node, "matches", TmMatch.class);
  }

  /** {@code GET /api/v1/tm/concordance}: units containing a word or phrase, ranked, with the hits marked. */
  public List<Concordance.Hit> concordance(Concordance request) {
    HttpUrl.Builder url = transport.url("api/v1/tm/concordance").addQueryParameter("text", request.query());
    if (request.lang() != null) url.addQueryParameter("lang", request.lang());
    if (request.max() != null) url.addQueryParameter("max", Integer.toString(request.max()));
    request.memories().forEach(m -> url.addQueryParameter("memory", m));
    return list(transport.send("GET", url.build(), null, type(JsonNode.class), true), "hits", Concordance.Hit.class);
  }

  /**
   * {@code POST /api/v1/terms/recognize}: every occurrence of every termbase concept in {@code text}, nested ones
   * included, in text order.
   *
   * @param lang {@code fr} or {@code en} (any form: {@code fr-FR}, {@code en_GB})
   */
  public List<TermHit> recogniseTerms(String text, String lang) {
    JsonNode node = post("api/v1/terms/recognize", Map.of("text", text, "lang", lang), type(JsonNode.class));
    return list(node, "hits", TermHit.class);
  }

  /** The same for many segments at once; each hit says its {@code segment} index and offsets inside it. */
  public List<TermHit> recogniseTerms(List<String> segments, String lang) {
    JsonNode node = post("api/v1/terms/recognize", Map.of("segments", segments, "lang", lang), type(JsonNode.class));
    return list(node, "hits", TermHit.class);
  }

  /** {@code GET /api/v1/terms/search}: exact, prefix or fuzzy search in either language. */
  public List<TermSearch.Hit> searchTerms(TermSearch search) {
    HttpUrl.Builder url = transport.url("api/v1/terms/search").addQueryParameter("q", search.query());
    if (search.lang() != null) url.addQueryParameter("lang", search.lang());
    if (search.mode() != null) url.addQueryParameter("mode", search.mode());
    if (search.max() != null) url.addQueryParameter("max", Integer.toString(search.max()));
    return list(transport.send("GET", url.build(), null, type(JsonNode.class), true), "matches", TermSearch.Hit.class);
  }

  /** {@code GET /api/v1/concepts/{id}}: the full concept, or empty when there is none with this id. */
  public Optional<Concept> concept(String id) {
    HttpUrl url = transport.url("api/v1/concepts").addPathSegment(id).build();
    try {
      return Optional.of(transport.send("GET", url, null, type(Concept.class), true));
    } catch (ProblemException e) {
      // a missing concept, not a missing endpoint (whose detail says "no such endpoint")
      if (e.status() == 404 && !e.problem().detail().contains("endpoint")) return Optional.empty();
      throw e;
    }
  }

  /**
   * {@code POST /api/v1/align}: sentence beads with confidences for a French text and its English counterpart (at
   * most 20,000 sentences a side).
   */
  public Align.Result align(Align request) {
    return post("api/v1/align", request, type(Align.Result.class));
  }

  /**
   * {@code POST /api/v1/tm/import}: imports a TMX file into a memory ({@code null}: the default) and returns the
   * report once the data is durable. A large file is imported by the service as a job (202); the client then polls
   * the job's status until it is done or failed, for at most {@code callTimeout} × 10. Needs the API key. A file
   * the service rejects (malformed TMX) is a {@link ProblemException} saying where.
   */
  public ImportResult importTmx(Path tmx, String memory) {
    if (!Files.isRegularFile(tmx)) throw new IllegalArgumentException("no such file: " + tmx);
    HttpUrl.Builder url = transport.url("api/v1/tm/import").addQueryParameter("name", tmx.getFileName().toString());
    if (memory != null && !memory.isEmpty()) url.addQueryParameter("memory", memory);
    RequestBody body = RequestBody.create(tmx.toFile(), TMX);
    // not repeatable: a timed-out import may have been applied; 429 and 503 are still retried
    JsonNode answer = transport.send("POST", url.build(), body, type(JsonNode.class), false);
    if (!answer.has("jobId")) return convert(answer, ImportResult.class);
    return awaitJob(convert(answer, ImportResult.Job.class));
  }

  private ImportResult awaitJob(ImportResult.Job job) {
    long deadline = System.nanoTime() + callTimeout.multipliedBy(10).toNanos();
    long waitMillis = 50;
    ImportResult.Job current = job;
    while (!current.status().equals("done") && !current.status().equals("failed")) {
      if (System.nanoTime() > deadline) {
        throw new ConnectionFailedException("import job " + job.jobId() + " still " + current.status()
            + " after " + callTimeout.multipliedBy(10).toSeconds() + " s; ask again with its id", 1, null);
      }
      try {
        Thread.sleep(waitMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConnectionFailedException("interrupted while waiting for import job " + job.jobId(), 1, e);
      }
      waitMillis = Math.min(500, waitMillis * 2);
      HttpUrl status = transport.url("api/v1/tm/import").addPathSegment(job.jobId()).build();
      current = transport.send("GET", status, null, type(ImportResult.Job.class), true);
    }
    if (current.status().equals("failed")) {
      throw new ProblemException(new Problem("about:blank", "Import Failed", 422,
          current.error() == null ? "the import job failed" : current.error(), "", current.where(),
          "fix the file and import it again"), 1);
    }
    ImportResult r = current.report() == null ? new ImportResult(current.file(), "", 0, 0, null, null, null, false,
        null, null, null, true) : current.report();
    return new ImportResult(r.file(), r.memory(), r.imported(), r.duplicatesMerged(), r.skipped(), r.variantsSkipped(),
        r.warnings(), r.unchanged(), r.error(), r.summary(), current.jobId(), current.durable());
  }

  private static <T> T convert(JsonNode node, Class<T> c) {
    try {
      return Transport.MAPPER.treeToValue(node, c);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new UnexpectedResponseException("the answer is not the " + c.getSimpleName() + " this client expects: "
          + e.getOriginalMessage(), 200, "application/json", node.toString(), 1, e);
    }
  }

  /**
   * {@code PUT /api/v1/concepts/{id}}: creates or replaces a concept (a terminologist's correction from the CAT tool)
   * and returns it as stored. Needs the API key.
   */
  public Concept putConcept(Concept concept) {
    if (concept.id().isEmpty()) throw new IllegalArgumentException("the concept needs an id");
    HttpUrl url = transport.url("api/v1/concepts").addPathSegment(concept.id()).build();
    return transport.send("PUT", url, transport.json(concept), type(Concept.class), true);
  }

  private <T> T post(String path, Object body, JavaType type) {
    return transport.send("POST", transport.url(path).build(), transport.json(body), type, true);
  }

  private static JavaType type(Class<?> c) {
    return TYPES.constructType(c);
  }

  /** A list answer, sent bare ({@code [...]}) or wrapped ({@code {"matches":[...]}}). */
  private static <T> List<T> list(JsonNode node, String field, Class<T> element) {
    JsonNode array = node.isArray() ? node : node.path(field);
    if (!array.isArray()) {
      throw new UnexpectedResponseException("expected a list of " + element.getSimpleName() + " ('" + field
          + "'), got " + node.getNodeType(), 200, "application/json", node.toString(), 1, null);
    }
    List<T> out = new ArrayList<>(array.size());
    for (JsonNode n : array) {
      try {
        out.add(Transport.MAPPER.treeToValue(n, element));
      } catch (com.fasterxml.jackson.core.JacksonException e) {
        throw new UnexpectedResponseException("a " + element.getSimpleName() + " in the answer is not what this "
            + "client expects: " + e.getOriginalMessage(), 200, "application/json", n.toString(), 1, e);
      }
    }
    return List.copyOf(out);
  }

  /** Releases the connection pool and threads, unless the OkHttpClient was given by the caller. */
  @Override
  public void close() {
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** Configures a client: base URL (required), API key, timeouts, retry policy, an OkHttpClient to share. */
  public static final class Builder {
    private HttpUrl base;
    private String apiKey = "";
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private RetryPolicy retry = RetryPolicy.DEFAULT;
    private String userAgent = "entente-client/" + version();
    private OkHttpClient shared;

    private Builder() {}

    /** The service address, {@code http://127.0.0.1:8080} (a path prefix behind a proxy is kept). */
    public Builder baseUrl(String url) {
      HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
      if (parsed == null) throw new IllegalArgumentException("not an http(s) URL: " + url);
      this.base = parsed;
      return this;
    }

    /** The API key that writes (imports) need, sent in {@code X-API-Key}. */
    public Builder apiKey(String key) {
      this.apiKey = key == null ? "" : key;
      return this;
    }

    /** Time allowed to open a connection (default 5 s). */
    public Builder connectTimeout(Duration d) {
      this.connectTimeout = positive(d, "connectTimeout");
      return this;
    }

    /** Time allowed between two reads or writes on the connection (default 30 s). */
    public Builder readTimeout(Duration d) {
      this.readTimeout = positive(d, "readTimeout");
      return this;
    }

    /** Time allowed for one attempt from start to end (default 60 s); retries get their own. */
    public Builder callTimeout(Duration d) {
      this.callTimeout = positive(d, "callTimeout");
      return this;
    }

    public Builder retryPolicy(RetryPolicy policy) {
      if (policy == null) throw new IllegalArgumentException("retryPolicy is null");
      this.retry = policy;
      return this;
    }

    /** Sent as {@code User-Agent}, so that the service's log says which plugin called. */
    public Builder userAgent(String agent) {
      if (agent == null || agent.isBlank()) throw new IllegalArgumentException("userAgent is blank");
      this.userAgent = agent;
      return this;
    }

    /**
     * Shares the connection pool and threads of the plugin's own OkHttpClient (the client derives its own settings
     * from it and leaves it open on {@link EntenteClient#close()}).
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.shared = client;
      return this;
    }

    public EntenteClient build() {
      if (base == null) throw new IllegalStateException("baseUrl is required, e.g. http://127.0.0.1:8080");
      return new EntenteClient(this);
    }

    private static Duration positive(Duration d, String name) {
      if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be positive");
      if (d.toMillis() > TimeUnit.HOURS.toMillis(1)) throw new IllegalArgumentException(name + " over an hour");
      return d;
    }

    private static String version() {
      String v = EntenteClient.class.getPackage() == null ? null
          : EntenteClient.class.getPackage().getImplementationVersion();
      return v == null ? "dev" : v;
    }
  }
}
