package org.entente.api;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.entente.text.BadInputException;
import org.entente.text.TooLargeException;

/**
 * Checks every request before its route runs: the {@code Host} names this service (421 otherwise, against DNS
 * rebinding), a cross-site {@code Origin} is one CORS allows (403), an {@code /api/v1} query string decodes (400), a declared
 * body fits the limit (413, before a byte is read), and multipart bodies go only where a file is expected (415).
 * A page on {@code http://evil.example} that rebinds its name to 127.0.0.1 sends {@code Host: evil.example} and
 * is refused.
 */
final class RequestGuard {
  /** Names of this machine's loopback interface, always allowed. */
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final Set<String> hosts = new HashSet<>();
  private final Set<String> origins = new HashSet<>();
  private final long maxBodyBytes;

  RequestGuard(ApiConfig config) {
    hosts.addAll(LOOPBACK);
    hosts.add(config.host().toLowerCase(Locale.ROOT));
    config.allowedHosts().forEach(h -> hosts.add(h.toLowerCase(Locale.ROOT)));
    config.corsOrigins().forEach(o -> origins.add(o.toLowerCase(Locale.ROOT)));
    maxBodyBytes = config.limits().maxBodyBytes();
  }

  void check(Context ctx) {
    String host = hostName(ctx.header("Host"));
    if (host == null || !hosts.contains(host)) {
      throw new Refused(421, "Misdirected Request", "this service does not answer for the host name '"
          + (host == null ? "" : host) + "'", "Host", "use http://127.0.0.1 or start the service with --allowed-host NAME");
    }
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equals("null") && !sameOrigin(origin, ctx.header("Host")) && !origins.contains(origin.toLowerCase(Locale.ROOT))) {
      throw new Refused(403, "Forbidden", "requests from the web origin '" + origin + "' are not allowed", "Origin",
          "start the service with --cors-origin " + origin + " to allow it");
    }
    if (origin != null && origin.equals("null")) {
      throw new Refused(403, "Forbidden", "requests from an opaque (null) origin are not allowed", "Origin", "");
    }
    // the compatibility endpoints answer a bad escape in their protocol's own way
    if (ctx.path().startsWith(ApiServer.V1)) checkQuery(ctx.queryString());
    long declared = ctx.contentLength();
    if (declared > maxBodyBytes) {
      throw new TooLargeException("the request body has " + declared + " bytes, over the limit of " + maxBodyBytes,
          "body", "send a smaller body, or import a large file from the tmx/ folder");
    }
    String type = ctx.contentType();
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") && !ctx.path().endsWith("/import")) {
      throw new Refused(415, "Unsupported Media Type", "this endpoint takes no file upload (multipart)", "Content-Type",
          "send JSON or a URL-encoded form; only the import endpoints take a file");
    }
  }

  /** A page this service served itself: {@code Origin: http://127.0.0.1:8080} with {@code Host: 127.0.0.1:8080}. */
  private static boolean sameOrigin(String origin, String host) {
    try {
      URI o = URI.create(origin);
      if (o.getHost() == null || host == null) return false;
      String hostPort = o.getHost() + (o.getPort() < 0 ? "" : ":" + o.getPort());
      return hostPort.equalsIgnoreCase(host.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** {@code 127.0.0.1:8080} gives {@code 127.0.0.1}, {@code [::1]:8080} gives {@code [::1]}; null when absent. */
  static String hostName(String header) {
    if (header == null || header.isBlank()) return null;
    String h = header.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  /** A query string whose escapes do not decode ({@code q=%zz%}) is refused, not read as if the parameter were absent. */
  private static void checkQuery(String query) {
    if (query == null || query.isEmpty()) return;
    for (String pair : query.split("&")) {
      try {
        URLDecoder.decode(pair, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        throw new BadInputException("the query parameter '" + (name.length() > 40 ? name.substring(0, 40) : name)
            + "' holds a malformed %-escape", name.length() > 40 ? "query" : name, "encode % as %25");
      }
    }
  }

  /** A request refused before its route runs, with its status. */
  static final class Refused extends BadInputException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String title;

    Refused(int status, String title, String message, String where, String hint) {
      super(message, where, hint);
      this.status = status;
      this.title = title;
    }
  }
}
