package org.entente.api;

import com.fasterxml.jackson.annotation.JsonInclude;
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

  /** A term found in a text, with the equivalents of its concept in the other language. */
  public record Hit(int start, int end, String text, String conceptId, String status, String term, String type,
      boolean nested, double confidence, List<TermJson> equivalents) {}

  /** A term; the optional fields are left out when empty. */
  public record TermJson(String text, String language, String status, String type,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) String partOfSpeech,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) String gender,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) String usageNote,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) String context,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) String validFrom,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) String supersededFrom) {}

  /** A concept with all its terms; {@code created} and {@code modified} are null when unknown. */
  public record ConceptJson(String id, String subjectField, Map<String, String> definitions, Map<String, String> notes,
      String source, String created, String modified, String supersededBy, List<String> subsets,
      boolean excludedFromChecks, List<TermJson> terms) {}

  /** A concept found by a term search: the term that matched, how, and the score (three decimals). */
  public record Match(String conceptId, TermJson term, String how, double score, ConceptJson concept) {}

  public static Hit hit(TermHit h) {
    return new Hit(h.start(), h.end(), h.text(), h.conceptId(), h.term().status().code(), h.term().text(),
        h.term().type().tbx(), h.nested(), h.confidence(), h.equivalents().stream().map(TermViews::term).toList());
  }

  public static TermJson term(Term t) {
    return new TermJson(t.text(), t.language().code(), t.status().code(), t.type().tbx(), t.partOfSpeech(), t.gender(),
        t.usageNote(), t.context(), string(t.validFrom()), string(t.supersededFrom()));
  }

  public static ConceptJson concept(Concept c) {
    return new ConceptJson(c.id(), c.subjectField(), codes(c.definitions()), codes(c.notes()), c.source(),
        string(c.created()), string(c.modified()), c.supersededBy(), c.subsets(), c.excludedFromChecks(),
        c.terms().stream().map(TermViews::term).toList());
  }

  public static Match match(ConceptMatch cm) {
    return new Match(cm.concept().id(), term(cm.term()), cm.how().code(), Math.round(cm.score() * 1000) / 1000.0,
        concept(cm.concept()));
  }

  private static String string(Object o) {
    return o == null ? null : o.toString();
  }

  // keyed by language (the ones the concept has, in Language order): data, not a shape
  private static Map<String, String> codes(Map<Language, String> byLanguage) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Language l : Language.values()) if (byLanguage.containsKey(l)) m.put(l.code(), byLanguage.get(l));
    return m;
  }

  static List<Hit> hits(List<TermHit> hits) {
    return hits.stream().map(TermViews::hit).toList();
  }
}
