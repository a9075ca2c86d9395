package org.entente.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;

class TermValidityTest {
  static final LocalDate CHANGE = LocalDate.of(2022, 6, 1);
  static final Term TURKEY = new Term("Turkey", Language.EN, TermStatus.SUPERSEDED, TermType.FULL_FORM, "", "", "", "",
      null, CHANGE);
  static final Term TURKIYE = new Term("Türkiye", Language.EN, TermStatus.PREFERRED, TermType.FULL_FORM, "", "", "", "",
      CHANGE, null);

  @Test
  void aSupersededTermIsAdmittedBeforeItsDateAndSupersededFromIt() {
    assertThat(TURKEY.statusOn(LocalDate.of(2021, 5, 4))).isEqualTo(TermStatus.ADMITTED);
    assertThat(TURKEY.statusOn(CHANGE.minusDays(1))).isEqualTo(TermStatus.ADMITTED);
    assertThat(TURKEY.statusOn(CHANGE)).isEqualTo(TermStatus.SUPERSEDED);
    assertThat(TURKEY.statusOn(LocalDate.of(2023, 1, 10))).isEqualTo(TermStatus.SUPERSEDED);
    assertThat(TURKEY.statusOn(null)).isEqualTo(TermStatus.SUPERSEDED);
  }

  @Test
  void aTermNotYetValidCountsAsProposedAndKeepsItsStatusFromItsDate() {
    assertThat(TURKIYE.statusOn(LocalDate.of(2021, 5, 4))).isEqualTo(TermStatus.PROPOSED);
    assertThat(TURKIYE.statusOn(CHANGE)).isEqualTo(TermStatus.PREFERRED);
  }

  @Test
  void undatedTermsKeepTheirStatusOnEveryDate() {
    Term kiev = Term.of("Kiev", Language.EN, TermStatus.DEPRECATED);
    assertThat(kiev.statusOn(LocalDate.of(1990, 1, 1))).isEqualTo(TermStatus.DEPRECATED);
    assertThat(kiev.on(LocalDate.of(1990, 1, 1))).isSameAs(kiev);
  }

  @Test
  void aTermCannotBeSupersededBeforeItIsValid() {
    assertThatThrownBy(() -> new Term("x", Language.EN, TermStatus.ADMITTED, TermType.FULL_FORM, "", "", "", "", CHANGE,
        CHANGE.minusYears(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("superseded");
  }

  @Test
  void aDatedTermBaseGivesHitsEquivalentsAndConceptsTheStatusOfTheDocumentDate() {
    Concept c = new Concept("nato-turkiye", "", Map.of(), Map.of(), "", null, null, "", List.of(
        Term.of("Turquie", Language.FR, TermStatus.PREFERRED), TURKIYE, TURKEY));
    TermBase base = new TermBase() {
      final TermRecognizer r = TermRecognizer.of(List.of(c));

      @Override public List<TermHit> recognise(String text, Language language) { return r.recognise(text, language); }
      @Override public java.util.Optional<Concept> concept(String id) { return java.util.Optional.of(c).filter(x -> x.id().equals(id)); }
      @Override public int size() { return 1; }
    };
    TermBase in2021 = DatedTermBase.on(base, LocalDate.of(2021, 5, 4));
    TermHit turkey = in2021.recognise("Turkey hosted the meeting.", Language.EN).get(0);
    assertThat(turkey.term().status()).isEqualTo(TermStatus.ADMITTED);
    TermHit turquie = in2021.recognise("La Turquie accueille la réunion.", Language.FR).get(0);
    assertThat(turquie.equivalents()).extracting(Term::text).containsExactly("Turkey", "Türkiye");
    assertThat(in2021.concept("nato-turkiye").orElseThrow().preferred(Language.EN).orElseThrow().text()).isEqualTo("Turkey");

    TermBase in2023 = DatedTermBase.on(base, LocalDate.of(2023, 1, 10));
    assertThat(in2023.recognise("Turkey hosted the meeting.", Language.EN).get(0).term().status()).isEqualTo(TermStatus.SUPERSEDED);
    assertThat(in2023.recognise("La Turquie accueille la réunion.", Language.FR).get(0).equivalents())
        .extracting(Term::text).containsExactly("Türkiye", "Turkey");
    assertThat(DatedTermBase.on(base, null)).isSameAs(base);
  }
}
