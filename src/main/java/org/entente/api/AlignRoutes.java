package org.entente.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.entente.align.AlignerSettings;
import org.entente.align.Alignment;
import org.entente.align.Document;
import org.entente.align.EntenteAligner;
import org.entente.align.GaleChurchAligner;
import org.entente.align.LanguageCheck;
import org.entente.segment.Segmenter;
import org.entente.terminology.TermBase;
import org.entente.text.BadInputException;
import org.entente.text.TooLargeException;

/**
 * {@code POST /api/v1/align}: {@code {"fr":"Texte français…","en":"English text…"}} (raw texts, segmented here) or
 * {@code {"frSentences":["…"],"enSentences":["…"]}} (one sentence per entry), with an optional
 * {@code "method"} ({@code entente}, {@code gale-church}) and {@code "id"}; answers an {@link AlignmentJson}.
 */
final class AlignRoutes {
  static final int MAX_SENTENCES = 20_000;

  /** The request body: either the two texts or the two lists of sentences. */
  record AlignRequest(String fr, String en, List<String> frSentences, List<String> enSentences, String method,
      String id) {}

  private final Segmenter segmenter;
  private final TermBase terms;

  private AlignRoutes(Segmenter segmenter, TermBase terms) {
    this.segmenter = segmenter;
    this.terms = terms;
  }

  /** @param terms the service's termbase, whose concepts serve as anchors */
  static void register(RoutesConfig r, Segmenter segmenter, TermBase terms) {
    AlignRoutes routes = new AlignRoutes(segmenter, terms);
    r.post(ApiServer.V1 + "/align", routes::align);
  }

  private void align(Context ctx) throws java.io.IOException {
    AlignRequest req = Json.body(ctx.body(), AlignRequest.class);
    String hint = "send {\"fr\":\"…\",\"en\":\"…\"} or {\"frSentences\":[…],\"enSentences\":[…]}";
    if (req == null) throw new BadInputException("the request body is empty", "body", hint);
    boolean texts = req.fr() != null || req.en() != null;
    boolean lists = req.frSentences() != null || req.enSentences() != null;
    if (texts == lists) {
      throw new BadInputException("give either the two texts or the two lists of sentences", "body", hint);
    }
    Document doc;
    if (texts) {
      if (req.fr() == null) throw new BadInputException("fr is missing", "fr", hint);
      if (req.en() == null) throw new BadInputException("en is missing", "en", hint);
      doc = Document.segment(req.id(), req.fr(), req.en(), segmenter);
    } else {
      if (req.frSentences() == null) throw new BadInputException("frSentences is missing", "frSentences", hint);
      if (req.enSentences() == null) throw new BadInputException("enSentences is missing", "enSentences", hint);
      if (req.frSentences().contains(null) || req.enSentences().contains(null)) {
        throw new BadInputException("a sentence is null", "frSentences/enSentences", "send strings only");
      }
      doc = Document.of(req.id(), req.frSentences(), req.enSentences());
    }
    if (doc.fr().size() > MAX_SENTENCES || doc.en().size() > MAX_SENTENCES) {
      throw new TooLargeException("more than " + MAX_SENTENCES + " sentences on one side", "body",
          "split the document, or use the command line (entente align) for longer texts");
    }
    String method = req.method() == null ? "entente" : req.method().toLowerCase(Locale.ROOT);
    Alignment a = switch (method) {
      case "entente" -> new EntenteAligner(AlignerSettings.DEFAULTS, terms.size() == 0 ? null : terms, null)
          .align(doc);
      case "gale-church" -> new GaleChurchAligner().align(doc);
      default -> throw new BadInputException("unknown method " + req.method(), "method", "use entente or gale-church");
    };
    ctx.json(AlignmentJson.of(a, AlignerSettings.DEFAULTS.flagBelow(), LanguageCheck.warnings(doc)));
  }
}
