package org.entente.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import static org.entente.testing.FakeTermBase.concept;
import static org.entente.testing.FakeTermBase.en;
import static org.entente.testing.FakeTermBase.fr;

import java.util.List;
import org.entente.terminology.Term;
import org.entente.terminology.TermStatus;
import org.entente.terminology.TermType;
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

  // Repairs that keep the English grammatical, with the real recogniser (FakeTermBase recognises through it).
  static final FakeTermBase REPAIR_TERMS = new FakeTermBase(List.of(
      concept("c-nato", new Term("OTAN", Language.FR, TermStatus.PREFERRED, TermType.ACRONYM, "", "", "", ""),
          new Term("NATO", Language.EN, TermStatus.PREFERRED, TermType.ACRONYM, "", "", "", "")),
      concept("c-alliance", fr("Alliance", TermStatus.PREFERRED), en("Alliance", TermStatus.PREFERRED)),
      concept("c-council", fr("Conseil de l’Atlantique Nord", TermStatus.PREFERRED),
          en("North Atlantic Council", TermStatus.PREFERRED)),
      concept("c-plan", fr("plan de défense", TermStatus.PREFERRED), en("defence plan", TermStatus.PREFERRED),
          en("defense plan", TermStatus.DEPRECATED)),
      concept("c-posture", fr("posture de défense", TermStatus.PREFERRED), en("defence posture", TermStatus.PREFERRED),
          en("defence postures", TermStatus.ADMITTED), en("defense posture", TermStatus.DEPRECATED)),
      concept("c-kyiv", fr("Kyiv", TermStatus.PREFERRED), en("Kyiv", TermStatus.PREFERRED), en("Kiev", TermStatus.DEPRECATED))));

  static Suggestion repair(String stored, String storedTarget, String query) {
    FakeTranslationMemory memory = new FakeTranslationMemory().add(stored, storedTarget);
    return new Suggester(memory, REPAIR_TERMS, c -> true).suggest(
        new SuggestQuery(query, Language.FR, "", "", 40, 5, List.of()));
  }

  @Test
  void aTermBeforeAPossessiveWithoutItsArticleIsFlaggedNotSwapped() {
    Suggestion s = repair("Les plans de défense de l’OTAN ont été mis à jour.", "NATO's defence plans were updated.",
        "Les plans de défense de l’Alliance ont été mis à jour.");
    assertThat(s.proposal().text()).isEqualTo("NATO's defence plans were updated.");
    assertThat(s.proposal().repaired()).isFalse();
    assertThat(s.proposal().conflicts()).singleElement().satisfies(c -> {
      assertThat(c.found()).isEqualTo("NATO");
      assertThat(c.repaired()).isFalse();
      assertThat(c.note()).contains("possessive");
    });
  }

  @Test
  void aTermBeforeAPossessiveWithItsArticleIsSwapped() {
    Suggestion s = repair("Les plans du Conseil de l’Atlantique Nord ont été mis à jour.",
        "The North Atlantic Council's plans were updated.", "Les plans de l’Alliance ont été mis à jour.");
    assertThat(s.proposal().text()).isEqualTo("The Alliance's plans were updated.");
    assertThat(s.proposal().repaired()).isTrue();
  }

  @Test
  void aPluralDeprecatedTermIsReplacedOnlyByAPluralOne() {
    Suggestion flagged = repair("Les plans de défense ont été adoptés.", "The defense plans were adopted.",
        "Les plans de défense ont été adoptés.");
    assertThat(flagged.proposal().text()).isEqualTo("The defense plans were adopted.");
    assertThat(flagged.proposal().repaired()).isFalse();
    assertThat(flagged.proposal().note()).contains("plural");

    Suggestion repaired = repair("Les postures de défense ont été revues.", "The defense postures were reviewed.",
        "Les postures de défense ont été revues.");
    assertThat(repaired.proposal().text()).isEqualTo("The defence postures were reviewed.");
    assertThat(repaired.proposal().repaired()).isTrue();
  }

  @Test
  void aSingularDeprecatedTermIsReplacedByTheSingularPreferredOne() {
    Suggestion s = repair("La posture de défense a été revue.", "The defense posture was reviewed.",
        "La posture de défense a été revue.");
    assertThat(s.proposal().text()).isEqualTo("The defence posture was reviewed.");
  }

  @Test
  void aPlaceNameBeforeAPossessiveIsRepairedToItsPreferredName() {
    Suggestion s = repair("La défense de Kyiv.", "Kiev's defence.", "La défense de Kyiv.");
    assertThat(s.proposal().text()).isEqualTo("Kyiv's defence.");
    assertThat(s.proposal().repaired()).isTrue();
  }
}
