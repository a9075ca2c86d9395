package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A request for a suggestion: the segment ({@code lang} defaults to French), optionally its neighbours (for 101%
 * in-context matches), the memories to use, and the minimum score and number of matches.
 * {@code Suggest.of("Les Alliés ont renforcé leur posture de dissuasion et de défense.")}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Suggest(String text, String lang, String previous, String next, List<String> memories, Integer min,
    Integer max) {
  public Suggest {
    if (text == null || text.isBlank()) throw new IllegalArgumentException("a suggestion needs a source segment");
    memories = memories == null ? List.of() : List.copyOf(memories);
  }

  public static Suggest of(String text) {
    return new Suggest(text, null, null, null, List.of(), null, null);
  }

  public Suggest withContext(String previousSegment, String nextSegment) {
    return new Suggest(text, lang, previousSegment, nextSegment, memories, min, max);
  }

  public Suggest withMin(int minScore) {
    return new Suggest(text, lang, previous, next, memories, minScore, max);
  }

  public Suggest withMemories(List<String> names) {
    return new Suggest(text, lang, previous, next, names, min, max);
  }

  /**
   * What the service proposes for one segment: the TM matches (each with the term conflicts found in it), the
   * terms recognised in the segment, and one proposed translation (null when the memory has nothing).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Suggestion(String source, String lang, List<TmMatch> matches, List<TermHit> terms, Proposal proposal) {
    public Suggestion {
      source = Maps.text(source);
      lang = Maps.text(lang);
      matches = Maps.list(matches);
      terms = Maps.list(terms);
    }

    /** Whether there is a proposed translation at all. */
    public boolean hasProposal() {
      return proposal != null && !proposal.text().isEmpty();
    }
  }

  /**
   * The proposed translation: its text (repaired where a repair was safe), the match's text before repair
   * ({@code original}), where it came from, its score, and the term conflicts found in it.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Proposal(String text, String original, String origin, String unitId, int score, boolean repaired,
      List<Conflict> conflicts, String note) {
    public Proposal {
      text = Maps.text(text);
      original = Maps.text(original);
      origin = Maps.text(origin);
      unitId = Maps.text(unitId);
      conflicts = Maps.list(conflicts);
      note = Maps.text(note);
    }
  }

  /**
   * A term conflict in a proposal or a match: the English uses a deprecated or superseded term, or renders a
   * recognised source term differently from the termbase. {@code found} is what the text says (at
   * {@code start}–{@code end} when known, else −1), {@code expected} the termbase's terms, preferred first.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Conflict(String kind, String conceptId, Integer start, Integer end, String found, String sourceTerm,
      List<String> expected, boolean repaired, String note) {
    public Conflict {
      kind = Maps.text(kind);
      conceptId = Maps.text(conceptId);
      start = start == null ? -1 : start;
      end = end == null ? -1 : end;
      found = Maps.text(found);
      sourceTerm = Maps.text(sourceTerm);
      expected = Maps.list(expected);
      note = Maps.text(note);
    }
  }
}
