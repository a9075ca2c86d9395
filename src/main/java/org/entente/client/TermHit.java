package org.entente.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A term found in a text: offsets ({@code start} inclusive, {@code end} exclusive, UTF-16 indices into the text as
 * sent; {@code segment} when segments were sent), the surface form found there, the concept, the term it matched
 * with its status and type, whether a longer hit covers it, the equivalents in the other language (preferred first)
 * and the recognition confidence in [0, 1]. {@code "des plans de défense"} matches the term {@code "plan de
 * défense"}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TermHit(int segment, int start, int end, String text, String conceptId, String term, String status,
    String type, boolean nested, List<Term> equivalents, double confidence) {
  public TermHit {
    text = Maps.text(text);
    conceptId = Maps.text(conceptId);
    term = Maps.text(term);
    status = Maps.text(status);
    type = Maps.text(type);
    equivalents = Maps.list(equivalents);
  }

  /**
   * Reads the service's form {@code "term":"plan de défense","status":"preferred"} (term recognition and
   * suggestions alike), and also the nested {@code "term":{"text":"plan de défense","status":"preferred"}} that
   * servers before 0.1.0 wrote inside suggestions.
   */
  @JsonCreator
  static TermHit fromJson(@JsonProperty("segment") Integer segment, @JsonProperty("start") int start,
      @JsonProperty("end") int end, @JsonProperty("text") String text, @JsonProperty("conceptId") String conceptId,
      @JsonProperty("term") JsonNode term, @JsonProperty("status") String status, @JsonProperty("type") String type,
      @JsonProperty("nested") boolean nested, @JsonProperty("equivalents") List<Term> equivalents,
      @JsonProperty("confidence") Double confidence) {
    String termText = term == null || term.isNull() ? "" : term.isTextual() ? term.asText() : term.path("text").asText("");
    if ((status == null || status.isEmpty()) && term != null && term.isObject()) status = term.path("status").asText("");
    if ((type == null || type.isEmpty()) && term != null && term.isObject()) type = term.path("type").asText("");
    return new TermHit(segment == null ? 0 : segment, start, end, text, conceptId, termText, status, type, nested,
        equivalents, confidence == null ? 1.0 : confidence);
  }

  /** The first equivalent that is not deprecated or superseded, or empty. */
  public String preferred() {
    return equivalents.stream().filter(t -> !t.isForbidden()).map(Term::text).findFirst().orElse("");
  }
}
