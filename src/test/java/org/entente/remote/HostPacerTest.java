package org.entente.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostPacerTest {
  @Test
  void keepsTheDelayBetweenRequestsToOneHostButNotAcrossHosts() throws InterruptedException {
    HostPacer pacer = new HostPacer(150);
    long t0 = System.nanoTime();
    pacer.await("www.nato.int", 0);
    pacer.await("www.otan.nato.int", 0);
    long acrossHosts = (System.nanoTime() - t0) / 1_000_000;
    pacer.await("www.nato.int", 0);
    long sameHost = (System.nanoTime() - t0) / 1_000_000;
    assertThat(acrossHosts).isLessThan(100);
    assertThat(sameHost).isGreaterThanOrEqualTo(145);
  }

  @Test
  void aLongerCrawlDelayOfTheSiteWins() throws InterruptedException {
    HostPacer pacer = new HostPacer(0);
    long t0 = System.nanoTime();
    pacer.await("a.example", 120);
    pacer.await("a.example", 120);
    assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(115);
  }
}
