package org.entente.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.terminology.TermImport;
import org.entente.testing.FakeSegmenter;
import org.entente.testing.FakeSentencePairing;
import org.entente.testing.FakeTermBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks with the shipped glossary ({@code glossaries/nato.tbx}) and the real recogniser, on ordinary English. */
class ShippedGlossaryChecksTest {
  static Checker checker;

  @BeforeAll
  static void load() throws Exception {
    var file = TermImport.read(Files.readAllBytes(Path.of("glossaries", "nato.tbx")), "nato.tbx", null);
    checker = new Checker(new FakeTermBase(TermImport.concepts(file, "nato")), new FakeSegmenter(),
        new FakeSentencePairing(), Checks.all());
  }

  static List<String> findings(String draft) {
    return checker.check(CheckRequest.segments(List.of(draft), List.of(), CheckConfig.DEFAULT)).findings().stream()
        .map(f -> f.checkId() + ":" + f.text()).toList();
  }

  @Test
  void roastTurkeyIsNotTheFormerNameOfACountry() {
    assertThat(findings("For the holiday dinner they ate roast turkey.")).isEmpty();
    assertThat(findings("Turkey hosted the meeting.")).containsExactly("TERM_DEPRECATED_IN_TARGET:Turkey");
  }

  @Test
  void everydayTitleCaseWordsAreNotAcronyms() {
    assertThat(findings("Shape the future together. Sofa beds are cheap. Diana smiled.")).isEmpty();
  }
}
