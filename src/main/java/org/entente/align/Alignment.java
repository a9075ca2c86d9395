package org.entente.align;

import java.util.List;
import java.util.stream.Collectors;

/** The beads aligning a document, in text order, and the method that produced them ({@code entente}). */
public record Alignment(Document document, List<Bead> beads, String method) {
  public Alignment {
    beads = List.copyOf(beads);
  }

  /** The French text of a bead: its sentences joined by a space. */
  public String frText(Bead b) {
    return b.fr().stream().map(i -> document.fr().get(i).text()).collect(Collectors.joining(" "));
  }

  /** The English text of a bead: its sentences joined by a space. */
  public String enText(Bead b) {
    return b.en().stream().map(i -> document.en().get(i).text()).collect(Collectors.joining(" "));
  }

  /** The bead as a vecalign line with the items' line numbers: {@code [4,5]:[4]}. */
  public String vecalign(Bead b) {
    return "[" + b.fr().stream().map(i -> String.valueOf(document.fr().get(i).line())).collect(Collectors.joining(","))
        + "]:[" + b.en().stream().map(i -> String.valueOf(document.en().get(i).line())).collect(Collectors.joining(","))
        + "]";
  }

  /** How many beads are flagged for review. */
  public long flaggedCount() {
    return beads.stream().filter(Bead::flagged).count();
  }
}
