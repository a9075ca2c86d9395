package org.entente.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;

class BeadTest {
  @Test
  void aBeadGivenBySourceAndTargetPutsFrenchOnTheFrenchSide() {
    Bead fromFrench = Bead.of(Language.FR, List.of(0, 1), List.of(0));
    Bead fromEnglish = Bead.of(Language.EN, List.of(0), List.of(0, 1));
    assertThat(fromFrench).isEqualTo(fromEnglish);
    assertThat(fromFrench.fr()).containsExactly(0, 1);
    assertThat(fromFrench.side(Language.FR)).containsExactly(0, 1);
    assertThat(fromFrench.side(Language.EN)).containsExactly(0);
    assertThat(fromFrench.shape()).isEqualTo("2-1");
  }

  @Test
  void anUnscoredBeadIsItsSentencesAlone() {
    Bead predicted = new Bead(List.of(4, 5), List.of(4), 0.42, true);
    assertThat(predicted).isNotEqualTo(Bead.of(List.of(4, 5), List.of(4)));
    assertThat(predicted.unscored()).isEqualTo(Bead.of(List.of(4, 5), List.of(4)));
    assertThat(predicted.unscored().score()).isEqualTo(1.0);
  }

  @Test
  void aBeadHoldsASentence() {
    assertThatThrownBy(() -> Bead.of(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThat(Bead.of(Language.EN, List.of(), List.of(3)).twoSided()).isFalse();
  }
}
