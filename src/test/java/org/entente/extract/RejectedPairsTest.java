package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.entente.text.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectedPairsTest {
  @TempDir Path dir;

  @Test
  void aPairIsRejectedOnceWhateverItsInflectionAndReadBackFromItsFile() {
    RejectedPairs r = RejectedPairs.in(dir);
    assertThat(r.reject("plans de défense", "defence plans", Instant.parse("2026-12-02T21:00:00Z"))).isTrue();
    assertThat(r.reject("plan de défense", "defence plan", Instant.now())).isFalse();
    RejectedPairs again = RejectedPairs.in(dir);
    assertThat(again.all()).containsExactly(new RejectedPairs.Rejection("plans de défense", "defence plans",
        Instant.parse("2026-12-02T21:00:00Z")));
    assertThat(again.keys()).containsExactly("plan de défense\tdefence plan");
  }

  @Test
  void aDamagedLineIsAnErrorWithItsFileAndLine() throws Exception {
    Files.writeString(dir.resolve(RejectedPairs.FILE), "plan\tplan\t2026-12-02T21:00:00Z\nplan\tplan\tyesterday\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RejectedPairs.in(dir)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("yesterday").extracting(e -> ((BadInputException) e).where())
        .isEqualTo(RejectedPairs.FILE + ":2");
  }

  @Test
  void theExtractorNeverProposesARejectedPair() {
    RejectedPairs r = RejectedPairs.in(dir);
    ExtractionOptions o = ExtractionOptions.DEFAULT.withMax(20);
    var units = UnitSource.of(TermExtractorTest.units(2));
    Extraction before = new TermExtractor(new org.entente.testing.FakeTermBase(java.util.List.of())).extract(units, o, r, line -> { });
    assertThat(TermExtractorTest.find(before, "plan de défense").en()).isEqualTo("defence plan");
    r.reject("plan de défense", "defence plan", Instant.now());
    Extraction after = new TermExtractor(new org.entente.testing.FakeTermBase(java.util.List.of())).extract(units, o, r, line -> { });
    assertThat(after.candidates()).noneMatch(c -> c.fr().equals("plan de défense") && c.en().equals("defence plan"));
    assertThat(after.candidates()).anyMatch(c -> c.en().equals("Nuclear Planning Group"));
  }
}
