package org.entente.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.entente.api.ApiConfig.Limits;
import org.entente.memory.LookupQuery;
import org.entente.memory.TranslationMemory;
import org.entente.suggest.Proposal;
import org.entente.suggest.SuggestQuery;
import org.entente.suggest.Suggester;
import org.entente.text.BadInputException;
import org.entente.text.LanguageCode;

/**
 * The Apertium APY {@code /translate} protocol as OmegaT 5.8's Apertium connector speaks it, so that OmegaT shows our
 * proposal without a plugin: {@code GET /translate?q=Le%20secr%C3%A9taire&markUnknown=no&langpair=fr|en&key=}
 * answers {@code {"responseData":{"translatedText":"The Secretary General"},"responseDetails":null,
 * "responseStatus":200}}, an empty {@code translatedText} when the memory has nothing. Errors keep HTTP 200 with
 * {@code responseStatus} ≠ 200 and {@code responseDetails}: OmegaT shows those details, whereas an HTTP error only
 * gives its user "server not found". {@code markUnknown} is accepted and ignored (a memory has no unknown words);
 * a {@code key} that names a memory selects it, as on MyMemory's {@code /get}.
 */
final class ApertiumRoutes {
  private final Suggester suggester;
  private final TranslationMemory memory;
  private final Limits limits;

  ApertiumRoutes(Suggester suggester, TranslationMemory memory, Limits limits) {
    this.suggester = suggester;
    this.memory = memory;
    this.limits = limits;
  }

  void register(RoutesConfig r) {
    r.get("/translate", this::translate);
    r.post("/translate", this::translate);
  }

  private void translate(Context ctx) {
    String q = Params.get(ctx, "q");
    if (q == null || q.isBlank()) {
      ctx.json(failure(400, "missing parameter q (the text to translate), e.g. /translate?q=Bonjour&langpair=fr|en"));
      return;
    }
    if (q.length() > limits.maxSegmentChars()) {
      ctx.json(failure(413, "q is " + q.length() + " characters long, over the limit of " + limits.maxSegmentChars()
          + "; send one segment at a time"));
      return;
    }
    LanguageCode[] pair;
    try {
      pair = MyMemoryRoutes.langpair(Params.get(ctx, "langpair"));
    } catch (MyMemoryRoutes.MmError e) {
      ctx.json(failure(400, "langpair must be two distinct languages of fr and en, e.g. langpair=fr|en or en|fr (got '"
          + Params.get(ctx, "langpair") + "')"));
      return;
    }
    try {
      Proposal p = suggester.suggest(new SuggestQuery(q, pair[0].language(), null, null, LookupQuery.DEFAULT_MIN, 1,
          MyMemoryRoutes.namedMemories(memory, Params.get(ctx, "key")))).proposal();
      ctx.json(success(p == null ? "" : p.text()));
    } catch (BadInputException e) {
      ctx.json(failure(400, e.describe()));
    }
  }

  /** Apertium's answer: {@code {"responseData":{"translatedText":"…"},"responseDetails":null,"responseStatus":200}}. */
  record Body(Translated responseData, String responseDetails, int responseStatus) {}

  /** The translation inside a successful {@link Body}. */
  record Translated(String translatedText) {}

  private static Body success(String translated) {
    return new Body(new Translated(translated), null, 200);
  }

  private static Body failure(int status, String details) {
    return new Body(null, details, status);
  }
}
