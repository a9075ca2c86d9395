package org.entente.align;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks what every alignment must satisfy: beads in order, every sentence once, scores in [0, 1]. */
final class AlignmentInvariants {
  private AlignmentInvariants() {}

  static Alignment check(Alignment a) {
    int nextFr = 0;
    int nextEn = 0;
    for (Bead b : a.beads()) {
      assertThat(b.fr().size()).as("bead %s", b).isLessThanOrEqualTo(3);
      assertThat(b.en().size()).as("bead %s", b).isLessThanOrEqualTo(3);
      for (int i : b.fr()) assertThat(i).as("French sentences in order in %s", b).isEqualTo(nextFr++);
      for (int j : b.en()) assertThat(j).as("English sentences in order in %s", b).isEqualTo(nextEn++);
      assertThat(b.score()).isBetween(0.0, 1.0);
      if (!b.twoSided()) assertThat(b.flagged()).as("omissions are flagged").isTrue();
    }
    assertThat(nextFr).as("every French sentence aligned").isEqualTo(a.document().fr().size());
    assertThat(nextEn).as("every English sentence aligned").isEqualTo(a.document().en().size());
    return a;
  }
}
