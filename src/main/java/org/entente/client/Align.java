package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An alignment request: a French text and its English counterpart, raw ({@code french}, {@code english}) or
 * pre-segmented ({@code frenchSentences}, {@code englishSentences}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Align(String french, String english, List<String> frenchSentences, List<String> englishSentences) {
  public Align {
    frenchSentences = frenchSentences == null ? List.of() : List.copyOf(frenchSentences);
    englishSentences = englishSentences == null ? List.of() : List.copyOf(englishSentences);
  }

  public static Align texts(String french, String english) {
    return new Align(french, english, List.of(), List.of());
  }

  public static Align sentences(List<String> french, List<String> english) {
    return new Align(null, null, french, english);
  }

  /** The beads, in document order. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Result(List<Bead> beads) {
    public Result {
      beads = Maps.list(beads);
    }
  }

  /**
   * One bead: the 0-based French and English sentence numbers it joins ({@code [0,1]:[0]} is a 2-1 bead), their
   * text, the confidence in [0, 1], and whether a person should review it.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Bead(List<Integer> fr, List<Integer> en, String frText, String enText, double score, boolean lowConfidence) {
    public Bead {
      fr = Maps.list(fr);
      en = Maps.list(en);
      frText = Maps.text(frText);
      enText = Maps.text(enText);
    }
  }
}
