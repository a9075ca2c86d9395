package org.entente.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;

class TermRecognizerTest {
  static Concept concept(String id, Term... terms) {
    return new Concept(id, "", null, null, "", null, null, "", List.of(terms));
  }

  static Term fr(String t, TermStatus s) {
    return Term.of(t, Language.FR, s);
  }

  static Term en(String t, TermStatus s) {
    return Term.of(t, Language.EN, s);
  }

  static final TermRecognizer R = TermRecognizer.of(List.of(
      concept("plan", fr("plan de défense", TermStatus.PREFERRED), en("defence plan", TermStatus.PREFERRED)),
      concept("cem", fr("chef d'état-major", TermStatus.PREFERRED), en("Chief of Staff", TermStatus.PREFERRED)),
      concept("nato", fr("OTAN", TermStatus.PREFERRED), en("NATO", TermStatus.PREFERRED)),
      concept("alliance", fr("Alliance", TermStatus.PREFERRED), en("Alliance", TermStatus.PREFERRED)),
      concept("assistance", fr("assistance", TermStatus.PREFERRED), en("assistance", TermStatus.PREFERRED)),
      concept("npg", fr("Groupe des plans nucléaires", TermStatus.PREFERRED), en("Nuclear Planning Group", TermStatus.PREFERRED),
          en("NPG", TermStatus.ADMITTED)),
      concept("us", fr("États-Unis", TermStatus.PREFERRED), en("US", TermStatus.PREFERRED), en("United States", TermStatus.PREFERRED)),
      concept("force", fr("force", TermStatus.PREFERRED), en("force", TermStatus.PREFERRED)),
      concept("etats", fr("États membres", TermStatus.PREFERRED), en("member states", TermStatus.PREFERRED)),
      concept("kyiv", en("Kyiv", TermStatus.PREFERRED), en("Kiev", TermStatus.DEPRECATED), fr("Kyiv", TermStatus.PREFERRED)),
      concept("siege", fr("siège de l’OTAN", TermStatus.PREFERRED), en("NATO Headquarters", TermStatus.PREFERRED)),
      concept("ministerial", fr("ministérielle", TermStatus.PREFERRED), en("ministerial", TermStatus.PREFERRED)),
      concept("crisis", en("crisis management", TermStatus.PREFERRED), fr("gestion de crise", TermStatus.PREFERRED))));

  static List<String> found(String text, Language lang) {
    return R.recognise(text, lang).stream().map(h -> h.conceptId() + "=" + h.text() + (h.nested() ? "(nested)" : "")).toList();
  }

  @Test
  void pluralsAndAgreementMatchTheTerm() {
    assertThat(found("Ils ont adopté des plans de défense.", Language.FR)).containsExactly("plan=plans de défense");
    assertThat(found("Les chefs d'état-major se réunissent.", Language.FR)).containsExactly("cem=chefs d'état-major");
    assertThat(found("Les chefs d’états-majors se réunissent.", Language.FR)).containsExactly("cem=chefs d’états-majors");
    assertThat(found("les deux ministérielles de l'année", Language.FR)).containsExactly("ministerial=ministérielles");
  }

  @Test
  void elisionAccentsAndCaseDoNotHideATerm() {
    assertThat(found("Le rôle de l’Alliance et d’assistance.", Language.FR))
        .containsExactly("alliance=Alliance", "assistance=assistance");
    assertThat(found("Les Etats membres et les ÉTATS MEMBRES", Language.FR))
        .containsExactly("etats=Etats membres", "etats=ÉTATS MEMBRES");
    assertThat(found("au siège de l'OTAN", Language.FR)).containsExactly("siege=siège de l'OTAN", "nato=OTAN(nested)");
  }

  /** FranceTerme's specialised senses of everyday words, as the out-of-sample evaluation met them on UN texts. */
  static final TermRecognizer SENSES = TermRecognizer.of(List.of(
      concept("joint", fr("tube d'assemblage", TermStatus.PREFERRED), en("joint", TermStatus.ADMITTED)),
      concept("lead", fr("contact confirmé", TermStatus.PREFERRED), en("lead", TermStatus.ADMITTED)),
      concept("open", fr("compétition toutes catégories", TermStatus.PREFERRED), en("open", TermStatus.ADMITTED)),
      concept("street", fr("urbaine", TermStatus.PREFERRED), en("street", TermStatus.ADMITTED))));

  static List<String> sense(String text, Language lang) {
    return SENSES.recognise(text, lang).stream().map(h -> h.conceptId() + "=" + h.text()).toList();
  }

  @Test
  void aOneWordNounTermIsFoundOnlyWhereTheWordIsANoun() {
    assertThat(sense("The Somalia joint programme was finalized.", Language.EN)).isEmpty();
    assertThat(sense("The talks led to an agreement.", Language.EN)).isEmpty();
    assertThat(sense("the African-led International Support Mission", Language.EN)).isEmpty();
    assertThat(sense("They held an open debate on the report.", Language.EN)).isEmpty();
    assertThat(sense("pour les populations rurales et urbaines", Language.FR)).isEmpty();
    assertThat(sense("The welders inspected the joint between the two pipes.", Language.EN)).containsExactly("joint=joint");
    assertThat(sense("The sales team followed up every lead.", Language.EN)).containsExactly("lead=lead");
    assertThat(sense("Elle a gagné l'urbaine des championnats.", Language.FR)).containsExactly("street=urbaine");
  }

