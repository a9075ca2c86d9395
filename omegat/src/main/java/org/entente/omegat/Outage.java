package org.entente.omegat;

/**
 * The state of the connection to the service, so that an unreachable service costs the translator one message and
 * no waiting: the first failure of a streak is reported, then calls are skipped for a quiet period, then tried again
 * (a failure then stays silent until a call succeeds). For example, with the service stopped, segment 1 shows
 * "Entente at http://127.0.0.1:8080 is not answering", segments 2 to 40 show nothing and cost nothing.
 */
final class Outage {
  /** A source of milliseconds, so that tests need not wait. */
  interface Clock {
    long millis();
  }

  static final long QUIET_MILLIS = 30_000;

  private final Clock clock;
  private final long quietMillis;
  private long skipUntil;
  private boolean inStreak;

  Outage() {
    this(System::currentTimeMillis, QUIET_MILLIS);
  }

  Outage(Clock clock, long quietMillis) {
    this.clock = clock;
    this.quietMillis = quietMillis;
  }

  /** True while calls should not even be tried. */
  synchronized boolean skipping() {
    return inStreak && clock.millis() < skipUntil;
  }

  /** Records a failed call; true when it is the first of a streak, the one to show. */
  synchronized boolean failed() {
    boolean first = !inStreak;
    inStreak = true;
    skipUntil = clock.millis() + quietMillis;
    return first;
  }

  synchronized void succeeded() {
    inStreak = false;
    skipUntil = 0;
  }
}
