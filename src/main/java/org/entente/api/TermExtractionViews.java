package org.entente.api;

import java.util.List;
import org.entente.extract.ConceptRendering;
import org.entente.extract.TermCandidate;

/**
 * The JSON shape of a term candidate, shared by {@code POST /api/v1/terms/extract} and {@code extract-terms --json}:
 * {@code {"fr":"plan de défense","en":"defence plan","score":3.2,"frequency":14,"conceptId":null,
 * "matchesPreferred":false,"contexts":[{"unitId":"…","fr":"…","en":"…"}]}}; and of a concept's renderings in the
 * term-rendering report: {@code {"conceptId":"nato-kyiv","fr":"Kyïv","en":"Kyiv","units":15,"offGlossary":3,
 * "renderings":[{"text":"Kiev","status":"deprecated","units":3,"unitIds":["…"]}]}}.
 */
public final class TermExtractionViews {
  private TermExtractionViews() {}

  /** A term candidate with up to three units that show it; {@code conceptId} is null when no concept has it. */
  public record Candidate(String fr, String en, double score, int frequency, String conceptId, boolean matchesPreferred,
      List<ContextJson> contexts) {}

  /** A unit that shows a candidate: its id and its two texts. */
  public record ContextJson(String unitId, String fr, String en) {}

  /** How the memory rendered one concept, each rendering with its units. */
  public record RenderingsJson(String conceptId, String fr, String en, int units, int offGlossary,
      List<RenderingJson> renderings) {}

  /** One rendering; {@code text} and {@code status} are null when none was found. */
  public record RenderingJson(String text, String status, int units, List<String> unitIds) {}

  public static Candidate candidate(TermCandidate c) {
    return new Candidate(c.fr(), c.en(), c.score(), c.frequency(), c.conceptId(), c.matchesPreferred(),
        c.contexts().stream().map(x -> new ContextJson(x.unitId(), x.fr(), x.en())).toList());
  }

  public static RenderingsJson rendering(ConceptRendering c) {
    return new RenderingsJson(c.conceptId(), c.french(), c.english(), c.units(), c.offGlossary(),
        c.renderings().stream().map(r -> new RenderingJson(r.text(), r.status(), r.units(), r.unitIds())).toList());
  }
}