  static final TermRecognizer FIELDS = TermRecognizer.of(List.of(
      new Concept("capacity", "Énergie", null, null, "", null, null, "", List.of(en("capacity", TermStatus.ADMITTED))),
      new Concept("accountability", "Relations internationales", null, null, "", null, null, "",
          List.of(en("accountability", TermStatus.ADMITTED))),
      new Concept("health", "Santé et médecine", null, null, "", null, null, "", List.of(en("global health", TermStatus.ADMITTED))),
      concept("crew", en("crew", TermStatus.ADMITTED))));

  static List<String> inFields(String text, String... fields) {
    return FIELDS.recognise(text, Language.EN, SubjectFields.of(List.of(fields))).stream()
        .map(h -> h.conceptId() + "=" + h.confidence()).toList();
  }

  @Test
  void aOneWordEverydayTermHasALowConfidenceOutsideItsSubjectField() {
    String text = "Institutional capacity and accountability are key to global health; the crew agreed.";
    assertThat(inFields(text)).containsExactly("capacity=0.5", "accountability=0.5", "health=1.0", "crew=0.5");
    assertThat(inFields(text, "relations INTERNATIONALES")).containsExactly("accountability=1.0", "crew=0.5");
    assertThat(inFields(text, "Energie", "Santé et médecine")).containsExactly("capacity=1.0", "health=1.0", "crew=0.5");
  }

  @Test
  void aFieldFilterJudgesNestingAmongTheConceptsItKeeps() {
    TermRecognizer r = TermRecognizer.of(List.of(
        new Concept("long", "Sports", null, null, "", null, null, "", List.of(en("security council resolution", TermStatus.ADMITTED))),
        new Concept("short", "Politique", null, null, "", null, null, "", List.of(en("security council", TermStatus.ADMITTED)))));
    String text = "the security council resolution";
    assertThat(r.recognise(text, Language.EN)).extracting(TermHit::nested).containsExactly(false, true);
    assertThat(r.recognise(text, Language.EN, SubjectFields.of(List.of("Politique"))))
        .extracting(h -> h.conceptId() + "=" + h.nested()).containsExactly("short=false");
    // the termbase interface's default judges the same way for any store
    TermBase plain = new TermBase() {
      @Override public List<TermHit> recognise(String t, Language l) {
        return r.recognise(t, l);
      }

      @Override public java.util.Optional<Concept> concept(String id) {
        return java.util.Optional.of(new Concept(id, id.equals("short") ? "Politique" : "Sports", null, null, "", null, null,
            "", List.of(en(id, TermStatus.ADMITTED))));
      }

      @Override public int size() {
        return 2;
      }
    };
    assertThat(plain.recognise(text, Language.EN, SubjectFields.of(List.of("politique"))))
        .extracting(h -> h.conceptId() + "=" + h.nested()).containsExactly("short=false");
  }

  @Test
  void falseFriendsDoNotMatch() {
    assertThat(found("Il a été forcé de partir.", Language.FR)).isEmpty();
    assertThat(found("La force est là.", Language.FR)).containsExactly("force=force");
  }

  @Test
  void shortAcronymsMatchOnlyInCapitals() {
    assertThat(found("Let us talk about the US position.", Language.EN)).containsExactly("us=US");
    assertThat(found("the otan word", Language.FR)).isEmpty();
  }

  @Test
  void longestMatchFirstWithNestedHitsMarked() {
    List<TermHit> hits = R.recognise("Le Groupe des plans nucléaires de l'OTAN", Language.FR);
    assertThat(hits.get(0).text()).isEqualTo("Groupe des plans nucléaires");
    assertThat(hits.get(0).nested()).isFalse();
    assertThat(hits.get(0).equivalents()).extracting(Term::text).containsExactly("Nuclear Planning Group", "NPG");
    assertThat(found("the Nuclear Planning Group's crisis management plans", Language.EN))
        .containsExactly("npg=Nuclear Planning Group", "crisis=crisis management");
  }

  @Test
  void deprecatedTermsAreFoundWithTheirStatus() {
    TermHit kiev = R.recognise("He flew to Kiev.", Language.EN).get(0);
    assertThat(kiev.term().status()).isEqualTo(TermStatus.DEPRECATED);
    assertThat(kiev.conceptId()).isEqualTo("kyiv");
    assertThat(kiev.start()).isEqualTo(11);
    assertThat(kiev.end()).isEqualTo(15);
  }

  @Test
  void hyphenAndApostropheVariantsMatch() {
    assertThat(found("Les Etats-Unis et les États Unis", Language.FR)).containsExactly("us=Etats-Unis", "us=États Unis");
    assertThat(found("au siège de l’OTAN", Language.FR)).contains("siege=siège de l’OTAN");
  }
}
