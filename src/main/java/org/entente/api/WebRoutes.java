package org.entente.api;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The workbench, the browser pages translators keep open: {@code /}, {@code /terms?q=kiev}, {@code /concepts/{id}},
 * {@code /memory?q=Ukraine}, {@code /suggest?text=...}, {@code /check?text=...}, {@code /termbase},
 * {@code /termbase/candidates}. Each page route
 * answers one HTML shell; its JavaScript module (under {@code /assets}) calls the JSON API. Pages and assets carry a
 * Content-Security-Policy that allows scripts, styles and requests from this service only.
 */
final class WebRoutes {
  /** The page paths, each answered with the shell. */
  static final List<String> PAGES =
      List.of("/", "/terms", "/concepts/{id}", "/memory", "/suggest", "/check", "/termbase", "/termbase/candidates");
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  private static final Map<String, String> HEADERS = Map.of("Content-Security-Policy", CSP,
      "X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer", "Cache-Control", "no-cache");

  private WebRoutes() {}

  /** Serves {@code /assets/*} from the classpath folder {@code web/assets}. */
  static void assets(JavalinConfig c) {
    c.staticFiles.add(sf -> {
      sf.hostedPath = "/assets";
      sf.directory = "/web/assets";
      sf.location = Location.CLASSPATH;
      sf.headers = HEADERS;
    });
  }

  static void register(RoutesConfig r) {
    byte[] shell = read("/web/workbench.html");
    for (String page : PAGES) r.get(page, ctx -> page(ctx, shell));
  }

  private static void page(Context ctx, byte[] shell) {
    HEADERS.forEach(ctx::header);
    ctx.contentType("text/html; charset=UTF-8").result(shell);
  }

  private static byte[] read(String resource) {
    try (InputStream in = WebRoutes.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
