package org.entente.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.text.Language;
import org.junit.jupiter.api.Test;

class AnchorKeysTest {
  final AnchorKeys fr = new AnchorKeys(Language.FR);
  final AnchorKeys en = new AnchorKeys(Language.EN);

  @Test
  void acronymsWithTheSameLettersShareAKey() {
    assertThat(fr.keys("L’OTAN et l’ONU", false)).contains("a:anot", "a:nu");
    assertThat(en.keys("NATO and the UN", false)).contains("a:anot", "a:nu");
  }

  @Test
  void numbersMeetWhateverTheirGroupingAndDecimalMarks() {
    assertThat(fr.keys("Un budget de 1 000,5 millions.", false)).contains("#10005", "x:million");
    assertThat(en.keys("A budget of 1,000.5 million.", false)).contains("#10005", "x:million");
  }

  @Test
  void datesMeetThroughMonthAndDayNames() {
    assertThat(fr.keys("Ce mercredi 12 juin 2024", false)).contains("m:d3", "#12", "m:6", "#2024");
    assertThat(en.keys("On Wednesday 12 June 2024", false)).contains("m:d3", "#12", "m:6", "#2024");
  }

  @Test
  void cognatesShareTheirFirstFourLettersWithoutAccents() {
    assertThat(fr.keys("Les ministres de la Défense", false)).contains("c:mini", "c:defe");
    assertThat(en.keys("Defence Ministers", false)).contains("c:mini", "c:defe");
    assertThat(en.keys("with their support", false)).doesNotContain("c:with", "c:thei");
  }

  @Test
  void quotationsHeadingsAndNumberedParagraphsAreStructuralKeys() {
    assertThat(fr.keys("3. « Nous devons agir », a-t-il dit.", true)).contains("p:3", "q", "s");
    assertThat(en.keys("Press release", false)).contains("h");
  }
}
