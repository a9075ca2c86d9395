package org.entente.remote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Fetches web pages politely and robustly: announces itself, obeys robots.txt, keeps a delay per host, asks with a
 * conditional GET for what it fetched before, retries connection failures, 429 and 5xx with backoff, follows
 * redirects only within the same site, and skips non-HTML and oversized answers with a reason.
 */
final class Fetcher implements AutoCloseable {
  private static final int MAX_REDIRECTS = 5;
  private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private final FetchPolicy policy;
  private final OkHttpClient http;
  private final PageCache cache;
  private final HostPacer pacer;
  private final Map<String, RobotsRules> robots = new HashMap<>();

  Fetcher(FetchPolicy policy, PageCache cache) {
    this.policy = policy;
    this.cache = cache;
    this.pacer = new HostPacer(policy.perHostDelay().toMillis());
    this.http = new OkHttpClient.Builder()
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .connectTimeout(policy.timeout())
        .readTimeout(policy.timeout())
        .callTimeout(policy.timeout().multipliedBy(2))
        .build();
  }

  /** Fetches one page, following same-site redirects. Never throws for what the site answers. */
  Fetched fetch(String address) throws InterruptedException {
    HttpUrl start = HttpUrl.parse(address);
    if (start == null) return new Fetched.Skipped(address, "not an http(s) address");
    HttpUrl url = start;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      RobotsRules rules = robotsFor(url);
      String pathAndQuery = url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
      if (!rules.allows(pathAndQuery)) return new Fetched.Skipped(address, "disallowed by robots.txt");
      Optional<PageCache.Entry> cached = cache.get(url.toString());
      Request.Builder rb = new Request.Builder().url(url)
          .header("User-Agent", policy.userAgent())
          .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");
      cached.ifPresent(c -> {
        if (!c.etag().isEmpty()) rb.header("If-None-Match", c.etag());
        if (!c.lastModified().isEmpty()) rb.header("If-Modified-Since", c.lastModified());
      });
      Attempt attempt = send(rb.build(), url.host(), rules.crawlDelayMillis());
      if (attempt.failure != null) return new Fetched.Skipped(address, attempt.failure);
      try (Response r = attempt.response) {
        int code = r.code();
        if (code == 304 && cached.isPresent()) {
          return new Fetched.Page(address, url.toString(), cached.get().body(), cached.get().charset(),
              cached.get().lastModified(), true);
        }
        if (code >= 300 && code < 400 && r.header("Location") != null) {
          HttpUrl next = url.resolve(r.header("Location"));
          if (next == null) return new Fetched.Skipped(address, "redirected to an invalid address: " + r.header("Location"));
          if (!sameSite(start, next)) return new Fetched.Skipped(address, "redirected off the site to " + next);
          url = next;
          continue;
        }
        if (code != 200) return new Fetched.Skipped(address, "HTTP " + code);
        return read(address, url, r, cached);
      }
    }
    return new Fetched.Skipped(address, "more than " + MAX_REDIRECTS + " redirects");
  }

  private Fetched read(String address, HttpUrl url, Response r, Optional<PageCache.Entry> cached) {
    ResponseBody body = r.body();
    MediaType type = body == null ? null : body.contentType();
    String mime = type == null ? "" : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    if (!mime.equals("text/html") && !mime.equals("application/xhtml+xml")) {
      return new Fetched.Skipped(address, "not HTML (" + (mime.isEmpty() ? "no content type" : mime) + ")");
    }
    long declared = body.contentLength();
    if (declared > policy.maxBytes()) {
      return new Fetched.Skipped(address, "too large (" + declared + " bytes, limit " + policy.maxBytes() + ")");
    }
    byte[] bytes;
    try (InputStream in = body.byteStream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
    } catch (IOException e) {
      return new Fetched.Skipped(address, "connection lost while reading: " + e.getMessage());
    }
    if (bytes.length > policy.maxBytes()) {
      return new Fetched.Skipped(address, "too large (over " + policy.maxBytes() + " bytes)");
    }
    String charset = declaredCharset(type);
    boolean unchanged = cached.isPresent() && Arrays.equals(cached.get().body(), bytes);
    cache.put(url.toString(), new PageCache.Entry(bytes, charset, mime, header(r, "ETag"), header(r, "Last-Modified")));
    return new Fetched.Page(address, url.toString(), bytes, charset, header(r, "Last-Modified"), unchanged);
  }

  private static String header(Response r, String name) {
    String v = r.header(name);
    return v == null ? "" : v;
  }

  private static String declaredCharset(MediaType type) {
    if (type == null) return "";
    try {
      Charset c = type.charset(null);
      return c == null ? "" : c.name();
    } catch (RuntimeException unsupported) {
      return "";
    }
  }

  /** Same site: the same host, ignoring a leading {@code www.}; a switch to https is fine. */
  static boolean sameSite(HttpUrl a, HttpUrl b) {
    return bare(a.host()).equals(bare(b.host()));
  }

  private static String bare(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  private record Attempt(Response response, String failure) {}

  /** Sends with retries on connection failures, 429 and 5xx; the last answer is returned whatever it is. */
  private Attempt send(Request request, String host, long siteDelay) throws InterruptedException {
    String lastFailure = "";
    for (int n = 1; n <= policy.maxAttempts(); n++) {
      pacer.await(host, siteDelay);
      Response r;
      try {
        r = http.newCall(request).execute();
      } catch (IOException e) {
        lastFailure = "connection failed after " + n + (n == 1 ? " try: " : " tries: ")
            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        if (n < policy.maxAttempts()) Thread.sleep(backoff(n).toMillis());
        continue;
      }
      int code = r.code();
      boolean transientError = code == 429 || code == 500 || code == 502 || code == 503 || code == 504;
      if (!transientError || n == policy.maxAttempts()) return new Attempt(r, null);
      Duration wait = retryAfter(r.header("Retry-After")).filter(d -> d.compareTo(MAX_RETRY_AFTER) <= 0)
          .orElse(backoff(n));
      r.close();
      Thread.sleep(wait.toMillis());
    }
    return new Attempt(null, lastFailure);
  }

  private Duration backoff(int failed) {
    long base = policy.initialBackoff().toMillis() << Math.min(failed - 1, 10);
    if (base <= 1) return Duration.ofMillis(base);
    long half = base / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(base - half + 1));
  }

  static Optional<Duration> retryAfter(String header) {
    if (header == null) return Optional.empty();
    try {
      long s = Long.parseLong(header.strip());
      return s < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The robots.txt rules of the URL's site, fetched once per run. */
  private RobotsRules robotsFor(HttpUrl url) throws InterruptedException {
    String site = url.scheme() + "://" + url.host() + ":" + url.port();
    RobotsRules known = robots.get(site);
    if (known != null) return known;
    HttpUrl robotsUrl = url.newBuilder().encodedPath("/robots.txt").query(null).fragment(null).build();
    RobotsRules rules = RobotsRules.DISALLOW_ALL;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      Attempt a = send(new Request.Builder().url(robotsUrl).header("User-Agent", policy.userAgent()).build(),
          robotsUrl.host(), 0);
      // an unreachable robots.txt (network failure, 5xx): assume the site does not want us (RFC 9309 §2.3.1.4)
      if (a.failure != null) break;
      try (Response r = a.response) {
        int code = r.code();
        HttpUrl next = code >= 300 && code < 400 && r.header("Location") != null ? robotsUrl.resolve(r.header("Location")) : null;
        if (next != null) {
          robotsUrl = next;
          continue;
        }
        if (code >= 200 && code < 300 && r.body() != null) {
          byte[] b = r.body().byteStream().readNBytes(512 * 1024); // RFC 9309: parse at least 500 KiB
          rules = RobotsRules.parse(new String(b, StandardCharsets.UTF_8), FetchPolicy.PRODUCT_TOKEN);
        } else if (code >= 400 && code < 500) {
          rules = RobotsRules.ALLOW_ALL; // no robots.txt: everything allowed
        }
      } catch (IOException e) {
        rules = RobotsRules.DISALLOW_ALL;
      }
      break;
    }
    robots.put(site, rules);
    return rules;
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
