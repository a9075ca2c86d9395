package org.entente.api;

import java.util.List;

/**
 * How the service is exposed: address, the API key that writes need (none: writes are refused), the origins
 * allowed by CORS (none: CORS off), request limits, the host names besides the loopback ones that requests may
 * name in {@code Host} ({@code entente.example.org}: others answer 421, against DNS rebinding), and whether the
 * amaGama endpoint answers JSONP ({@code jsoncallback}; off: any web page could read the memory through it).
 */
public record ApiConfig(String host, int port, String apiKey, List<String> corsOrigins, Limits limits,
    List<String> allowedHosts, boolean jsonp) {
  public ApiConfig {
    host = host == null || host.isBlank() ? "127.0.0.1" : host;
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
    apiKey = apiKey == null ? "" : apiKey;
    corsOrigins = List.copyOf(corsOrigins == null ? List.of() : corsOrigins);
    limits = limits == null ? Limits.DEFAULT : limits;
    allowedHosts = List.copyOf(allowedHosts == null ? List.of() : allowedHosts);
  }

  public ApiConfig(String host, int port, String apiKey, List<String> corsOrigins, Limits limits) {
    this(host, port, apiKey, corsOrigins, limits, List.of(), false);
  }

  public ApiConfig withAllowedHosts(List<String> hosts, boolean jsonp) {
    return new ApiConfig(host, port, apiKey, corsOrigins, limits, hosts, jsonp);
  }

  public static ApiConfig local(int port) {
    return new ApiConfig("127.0.0.1", port, "", List.of(), Limits.DEFAULT);
  }

  public ApiConfig withApiKey(String key) {
    return new ApiConfig(host, port, key, corsOrigins, limits, allowedHosts, jsonp);
  }

  /**
   * Request limits, answered with 413 or 422. {@code maxBatchChars} caps the characters of one batch call
   * (suggest/batch), whatever its item count.
   */
  public record Limits(long maxBodyBytes, int maxSegmentChars, int maxBatch, int maxResults, long maxBatchChars) {
    public static final Limits DEFAULT = new Limits(50L * 1024 * 1024, 100_000, 1_000, 100, 1_000_000);

    public Limits(long maxBodyBytes, int maxSegmentChars, int maxBatch, int maxResults) {
      this(maxBodyBytes, maxSegmentChars, maxBatch, maxResults, 1_000_000);
    }
  }
}
