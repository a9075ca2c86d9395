package org.entente.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.entente.segment.ModelAndRulesSegmenter;
import org.entente.segment.Sentence;
import org.entente.segment.WrapMode;
import org.entente.text.BadInputException;
import org.entente.text.LanguageCode;

/**
 * {@code POST /api/v1/segment}: {@code {"lang":"fr","text":"M. Rutte est arrivé. Il a parlé."}} answers
 * {@code {"lang":"fr","wrap":"auto","segments":[{"text":"M. Rutte est arrivé.","start":0,"end":20,"paragraph":0},
 * ...]}}; offsets are UTF-16 indices into {@code text} as sent. {@code wrap} (auto, joined, lines) is optional.
 */
final class SegmentRoutes {
  /** The request body. */
  record SegmentRequest(String lang, String text, String wrap) {}

  /** The answer: the normalised language tag, the wrap mode used and the segments. */
  record SegmentResponse(String lang, String wrap, List<Sentence> segments) {}

  private final ModelAndRulesSegmenter segmenter;

  private SegmentRoutes(ModelAndRulesSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  static void register(RoutesConfig r, ModelAndRulesSegmenter segmenter) {
    SegmentRoutes routes = new SegmentRoutes(segmenter);
    r.post(ApiServer.V1 + "/segment", routes::segment);
  }

  private void segment(Context ctx) throws java.io.IOException {
    SegmentRequest req = Json.body(ctx.body(), SegmentRequest.class);
    if (req == null) throw new BadInputException("the request body is empty", "body", "send {\"lang\":\"fr\",\"text\":\"...\"}");
    if (req.lang() == null) throw new BadInputException("lang is missing", "lang", "give fr or en");
    LanguageCode lang = LanguageCode.parse(req.lang(), "lang");
    if (req.text() == null) throw new BadInputException("text is missing", "text", "give the text to segment (it may be empty)");
    WrapMode wrap = req.wrap() == null ? segmenter.wrap() : WrapMode.parse(req.wrap(), "wrap");
    List<Sentence> segments = segmenter.withWrap(wrap).segment(req.text(), lang.language());
    ctx.json(new SegmentResponse(lang.tag(), wrap.toString(), segments));
  }
}
