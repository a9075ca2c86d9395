package org.entente.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.entente.extract.ConceptRendering;
import org.entente.extract.Extraction;
import org.entente.extract.ExtractionOptions;
import org.entente.extract.MemoryUnits;
import org.entente.extract.RejectedPairs;
import org.entente.extract.TermExtractor;
import org.entente.extract.TermRenderingReport;
import org.entente.memory.TranslationMemory;
import org.entente.terminology.TermBase;
import org.entente.text.BadInputException;

/**
 * {@code POST /api/v1/terms/extract} (bilingual term candidates from a memory, best first) and {@code GET
 * /api/v1/terms/report} (how the memory's English rendered each concept). Both read the whole memory, so one runs at
 * a time; a second request meanwhile gets 429 with Retry-After. {@code GET/POST /api/v1/terms/rejections}: the pairs
 * a terminologist rejected in the review, never proposed again (the POST needs the API key).
 */
final class TermExtractionRoutes {
  private static final int MAX_CANDIDATES = 5_000;
  private final TranslationMemory memory;
  private final TermBase termBase;
  private final RejectedPairs rejected;
  private final WriteAccess writeAccess;
  private final Semaphore running = new Semaphore(1);

  TermExtractionRoutes(TranslationMemory memory, TermBase termBase, RejectedPairs rejected, WriteAccess writeAccess) {
    this.memory = memory;
    this.termBase = termBase;
    this.rejected = rejected;
    this.writeAccess = writeAccess;
  }

  void register(RoutesConfig r) {
    r.post(ApiServer.V1 + "/terms/extract", this::extract);
    r.get(ApiServer.V1 + "/terms/report", this::report);
    r.get(ApiServer.V1 + "/terms/rejections", this::rejections);
    r.post(ApiServer.V1 + "/terms/rejections", this::reject);
  }

  private void rejections(Context ctx) {
    ctx.json(new Rejections(rejected.all().stream().map(x -> new Rejection(x.fr(), x.en(), x.rejected().toString())).toList()));
  }

  /** Rejects a candidate pair for good: 201 when new, 200 when it was rejected already. */
  private void reject(Context ctx) {
    writeAccess.check(ctx);
    JsonNode b = object(ctx.body(), "send {\"fr\": \"réunion des ministres\", \"en\": \"Secretary General\"}");
    String fr = b.hasNonNull("fr") && b.get("fr").isTextual() ? b.get("fr").asText() : null;
    String en = b.hasNonNull("en") && b.get("en").isTextual() ? b.get("en").asText() : null;
    boolean added = rejected.reject(fr, en, java.time.Instant.now());
    ctx.status(added ? 201 : 200).json(new Rejected(fr, en, added));
  }

  private static JsonNode object(String body, String hint) {
    JsonNode b;
    try {
      b = body.isBlank() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BadInputException("the body is not JSON", "body", hint);
    }
    if (b == null || !b.isObject()) throw new BadInputException("the body must be a JSON object", "body", hint);
    return b;
  }

  private void extract(Context ctx) {
    JsonNode b = object(ctx.body(), "send {\"max\": 100, \"minFrequency\": 2, \"memory\": \"nato\"}");
    int max = number(b, "max", ExtractionOptions.DEFAULT_MAX, MAX_CANDIDATES);
    int minFrequency = number(b, "minFrequency", ExtractionOptions.DEFAULT_MIN_FREQUENCY, 1_000_000);
    String name = b.hasNonNull("memory") ? b.get("memory").asText() : null;
    ExtractionOptions options = ExtractionOptions.DEFAULT.withMax(max).withMinFrequency(minFrequency);
    Extraction x = exclusive(() -> new TermExtractor(termBase).extract(MemoryUnits.of(memory, name), options, rejected, line -> { }));
    ctx.json(new Extracted(x.units(), Math.round(x.seconds() * 10) / 10.0,
        x.candidates().stream().map(TermExtractionViews::candidate).toList()));
  }

  private void report(Context ctx) {
    int max = Params.integer(ctx.queryParam("max"), "max", 1_000, 1, 100_000);
    String name = ctx.queryParam("memory");
    List<ConceptRendering> r = exclusive(() -> new TermRenderingReport(termBase).run(MemoryUnits.of(memory, name), line -> { }));
    ctx.json(new Report(r.subList(0, Math.min(max, r.size())).stream().map(TermExtractionViews::rendering).toList()));
  }

  /** The body of {@code GET /terms/rejections}. */
  record Rejections(List<Rejection> rejections) {}

  /** One rejected pair and when it was rejected (ISO 8601). */
  record Rejection(String fr, String en, String rejected) {}

  /** The answer to a rejection: {@code added} false when the pair was rejected already. */
  record Rejected(String fr, String en, boolean added) {}

  /** The body of {@code POST /terms/extract}. */
  record Extracted(long units, double seconds, List<?> candidates) {}

  /** The body of {@code GET /terms/report}. */
  record Report(List<?> concepts) {}

  private <T> T exclusive(java.util.function.Supplier<T> work) {
    if (!running.tryAcquire()) {
      throw new io.javalin.http.HttpResponseException(429, "an extraction or report is running; retry when it is done");
    }
    try {
      return work.get();
    } finally {
      running.release();
    }
  }

  private static int number(JsonNode b, String field, int dflt, int max) {
    JsonNode v = b.get(field);
    if (v == null || v.isNull()) return dflt;
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new BadInputException(field + " must be a whole number", field, "1 to " + max);
    }
    return Params.integer(String.valueOf(v.asInt()), field, dflt, 1, max);
  }
}
