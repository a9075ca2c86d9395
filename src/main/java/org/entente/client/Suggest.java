package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A request for a suggestion: the French segment, optionally its neighbours and the memories to use.
 * {@code Suggest.of("Les Alliés ont renforcé leur posture de dissuasion et de défense.")}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Suggest(String source, String previous, String next, List<String> memories) {
  public Suggest {
    if (source == null || source.isEmpty()) throw new IllegalArgumentException("a suggestion needs a source segment");
    memories = memories == null ? List.of() : List.copyOf(memories);
  }

  public static Suggest of(String source) {
    return new Suggest(source, null, null, List.of());
  }

  /**
   * What the service proposes for one segment: the TM matches, the terms recognised in the segment, and one
   * proposed translation with its term conflicts (flagged, and repaired where safe).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Suggestion(String source, List<TmMatch> matches, List<TermHit> terms, Proposal proposal) {
    public Suggestion {
      source = Maps.text(source);
      matches = Maps.list(matches);
      terms = Maps.list(terms);
    }

    /** Whether there is a proposed translation at all. */
    public boolean hasProposal() {
      return proposal != null && !proposal.target().isEmpty();
    }
  }

  /** The proposed translation, its score, and the term conflicts found in it (repaired ones say so). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Proposal(String target, int score, boolean repaired, List<Conflict> conflicts) {
    public Proposal {
      target = Maps.text(target);
      conflicts = Maps.list(conflicts);
    }
  }

  /**
   * A term conflict in a proposal: the English uses a deprecated term, or renders a recognised source term
   * differently from the termbase. {@code found} is what the proposal said, {@code expected} the preferred term.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Conflict(String kind, String conceptId, String found, String expected, boolean repaired, String message) {
    public Conflict {
      kind = Maps.text(kind);
      conceptId = Maps.text(conceptId);
      found = Maps.text(found);
      expected = Maps.text(expected);
      message = Maps.text(message);
    }
  }
}
