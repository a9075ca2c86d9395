package org.entente.omegat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutageTest {
  long now = 1_000;
  final Outage outage = new Outage(() -> now, 30_000);

  @Test
  void firstFailureOfAStreakIsTheOnlyOneShown() {
    assertThat(outage.skipping()).isFalse();
    assertThat(outage.failed()).isTrue();
    assertThat(outage.skipping()).isTrue();
    now += 29_999;
    assertThat(outage.skipping()).isTrue();
    now += 1;
    assertThat(outage.skipping()).as("tried again after the quiet period").isFalse();
    assertThat(outage.failed()).as("still down: silent").isFalse();
    assertThat(outage.skipping()).isTrue();
  }

  @Test
  void aSuccessEndsTheStreakSoTheNextOutageIsShownAgain() {
    outage.failed();
    now += 30_000;
    outage.succeeded();
    assertThat(outage.skipping()).isFalse();
    assertThat(outage.failed()).isTrue();
  }
}
