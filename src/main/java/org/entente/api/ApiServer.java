package org.entente.api;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.entente.Services;
import org.entente.Version;
import org.entente.text.BadInputException;
import org.entente.text.TooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST service: every route registered in {@link #routes}, errors mapped to problem details in
 * {@link #errors}. Start it with {@link #start()}; {@link #port()} gives the bound port (useful with port 0).
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  static final String V1 = "/api/v1";

  private final Services services;
  private final ApiConfig config;
  private final Javalin app;
  private final WriteAccess writeAccess;

  public ApiServer(Services services, ApiConfig config) {
    this.services = services;
    this.config = config;
    this.writeAccess = new WriteAccess(config.apiKey());
    this.app = Javalin.create(c -> {
      c.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      c.jetty.host = config.host();
      c.jetty.port = config.port();
      c.http.maxRequestSize = config.limits().maxBodyBytes();
      // counts the bytes of every body, streamed or not: 413 past the limit, whatever Content-Length said
      c.jetty.modifyServletContextHandler(h -> h.insertHandler(
          new org.eclipse.jetty.server.handler.SizeLimitHandler(config.limits().maxBodyBytes(), -1)));
      c.jetty.multipartConfig.maxTotalRequestSize(config.limits().maxBodyBytes(), io.javalin.config.SizeUnit.BYTES);
      c.jetty.multipartConfig.maxFileSize(config.limits().maxBodyBytes(), io.javalin.config.SizeUnit.BYTES);
      c.startup.showJavalinBanner = false;
      c.requestLogger.http(AccessLog::log);
      if (!config.corsOrigins().isEmpty()) {
        c.bundledPlugins.enableCors(cors -> cors.addRule(rule -> config.corsOrigins().forEach(rule::allowHost)));
      }
      WebRoutes.assets(c);
      routes(c.routes);
      errors(c.routes);
    });
  }

  /** Every route of the service, in one place. */
  private void routes(RoutesConfig r) {
    r.before(new RequestGuard(config)::check);
    r.get("/health", this::health);
    new CheckRoutes(services.checker(), config.limits()).register(r);
    new SuggestRoutes(services.suggester(), config.limits()).register(r);
    new LanguageToolRoutes(services.checker(), config.limits()).register(r);
    new MyMemoryRoutes(services.suggester(), services.memory(), services.termBase(), writeAccess, config.limits()).register(r);
    new AmaGamaRoutes(services.lookupMemory(), config.limits(), config.jsonp()).register(r);
    new ApertiumRoutes(services.suggester(), services.lookupMemory(), config.limits()).register(r);
    new StableExportRoutes(services.memory(), services.terms()).register(r);
    r.get("/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.json()));
    SegmentRoutes.register(r, services.segmenter());
    AlignRoutes.register(r, services.segmenter(), services.terms());
    new TermExtractionRoutes(services.memory(), services.termBase(),
        org.entente.extract.RejectedPairs.in(services.data().root()), writeAccess).register(r);
    TermRoutes.register(r, services, writeAccess);
    MemoryRoutes.register(r, services, writeAccess, config);
    TermbaseRoutes.register(r, services, writeAccess);
    WebRoutes.register(r);
  }

  /** {@code GET /health}: {@code {"status":"ok","name":"Entente","version":"0.1.0","loaded":{...}}}. */
  // loaded stays a map: the services' own summary of what they loaded, built outside the API
  record Health(String status, String name, String version, Map<String, Object> loaded) {}

  private void health(Context ctx) {
    ctx.json(new Health("ok", "Entente", Version.get(), services.loaded()));
  }

  /** Maps exceptions to RFC 9457 problem details; no stack trace ever reaches a client. */
  private static void errors(RoutesConfig r) {
    r.exception(WriteAccess.WriteRefused.class, (e, ctx) -> problem(ctx, new Problem("about:blank",
        e.status == 401 ? "Unauthorized" : "Forbidden", e.status, e.getMessage(), null, WriteAccess.HEADER, e.hint)));
    // the byte counter of a streamed body (SizeLimitHandler) stops the read with 413
    r.exception(org.eclipse.jetty.http.HttpException.RuntimeException.class, (e, ctx) -> problem(ctx, new Problem(
        "about:blank", HttpStatus.forStatus(e.getCode()).getMessage(), e.getCode(),
        e.getCode() == 413 ? "the request body is over the limit of the service" : "the request could not be read",
        null, "body", e.getCode() == 413 ? "send a smaller body, or import a large file from the tmx/ folder" : "")));
    r.exception(RequestGuard.Refused.class, (e, ctx) -> problem(ctx, e.status, e.title, e));
    r.exception(Unprocessable.class, (e, ctx) -> problem(ctx, 422, "Unprocessable Content", e));
    r.exception(TooLargeException.class, (e, ctx) -> problem(ctx, 413, "Content Too Large", e));
    r.exception(BadInputException.class, (e, ctx) -> problem(ctx, 400, "Bad Request", e));
    r.exception(JacksonException.class, (e, ctx) -> problem(ctx, 400, "Bad Request", JsonErrors.badInput(e)));
    r.exception(HttpResponseException.class, (e, ctx) ->
        problem(ctx, Problem.of(e.getStatus(), HttpStatus.forStatus(e.getStatus()).getMessage(), e.getMessage())));
    r.exception(Exception.class, (e, ctx) -> {
      if (diskFull(e)) {
        LOG.error("write refused on {} {}: no space left on the data folder's disk", ctx.method(),
            AccessLog.redactedTarget(ctx.path(), null));
        problem(ctx, new Problem("about:blank", "Insufficient Storage", 507, "the data folder's disk is full; nothing "
            + "was written", null, "data", "free space on the disk that holds the data folder, then send it again"));
        return;
      }
      // the path may hold a segment (amaGama's /unit/{text}): log it redacted, like the access log
      LOG.error("internal error on {} {}", ctx.method(), AccessLog.redactedTarget(ctx.path(), null), e);
      problem(ctx, Problem.of(500, "Internal Server Error", "an internal error occurred; it has been logged"));
    });
    r.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        problem(ctx, Problem.of(404, "Not Found", "no such endpoint: " + ctx.method() + " " + ctx.path()));
      }
    });
    r.error(405, ctx -> problem(ctx, Problem.of(405, "Method Not Allowed", ctx.method() + " is not allowed on " + ctx.path())));
  }

  /** Whether a failure comes from a full disk ("No space left on device"), at any depth of its causes. */
  static boolean diskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("No space left on device")) return true;
      for (Throwable s : t.getSuppressed()) if (s.getMessage() != null && s.getMessage().contains("No space left")) return true;
    }
    return false;
  }

  private static void problem(Context ctx, int status, String title, BadInputException e) {
    problem(ctx, new Problem("about:blank", title, status, e.getMessage(), null, e.where(), e.hint()));
  }

  static void problem(Context ctx, Problem p) {
    ctx.status(p.status()).contentType(Problem.MEDIA_TYPE).result(toJson(p));
  }

  private static String toJson(Object o) {
    try {
      return Json.MAPPER.writeValueAsString(o);
    } catch (JacksonException e) {
      throw new IllegalStateException(e);
    }
  }

  public ApiServer start() {
    app.start();
    LOG.info("Entente {} listening on http://{}:{}", Version.get(), config.host(), port());
    return this;
  }

  /** Every HTTP route registered, as {@code "POST /api/v1/check"}, in registration order. */
  public java.util.List<String> registeredRoutes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
  }

  public int port() {
    return app.port();
  }

  public String baseUrl() {
    return "http://" + config.host() + ":" + port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
