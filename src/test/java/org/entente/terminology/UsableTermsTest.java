package org.entente.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;

class UsableTermsTest {
  private static Term term(String text, TermStatus status, TermType type) {
    return new Term(text, Language.EN, status, type, "", "", "", "");
  }

  private final Concept kyiv = new Concept("c-kyiv", "", Map.of(), Map.of(), "", null, null, "", List.of(
      term("Kiev", TermStatus.DEPRECATED, TermType.FULL_FORM),
      term("Kyiv City", TermStatus.ADMITTED, TermType.FULL_FORM),
      term("KYV", TermStatus.ADMITTED, TermType.ABBREVIATION),
      term("Kyiv", TermStatus.PREFERRED, TermType.FULL_FORM),
      term("Kyjiw", TermStatus.SUPERSEDED, TermType.FULL_FORM),
      term("Kyiv Oblast capital", TermStatus.PROPOSED, TermType.FULL_FORM),
      Term.of("Kyiv", Language.FR, TermStatus.PREFERRED)));

  @Test
  void usableTermsArePreferredThenAdmittedThenProposedAndNeverDeprecatedOrSuperseded() {
    assertThat(kyiv.usableTerms(Language.EN, null)).containsExactly("Kyiv", "Kyiv City", "KYV", "Kyiv Oblast capital");
    assertThat(kyiv.preferred(Language.EN)).map(Term::text).hasValue("Kyiv");
  }

  @Test
  void amongEqualStatusesTheTermsOfTheGivenTypeComeFirst() {
    assertThat(kyiv.usableTerms(Language.EN, TermType.ABBREVIATION)).containsExactly("Kyiv", "KYV", "Kyiv City",
        "Kyiv Oblast capital");
  }
}
