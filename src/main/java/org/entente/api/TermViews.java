package org.entente.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.terminology.Concept;
import org.entente.terminology.ConceptMatch;
import org.entente.terminology.Term;
import org.entente.terminology.TermHit;
import org.entente.text.Language;

/**
 * The JSON shapes of the termbase, shared by the REST routes and the CLI: a hit is
 * {@code {"start":3,"end":23,"text":"plans de défense","conceptId":"c-1","status":"preferred","term":"plan de défense",
 * "nested":false,"equivalents":[{"text":"defence plan","status":"preferred",...}]}}.
 */
public final class TermViews {
  private TermViews() {}

  public static Map<String, Object> hit(TermHit h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("start", h.start());
    m.put("end", h.end());
    m.put("text", h.text());
    m.put("conceptId", h.conceptId());
    m.put("status", h.term().status().code());
    m.put("term", h.term().text());
    m.put("type", h.term().type().tbx());
    m.put("nested", h.nested());
    m.put("confidence", h.confidence());
    m.put("equivalents", h.equivalents().stream().map(TermViews::term).toList());
    return m;
  }

  public static Map<String, Object> term(Term t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", t.text());
    m.put("language", t.language().code());
    m.put("status", t.status().code());
    m.put("type", t.type().tbx());
    if (!t.partOfSpeech().isEmpty()) m.put("partOfSpeech", t.partOfSpeech());
    if (!t.gender().isEmpty()) m.put("gender", t.gender());
    if (!t.usageNote().isEmpty()) m.put("usageNote", t.usageNote());
    if (!t.context().isEmpty()) m.put("context", t.context());
    if (t.validFrom() != null) m.put("validFrom", t.validFrom().toString());
    if (t.supersededFrom() != null) m.put("supersededFrom", t.supersededFrom().toString());
    return m;
  }

  public static Map<String, Object> concept(Concept c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("subjectField", c.subjectField());
    m.put("definitions", codes(c.definitions()));
    m.put("notes", codes(c.notes()));
    m.put("source", c.source());
    m.put("created", c.created() == null ? null : c.created().toString());
    m.put("modified", c.modified() == null ? null : c.modified().toString());
    m.put("supersededBy", c.supersededBy());
    m.put("subsets", c.subsets());
    m.put("excludedFromChecks", c.excludedFromChecks());
    m.put("terms", c.terms().stream().map(TermViews::term).toList());
    return m;
  }

  public static Map<String, Object> match(ConceptMatch cm) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("conceptId", cm.concept().id());
    m.put("term", term(cm.term()));
    m.put("how", cm.how().code());
    m.put("score", Math.round(cm.score() * 1000) / 1000.0);
    m.put("concept", concept(cm.concept()));
    return m;
  }

  private static Map<String, String> codes(Map<Language, String> byLanguage) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Language l : Language.values()) if (byLanguage.containsKey(l)) m.put(l.code(), byLanguage.get(l));
    return m;
  }

  static List<Map<String, Object>> hits(List<TermHit> hits) {
    return hits.stream().map(TermViews::hit).toList();
  }
}
