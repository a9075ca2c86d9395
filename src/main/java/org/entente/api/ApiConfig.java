package org.entente.api;

import java.util.List;

/**
 * How the service is exposed: address, the API key that writes need (none: writes are refused), the origins
 * allowed by CORS (none: CORS off), and request limits.
 */
public record ApiConfig(String host, int port, String apiKey, List<String> corsOrigins, Limits limits) {
  public ApiConfig {
    host = host == null || host.isBlank() ? "127.0.0.1" : host;
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
    apiKey = apiKey == null ? "" : apiKey;
    corsOrigins = List.copyOf(corsOrigins == null ? List.of() : corsOrigins);
    limits = limits == null ? Limits.DEFAULT : limits;
  }

  public static ApiConfig local(int port) {
    return new ApiConfig("127.0.0.1", port, "", List.of(), Limits.DEFAULT);
  }

  public ApiConfig withApiKey(String key) {
    return new ApiConfig(host, port, key, corsOrigins, limits);
  }

  /** Request limits, answered with 413 or 422. */
  public record Limits(long maxBodyBytes, int maxSegmentChars, int maxBatch, int maxResults) {
    public static final Limits DEFAULT = new Limits(50L * 1024 * 1024, 100_000, 1_000, 100);
  }
}
