package org.entente.remote;

import java.time.Duration;

/**
 * How politely and persistently the harvester fetches: the User-Agent it announces (its product token is what
 * robots.txt groups are matched against), the delay between two requests to one host, the largest page it reads,
 * how many tries a page gets on a connection failure, 429 or 5xx, and the first backoff (doubled each try, with
 * jitter; a {@code Retry-After} of up to a minute is honoured instead).
 */
public record FetchPolicy(String userAgent, Duration perHostDelay, long maxBytes, int maxAttempts,
    Duration initialBackoff, Duration timeout) {
  /** The product token that robots.txt groups name: {@code User-agent: EntenteHarvester}. */
  public static final String PRODUCT_TOKEN = "EntenteHarvester";
  public static final String DEFAULT_USER_AGENT =
      "Mozilla/5.0 (compatible; " + PRODUCT_TOKEN + "/0.1; French-English translation memory harvester)";

  public FetchPolicy {
    if (userAgent == null || userAgent.isBlank()) userAgent = DEFAULT_USER_AGENT;
    if (perHostDelay == null || perHostDelay.isNegative()) throw new IllegalArgumentException("perHostDelay < 0");
    if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive");
    if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
    if (initialBackoff == null || initialBackoff.isNegative()) throw new IllegalArgumentException("backoff < 0");
    if (timeout == null || timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout");
  }

  /** One second between requests to a host, pages up to 5 MB, four tries from 1 s, 30 s timeout. */
  public static FetchPolicy defaults() {
    return new FetchPolicy(DEFAULT_USER_AGENT, Duration.ofSeconds(1), 5L * 1024 * 1024, 4, Duration.ofSeconds(1),
        Duration.ofSeconds(30));
  }

  public FetchPolicy withPerHostDelay(Duration d) {
    return new FetchPolicy(userAgent, d, maxBytes, maxAttempts, initialBackoff, timeout);
  }

  public FetchPolicy withMaxBytes(long bytes) {
    return new FetchPolicy(userAgent, perHostDelay, bytes, maxAttempts, initialBackoff, timeout);
  }

  public FetchPolicy withBackoff(Duration first) {
    return new FetchPolicy(userAgent, perHostDelay, maxBytes, maxAttempts, first, timeout);
  }

  public FetchPolicy withUserAgent(String agent) {
    return new FetchPolicy(agent, perHostDelay, maxBytes, maxAttempts, initialBackoff, timeout);
  }
}
