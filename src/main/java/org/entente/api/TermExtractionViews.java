package org.entente.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.extract.ConceptRendering;
import org.entente.extract.Rendering;
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

  public static Map<String, Object> candidate(TermCandidate c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fr", c.fr());
    m.put("en", c.en());
    m.put("score", c.score());
    m.put("frequency", c.frequency());
    m.put("conceptId", c.conceptId());
    m.put("matchesPreferred", c.matchesPreferred());
    List<Map<String, Object>> contexts = c.contexts().stream().map(x -> {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("unitId", x.unitId());
      cm.put("fr", x.fr());
      cm.put("en", x.en());
      return cm;
    }).toList();
    m.put("contexts", contexts);
    return m;
  }

  public static Map<String, Object> rendering(ConceptRendering c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("conceptId", c.conceptId());
    m.put("fr", c.french());
    m.put("en", c.english());
    m.put("units", c.units());
    m.put("offGlossary", c.offGlossary());
    List<Map<String, Object>> rs = c.renderings().stream().map(TermExtractionViews::rendering).toList();
    m.put("renderings", rs);
    return m;
  }

  private static Map<String, Object> rendering(Rendering r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", r.text());
    m.put("status", r.status());
    m.put("units", r.units());
    m.put("unitIds", r.unitIds());
    return m;
  }
}
