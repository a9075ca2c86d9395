package org.entente.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.testing.FakeSegmenter;
import org.entente.testing.FakeSentencePairing;
import org.entente.testing.FakeTermBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every check's own good and bad examples, run through the checker with the NATO test concepts. */
class CheckExamplesTest {
  static final FakeTermBase TERMS = FakeTermBase.nato();

  static Stream<Arguments> examples() {
    List<Arguments> out = new ArrayList<>();
    for (Check c : Checks.all()) {
      for (Example e : c.examples()) out.add(Arguments.of(c.id(), c, e));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("examples")
  void everyExampleGivesExactlyItsFindings(String id, Check check, Example example) {
    Checker checker = new Checker(TERMS, new FakeSegmenter(), new FakeSentencePairing(), List.of(check));
    CheckReport report = checker.check(CheckRequest.segments(List.of(example.draft()),
        example.source().isEmpty() ? List.of() : List.of(example.source()), CheckConfig.DEFAULT));
    assertThat(report.findings()).extracting(Finding::subject).containsExactlyElementsOf(example.flagged());
    for (Finding f : report.findings()) {
      assertThat(f.checkId()).isEqualTo(check.id());
      assertThat(f.type()).isEqualTo(check.type());
      assertThat(f.end()).isLessThanOrEqualTo(example.draft().length());
      assertThat(example.draft().substring(f.start(), f.end())).isEqualTo(f.text());
      assertThat(f.message()).isNotBlank();
      if (f.source() != null) {
        assertThat(example.source().substring(f.source().start(), f.source().end())).isEqualTo(f.source().text());
      }
    }
  }

  @Test
  void everyCheckHasAStableUniqueIdAndGoodAndBadExamples() {
    Set<String> ids = new HashSet<>();
    for (Check c : Checks.all()) {
      assertThat(ids.add(c.id())).as(c.id()).isTrue();
      assertThat(c.examples()).anyMatch(Example::isGood).anyMatch(e -> !e.isGood());
    }
    assertThat(ids).containsExactlyInAnyOrder("TERM_NOT_FOUND_IN_TARGET", "TERM_DEPRECATED_IN_TARGET",
        "TERM_DEPRECATED_IN_SOURCE", "TERM_INCONSISTENT", "NUMBER_MISMATCH", "ACRONYM_NOT_EXPANDED", "SPELLING_VARIANT");
  }

  @Test
  void checksOfTypesMatchConventions() {
    for (Check c : Checks.all()) {
      String expected = switch (c.id()) {
        case "TERM_INCONSISTENT" -> "inconsistency";
        case "NUMBER_MISMATCH" -> "numbers";
        case "ACRONYM_NOT_EXPANDED" -> "style";
        case "SPELLING_VARIANT" -> "misspelling";
        default -> "terminology";
      };
      assertThat(c.type().its()).as(c.id()).isEqualTo(expected);
    }
  }
}
