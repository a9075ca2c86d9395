package org.entente.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long the client waits before trying a request again: on a connection failure, a 429 or a 503, up
 * to {@code maxAttempts} tries in all, waiting {@code initialBackoff × multiplier^(n−1)} (capped at
 * {@code maxBackoff}) with jitter between half and all of that, or what the server's {@code Retry-After} asks if it
 * asks for no more than {@code maxRetryAfter}. Other 4xx answers are never retried. {@code new RetryPolicy(4,
 * Duration.ofMillis(200), Duration.ofSeconds(5), 2.0, Duration.ofSeconds(30))} is the default.
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier, Duration maxRetryAfter) {
  /** Four tries, 200 ms doubling up to 5 s, a {@code Retry-After} of up to 30 s honoured. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(5), 2.0, Duration.ofSeconds(30));
  /** One try, no retry. */
  public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0, Duration.ZERO);

  public RetryPolicy {
    if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    if (initialBackoff == null || initialBackoff.isNegative()) throw new IllegalArgumentException("initialBackoff < 0");
    if (maxBackoff == null || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff must be at least initialBackoff");
    }
    if (!(multiplier >= 1.0)) throw new IllegalArgumentException("multiplier must be at least 1: " + multiplier);
    if (maxRetryAfter == null || maxRetryAfter.isNegative()) throw new IllegalArgumentException("maxRetryAfter < 0");
  }

  /** The same policy with another number of tries. */
  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, initialBackoff, maxBackoff, multiplier, maxRetryAfter);
  }

  /** How long to wait after the {@code failedAttempt}-th try (1-based), jitter included. */
  public Duration backoff(int failedAttempt) {
    double base = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempt - 1));
    long capped = (long) Math.min(base, maxBackoff.toMillis());
    if (capped <= 1) return Duration.ofMillis(capped);
    // "equal jitter": half fixed so waits keep growing, half random so clients that failed together spread out
    long half = capped / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
  }
}
