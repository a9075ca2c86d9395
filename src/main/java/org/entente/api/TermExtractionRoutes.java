package org.entente.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.entente.extract.ConceptRendering;
import org.entente.extract.Extraction;
import org.entente.extract.ExtractionOptions;
import org.entente.extract.MemoryUnits;
import org.entente.extract.TermExtractor;
import org.entente.extract.TermRenderingReport;
import org.entente.memory.TranslationMemory;
import org.entente.terminology.TermBase;
import org.entente.text.BadInputException;

/**
 * {@code POST /api/v1/terms/extract} (bilingual term candidates from a memory, best first) and {@code GET
 * /api/v1/terms/report} (how the memory's English rendered each concept). Both read the whole memory, so one runs at
 * a time; a second request meanwhile gets 429 with Retry-After.
 */
final class TermExtractionRoutes {
  private static final int MAX_CANDIDATES = 5_000;
  private final TranslationMemory memory;
  private final TermBase termBase;
  private final Semaphore running = new Semaphore(1);

  TermExtractionRoutes(TranslationMemory memory, TermBase termBase) {
    this.memory = memory;
    this.termBase = termBase;
  }

  void register(RoutesConfig r) {
    r.post(ApiServer.V1 + "/terms/extract", this::extract);
    r.get(ApiServer.V1 + "/terms/report", this::report);
  }

  private void extract(Context ctx) {
    String body = ctx.body();
    JsonNode b;
    try {
      b = body.isBlank() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BadInputException("the body is not JSON", "body", "send {\"max\": 100, \"minFrequency\": 2, \"memory\": \"nato\"}");
    }
    if (!b.isObject()) throw new BadInputException("the body must be a JSON object", "body", "send {\"max\": 100}");
    int max = number(b, "max", ExtractionOptions.DEFAULT_MAX, MAX_CANDIDATES);
    int minFrequency = number(b, "minFrequency", ExtractionOptions.DEFAULT_MIN_FREQUENCY, 1_000_000);
    String name = b.hasNonNull("memory") ? b.get("memory").asText() : null;
    ExtractionOptions options = ExtractionOptions.DEFAULT.withMax(max).withMinFrequency(minFrequency);
    Extraction x = exclusive(() -> new TermExtractor(termBase).extract(MemoryUnits.of(memory, name), options, line -> { }));
    ctx.json(Map.of("units", x.units(), "seconds", Math.round(x.seconds() * 10) / 10.0,
        "candidates", x.candidates().stream().map(TermExtractionViews::candidate).toList()));
  }

  private void report(Context ctx) {
    int max = Params.integer(ctx.queryParam("max"), "max", 1_000, 1, 100_000);
    String name = ctx.queryParam("memory");
    List<ConceptRendering> r = exclusive(() -> new TermRenderingReport(termBase).run(MemoryUnits.of(memory, name), line -> { }));
    ctx.json(Map.of("concepts", r.subList(0, Math.min(max, r.size())).stream().map(TermExtractionViews::rendering).toList()));
  }

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
