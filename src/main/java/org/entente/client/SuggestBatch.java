package org.entente.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Suggestions for many segments of one document at once, in document order: each segment's neighbours are its
 * context unless it gives its own. {@code SuggestBatch.of(List.of("Le Conseil s'est réuni.", "Il a décidé."))}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SuggestBatch(List<Segment> segments, String lang, List<String> memories, Integer min, Integer max) {
  public SuggestBatch {
    if (segments == null || segments.isEmpty()) throw new IllegalArgumentException("a batch needs segments");
    segments = List.copyOf(segments);
    memories = memories == null ? List.of() : List.copyOf(memories);
  }

  public static SuggestBatch of(List<String> texts) {
    return new SuggestBatch(texts.stream().map(t -> new Segment(t, null, null)).toList(), null, List.of(), null, null);
  }

  /** One segment, with its neighbours when they are not the batch's previous and next segments. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Segment(String text, String previous, String next) {
    public Segment {
      if (text == null) throw new IllegalArgumentException("a segment needs a text");
    }
  }
}
