package org.entente.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards writes: the request must carry the configured API key in {@code X-API-Key} (or {@code Authorization:
 * Bearer KEY}). With no key configured every write is refused, with a message saying how to set one.
 */
final class WriteAccess {
  static final String HEADER = "X-API-Key";
  private final String apiKey;

  WriteAccess(String apiKey) {
    this.apiKey = apiKey == null ? "" : apiKey;
  }

  /** Throws a 401/403 problem unless the request may write. */
  void check(Context ctx) {
    check(ctx, null);
  }

  /** As {@link #check(Context)}, also accepting a key sent as a parameter (MyMemory's {@code key}). */
  void check(Context ctx, String keyParameter) {
    if (apiKey.isEmpty()) {
      throw new WriteRefused(403, "writes are disabled: the service was started without an API key",
          "start it with --api-key KEY (or ENTENTE_API_KEY=KEY) and send the key in the X-API-Key header");
    }
    String given = ctx.header(HEADER);
    if (given == null) {
      String auth = ctx.header("Authorization");
      if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) given = auth.substring(7).strip();
    }
    if (given == null && keyParameter != null) given = keyParameter;
    if (given == null || given.isEmpty()) {
      throw new WriteRefused(401, "this write needs the API key", "send it in the X-API-Key header");
    }
    if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), apiKey.getBytes(StandardCharsets.UTF_8))) {
      throw new WriteRefused(403, "the API key is wrong", "send the key the service was started with");
    }
  }

  /** A refused write, mapped to a problem with its status. */
  static final class WriteRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String hint;

    WriteRefused(int status, String message, String hint) {
      super(message);
      this.status = status;
      this.hint = hint;
    }
  }
}
