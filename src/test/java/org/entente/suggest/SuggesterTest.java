package org.entente.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.testing.FakeTermBase;
import org.entente.testing.FakeTranslationMemory;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;

class SuggesterTest {
  final FakeTranslationMemory tm = new FakeTranslationMemory()
      .add("Les Alliés soutiennent Kyiv.", "Allies support Kiev.")
      .add("Kiev et Kiev.", "Kiev and Kiev.")
      .add("Une réunion du Groupe des plans nucléaires est prévue.", "A meeting of the Nuclear Plans Group is planned.")
      .add("Le secrétaire général a parlé.", "The Secretary General spoke.")
      .add("Le Conseil OTAN-Ukraine se réunira demain matin.", "The NATO-Ukraine Council will meet tomorrow morning.");
  final Suggester suggester = new Suggester(tm, FakeTermBase.nato(), c -> true);

  @Test
  void deprecatedTermInTheBestMatchIsRepairedAndSaidSo() {
    Suggestion s = suggester.suggest(SuggestQuery.of("Les Alliés soutiennent Kyiv.", Language.FR));
    assertThat(s.matches()).isNotEmpty();
    assertThat(s.matches().get(0).conflicts()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(TermConflict.Kind.DEPRECATED);
      assertThat(c.found()).isEqualTo("Kiev");
      assertThat(c.expected()).first().isEqualTo("Kyiv");
    });
    assertThat(s.proposal().text()).isEqualTo("Allies support Kyiv.");
    assertThat(s.proposal().original()).isEqualTo("Allies support Kiev.");
    assertThat(s.proposal().repaired()).isTrue();
    assertThat(s.proposal().note()).contains("Replaced \"Kiev\" with \"Kyiv\"");
    assertThat(s.terms()).anySatisfy(h -> assertThat(h.conceptId()).isEqualTo("c-kyiv"));
  }

  @Test
  void termOccurringTwiceIsFlaggedButNotRepaired() {
    Suggestion s = suggester.suggest(SuggestQuery.of("Kiev et Kiev.", Language.FR));
    assertThat(s.proposal().text()).isEqualTo("Kiev and Kiev.");
    assertThat(s.proposal().repaired()).isFalse();
    assertThat(s.proposal().conflicts()).isNotEmpty().allSatisfy(c -> assertThat(c.repaired()).isFalse());
  }

  @Test
  void deprecatedTermWhoseConceptIsNotInTheSegmentIsNotRepaired() {
    Suggestion s = suggester.suggest(SuggestQuery.of("Les Alliés soutiennent l'Ukraine.", Language.FR));
    // "Allies support Kiev." matches by words, but Kyiv is not in the segment: replacing Kiev would not be safe
    if (s.proposal() != null && s.proposal().original().contains("Kiev")) {
      assertThat(s.proposal().text()).contains("Kiev");
      assertThat(s.proposal().note()).contains("not repaired");
    }
  }

  @Test
  void termRenderedOtherwiseIsFlaggedAsMissing() {
    Suggestion s = suggester.suggest(SuggestQuery.of("Une réunion du Groupe des plans nucléaires est prévue.", Language.FR));
    assertThat(s.proposal().conflicts()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(TermConflict.Kind.MISSING);
      assertThat(c.sourceTerm()).isEqualTo("Groupe des plans nucléaires");
      assertThat(c.expected()).first().isEqualTo("Nuclear Planning Group");
    });
    assertThat(s.proposal().repaired()).isFalse();
  }

  @Test
  void termOfAFuzzyMatchIsSwappedForTheSegmentsTermWhenItIsTheOnlyDifference() {
    Suggestion s = suggester.suggest(new SuggestQuery("Le Groupe des plans nucléaires se réunira demain matin.", Language.FR,
        "", "", 40, 5, java.util.List.of()));
    assertThat(s.proposal().original()).isEqualTo("The NATO-Ukraine Council will meet tomorrow morning.");
    assertThat(s.proposal().text()).isEqualTo("The Nuclear Planning Group will meet tomorrow morning.");
    assertThat(s.proposal().repaired()).isTrue();
    assertThat(s.proposal().conflicts()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(TermConflict.Kind.MISSING);
      assertThat(c.found()).isEqualTo("NATO-Ukraine Council");
      assertThat(c.repaired()).isTrue();
    });
    // in the list of matches the conflict is flagged, not repaired
    assertThat(s.matches().get(0).conflicts()).singleElement().satisfies(c -> assertThat(c.repaired()).isFalse());
  }

  @Test
  void cleanMatchIsProposedAsIs() {
    Suggestion s = suggester.suggest(SuggestQuery.of("Le secrétaire général a parlé.", Language.FR));
    assertThat(s.proposal().text()).isEqualTo("The Secretary General spoke.");
    assertThat(s.proposal().score()).isEqualTo(100);
    assertThat(s.proposal().note()).isEqualTo("No term conflicts.");
  }

  @Test
  void segmentThatIsOneTermIsProposedFromTheTermbase() {
    Suggestion s = suggester.suggest(SuggestQuery.of("Groupe des plans nucléaires", Language.FR));
    assertThat(s.proposal().text()).isEqualTo("Nuclear Planning Group");
    assertThat(s.proposal().origin()).isEqualTo("termbase");
  }

  @Test
  void nothingToProposeForAnUnknownSegment() {
    Suggestion s = suggester.suggest(SuggestQuery.of("Rien à voir.", Language.FR));
    assertThat(s.matches()).isEmpty();
    assertThat(s.proposal()).isNull();
  }
}
