package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void matchingUnifiesApostrophesDashesSpacesAndCase() {
    assertThat(TextNormalizer.MATCHING.apply("L’OTAN\u00a0— l\u02BCAlliance\u202F!")).isEqualTo("l'otan - l'alliance !");
  }

  @Test
  void matchingComposesToNfc() {
    assertThat(TextNormalizer.MATCHING.apply("De\u0301fense")).isEqualTo("défense");
  }

  @Test
  void caseFoldingIgnoresTheDefaultLocale() {
    // surefire runs with a Turkish default locale: I must still fold to i
    assertThat(TextNormalizer.MATCHING.apply("INITIATIVE")).isEqualTo("initiative");
  }

  @Test
  void accentFoldingIsOptional() {
    assertThat(TextNormalizer.MATCHING.apply("État")).isEqualTo("état");
    assertThat(TextNormalizer.MATCHING_NO_ACCENTS.apply("État-major")).isEqualTo("etat-major");
  }
}
