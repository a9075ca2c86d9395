package org.entente.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.entente.api.ApiConfig.Limits;
import org.entente.memory.LookupQuery;
import org.entente.memory.TmMatch;
import org.entente.memory.TranslationMemory;
import org.entente.text.BadInputException;
import org.entente.text.LanguageCode;

/**
 * The amaGama ("tmserver") protocol ({@code PROTOCOLS.md} §2, §11) for Okapi and Weblate: {@code GET
 * /tmserver/{src}/{tgt}/unit/{text}} (or {@code unit/?source=}) answers a JSON array, best first, with
 * {@code quality} written with a decimal point; {@code GET /tmserver/languages/}. Errors are plain text with a 4xx.
 */
final class AmaGamaRoutes {
  /** {@code GET /tmserver/languages/}: {@code {"sourceLanguages":["fr","en"],"targetLanguages":["en","fr"]}}. */
  record Languages(List<String> sourceLanguages, List<String> targetLanguages) {}

  /** One unit of an answer: {@code {"source":"…","target":"…","quality":100.0,"rank":100.0}}. */
  record Unit(String source, String target, double quality, double rank) {}

  private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.]{0,63}");
  private final TranslationMemory memory;
  private final Limits limits;
  /** Whether {@code jsoncallback} wraps the answer in a script (JSONP): any web page can then read it. */
  private final boolean jsonp;

  AmaGamaRoutes(TranslationMemory memory, Limits limits) {
    this(memory, limits, false);
  }

  AmaGamaRoutes(TranslationMemory memory, Limits limits, boolean jsonp) {
    this.jsonp = jsonp;
    this.memory = memory;
    this.limits = limits;
  }

  void register(RoutesConfig r) {
    r.get("/tmserver/languages", this::languages);
    r.get("/tmserver/{src}/{tgt}/unit/{text}", ctx -> unit(ctx, ctx.pathParam("text")));
    r.get("/tmserver/{src}/{tgt}/unit", ctx -> unit(ctx, ctx.queryParam("source")));
  }

  private void languages(Context ctx) {
    ctx.json(new Languages(List.of("fr", "en"), List.of("en", "fr")));
  }

  private void unit(Context ctx, String text) {
    LanguageCode src;
    LanguageCode tgt;
    try {
      src = LanguageCode.parse(ctx.pathParam("src"), "source language");
      tgt = LanguageCode.parse(ctx.pathParam("tgt"), "target language");
    } catch (BadInputException e) {
      plain(ctx, 404, "unsupported language pair " + ctx.pathParam("src") + "/" + ctx.pathParam("tgt")
          + ": this server serves fr/en and en/fr");
      return;
    }
    if (src.language() == tgt.language()) {
      plain(ctx, 404, "source and target languages are the same");
      return;
    }
    if (text == null || text.isBlank()) {
      plain(ctx, 400, "no text to look up: put it in the path (unit/TEXT) or in ?source=");
      return;
    }
    if (text.length() > limits.maxSegmentChars()) {
      plain(ctx, 413, "text has " + text.length() + " characters, over the limit of " + limits.maxSegmentChars());
      return;
    }
    int min;
    int max;
    try {
      min = Params.integer(ctx.queryParam("min_similarity"), "min_similarity", LookupQuery.DEFAULT_MIN, Params.MIN_FLOOR, 100);
      max = Params.integer(ctx.queryParam("max_candidates"), "max_candidates", LookupQuery.DEFAULT_MAX, 1, limits.maxResults());
    } catch (BadInputException e) {
      plain(ctx, 400, e.describe());
      return;
    }
    List<Unit> out = new ArrayList<>();
    for (TmMatch m : memory.lookup(new LookupQuery(text, src.language(), "", "", min, max, List.of()))) {
      double quality = Math.min(100, m.score());
      out.add(new Unit(m.source(), m.target(), quality, quality));
    }
    String callback = ctx.queryParam("jsoncallback");
    if (jsonp && callback != null && CALLBACK.matcher(callback).matches()) {
      try {
        ctx.contentType("application/javascript").result(callback + "(" + Json.MAPPER.writeValueAsString(out) + ")");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    } else {
      ctx.json(out);
    }
  }

  private static void plain(Context ctx, int status, String message) {
    ctx.status(status).contentType("text/plain; charset=utf-8").result(message);
  }
}
