package org.entente.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;

/** The trie itself: one path per term, nodes freed on removal, case-sensitive terms. */
class TermMatcherTest {
  static Concept concept(String id, Term... terms) {
    return new Concept(id, "", null, null, "", null, null, "", List.of(terms));
  }

  static Term en(String text) {
    return Term.of(text, Language.EN, TermStatus.PREFERRED);
  }

  static Term properNoun(String text, TermStatus status) {
    return new Term(text, Language.EN, status, TermType.FULL_FORM, Term.PROPER_NOUN, "", "", "");
  }

  static List<String> found(TermMatcher m, String text) {
    return m.recognise(text).stream().map(h -> h.conceptId() + "=" + h.text()).toList();
  }

  @Test
  void termsWithAlternativeLemmasDoNotShareAPath() {
    // "bases" has two lemmas (base | basis); "air basis" must not be reachable from the text "air base"
    TermMatcher m = new TermMatcher(new TermKeys(Language.EN));
    m.add(concept("bases", en("air bases")));
    m.add(concept("basis", en("air basis")));
    assertThat(found(m, "the air base was closed")).containsExactly("bases=air base");
    // the other way is ambiguous by nature: "bases" may be the plural of "basis"
    assertThat(found(m, "on an air basis")).contains("basis=air basis");
  }

  @Test
  void removingATermFreesTheNodesOnlyItUsed() {
    TermMatcher m = new TermMatcher(new TermKeys(Language.EN));
    Concept plan = concept("plan", en("defence plan"));
    Concept planning = concept("planning", en("defence planning process"));
    m.add(plan);
    int withOne = m.nodes();
    m.add(planning);
    assertThat(m.nodes()).isGreaterThan(withOne);
    m.remove(planning);
    assertThat(m.nodes()).isEqualTo(withOne);
    assertThat(found(m, "the defence plans")).containsExactly("plan=defence plans");
    m.remove(plan);
    assertThat(m.nodes()).isEqualTo(1);
    assertThat(m.terms()).isZero();
    assertThat(found(m, "the defence plans")).isEmpty();
  }

  @Test
  void removingOneTermKeepsAnotherOnTheSamePath() {
    TermMatcher m = new TermMatcher(new TermKeys(Language.EN));
    m.add(concept("a", en("defence plan")));
    m.add(concept("b", en("defence plans")));
    m.remove(concept("a", en("defence plan")));
    assertThat(found(m, "defence plan")).containsExactly("b=defence plan");
  }

  @Test
  void caseSensitiveTermNeedsOneOfItsCapitalsInTheText() {
    TermMatcher m = new TermMatcher(new TermKeys(Language.EN));
    m.add(concept("turkiye", properNoun("Türkiye", TermStatus.PREFERRED), properNoun("Turkey", TermStatus.SUPERSEDED)));
    m.add(concept("sc", properNoun("Strategic Concept", TermStatus.PREFERRED)));
    m.add(concept("summit", properNoun("Washington Summit", TermStatus.PREFERRED)));
    assertThat(found(m, "For the holiday dinner they ate roast turkey.")).isEmpty();
    assertThat(found(m, "Turkey and Greece")).containsExactly("turkiye=Turkey");
    assertThat(found(m, "TURKEY")).containsExactly("turkiye=TURKEY");
    assertThat(found(m, "a strategic concept for the firm")).isEmpty();
    assertThat(found(m, "the 2022 Strategic Concept")).containsExactly("sc=Strategic Concept");
    // judgment call: one capital is enough, as the press writes "Washington summit"
    assertThat(found(m, "at the Washington summit")).containsExactly("summit=Washington summit");
  }

  @Test
  void termThatIsNotCaseSensitiveMatchesInAnyCase() {
    TermMatcher m = new TermMatcher(new TermKeys(Language.EN));
    m.add(concept("alliance", en("Alliance")));
    assertThat(found(m, "an alliance of firms")).containsExactly("alliance=alliance");
  }
}
