package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An alignment request: a French text and its English counterpart, raw ({@code fr}, {@code en}: segmented by the
 * service) or pre-segmented ({@code frSentences}, {@code enSentences}), with the method ({@code entente}, the
 * default, or {@code gale-church}) and a document id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Align(String fr, String en, List<String> frSentences, List<String> enSentences, String method, String id) {
  public Align {
    frSentences = frSentences == null ? null : List.copyOf(frSentences);
    enSentences = enSentences == null ? null : List.copyOf(enSentences);
    if ((fr == null && en == null) == (frSentences == null && enSentences == null)) {
      throw new IllegalArgumentException("give either the two texts or the two lists of sentences");
    }
  }

  public static Align texts(String french, String english) {
    return new Align(french, english, null, null, null, null);
  }

  public static Align sentences(List<String> french, List<String> english) {
    return new Align(null, null, french, english, null, null);
  }

  public Align withMethod(String name) {
    return new Align(fr, en, frSentences, enSentences, name, id);
  }

  /**
   * The alignment: the method, the sentences of both sides, the beads, how many beads are flagged for review (their
   * score is below {@code flagBelow}), and warnings (the same language on both sides, wildly different lengths).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Result(String method, String document, double flagBelow, int flagged, List<String> warnings,
      List<Sentence> fr, List<Sentence> en, List<Bead> beads) {
    public Result {
      method = Maps.text(method);
      document = Maps.text(document);
      warnings = Maps.list(warnings);
      fr = Maps.list(fr);
      en = Maps.list(en);
      beads = Maps.list(beads);
    }
  }

  /** One sentence of one side: its text, its line (or segment index) and its paragraph. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Sentence(String text, int line, int paragraph) {}

  /**
   * One bead: its shape ({@code 2-1}), the positions of its French and English sentences in the lists and their line
   * numbers, their text, the confidence in [0, 1], and whether a person should review it.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Bead(String shape, List<Integer> fr, List<Integer> en, List<Integer> frLines, List<Integer> enLines,
      String frText, String enText, double score, boolean flagged) {
    public Bead {
      shape = Maps.text(shape);
      fr = Maps.list(fr);
      en = Maps.list(en);
      frLines = Maps.list(frLines);
      enLines = Maps.list(enLines);
      frText = Maps.text(frText);
      enText = Maps.text(enText);
    }

    /** Whether both sides hold sentences (a translation unit), not an omission or addition. */
    public boolean twoSided() {
      return !fr.isEmpty() && !en.isEmpty();
    }
  }
}
