package org.entente.api;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, query with secrets and submitted text redacted, status, milliseconds.
 * {@code GET /get?q=***&langpair=fr|en 200 3 ms}. Bodies are never logged.
 */
final class AccessLog {
  private static final Logger LOG = LoggerFactory.getLogger("org.entente.access");
  private static final Set<String> REDACTED =
      Set.of("key", "apikey", "api_key", "text", "q", "srctext", "seg", "tra", "newseg", "newtra", "source", "data",
          "password", "username", "user", "de", "ip", "context_before", "context_after", "tnote", "prop");
  /** amaGama carries the text in the path: {@code /tmserver/fr/en/unit/{text}}. */
  private static final String UNIT = "/unit/";

  private AccessLog() {}

  static void log(Context ctx, Float ms) {
    LOG.info("{} {} {} {} ms", ctx.method(), redactedTarget(ctx.path(), ctx.queryString()), ctx.statusCode(),
        String.format(Locale.ROOT, "%.1f", ms == null ? 0f : ms));
  }

  static String redactedTarget(String path, String query) {
    String p = path;
    int unit = p.indexOf(UNIT);
    if (unit >= 0 && p.length() > unit + UNIT.length()) p = p.substring(0, unit + UNIT.length()) + "***";
    if (query == null || query.isEmpty()) return p;
    StringBuilder b = new StringBuilder(p).append('?');
    String[] pairs = query.split("&");
    for (int i = 0; i < pairs.length; i++) {
      if (i > 0) b.append('&');
      int eq = pairs[i].indexOf('=');
      String name = eq < 0 ? pairs[i] : pairs[i].substring(0, eq);
      String decoded = URLDecoder.decode(name, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      if (eq < 0) b.append(name);
      else if (REDACTED.contains(decoded)) b.append(name).append("=***");
      else b.append(pairs[i]);
    }
    return b.toString();
  }
}
