package org.entente.client;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends one logical request: builds it, tries it as often as the {@link RetryPolicy} allows, and turns the answer
 * into a record or an {@link EntenteException}. Shared by every call of one {@link EntenteClient}.
 */
final class Transport {
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  static final String API_KEY_HEADER = "X-API-Key";
  private static final int BODY_START = 200;

  /** One mapper per client: unknown fields ignored, so a newer server does not break an older plugin. */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private final OkHttpClient http;
  private final HttpUrl base;
  private final String apiKey;
  private final String userAgent;
  private final RetryPolicy retry;

  Transport(OkHttpClient http, HttpUrl base, String apiKey, String userAgent, RetryPolicy retry) {
    this.http = http;
    this.base = base;
    this.apiKey = apiKey;
    this.userAgent = userAgent;
    this.retry = retry;
  }

  HttpUrl.Builder url(String path) {
    HttpUrl.Builder b = base.newBuilder();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) b.addPathSegment(segment);
    }
    return b;
  }

  RequestBody json(Object body) {
    try {
      return RequestBody.create(MAPPER.writeValueAsBytes(body), JSON);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("cannot write the request as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Sends the request and reads the answer as {@code type}.
   *
   * @param repeatable whether a request that may have reached the server can be sent again (reads: yes; imports:
   *     only when the server said 429 or 503, which means it did nothing)
   */
  <T> T send(String method, HttpUrl url, RequestBody body, JavaType type, boolean repeatable) {
    Request.Builder rb = new Request.Builder().url(url)
        .header("Accept", "application/json, application/problem+json")
        .header("User-Agent", userAgent)
        .method(method, body);
    if (!apiKey.isEmpty()) rb.header(API_KEY_HEADER, apiKey);
    Request request = rb.build();
    String what = method + " " + url.newBuilder().query(null).build();
    for (int attempt = 1; ; attempt++) {
      Response response;
      try {
        response = http.newCall(request).execute();
      } catch (IOException e) {
        if (attempt < retry.maxAttempts() && (repeatable || neverReachedServer(e))) {
          pause(retry.backoff(attempt), what, attempt);
          continue;
        }
        throw new ConnectionFailedException(what + " failed after " + attempt + (attempt == 1 ? " attempt: " : " attempts: ")
            + describe(e), attempt, e);
      }
      try (response) {
        int code = response.code();
        if ((code == 429 || code == 503) && attempt < retry.maxAttempts()) {
          Optional<Duration> asked = retryAfter(response.header("Retry-After"));
          if (asked.isEmpty() || asked.get().compareTo(retry.maxRetryAfter()) <= 0) {
            pause(asked.isPresent() ? asked.get() : retry.backoff(attempt), what, attempt);
            continue;
          }
        }
        if (!response.isSuccessful()) throw problem(response, attempt);
        return read(response, type, attempt);
      }
    }
  }

  private static boolean neverReachedServer(IOException e) {
    return e instanceof ConnectException || e instanceof NoRouteToHostException || e instanceof UnknownHostException;
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    if (e instanceof InterruptedIOException && (m == null || m.contains("timeout"))) return "timed out";
    return m == null ? e.getClass().getSimpleName() : m;
  }

  private void pause(Duration wait, String what, int attempt) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionFailedException(what + " interrupted while waiting to retry", attempt, e);
    }
  }

  /** {@code Retry-After} as seconds ({@code 120}) or an HTTP date ({@code Wed, 21 Oct 2026 07:28:00 GMT}). */
  static Optional<Duration> retryAfter(String header) {
    if (header == null || header.isBlank()) return Optional.empty();
    String h = header.strip();
    try {
      long seconds = Long.parseLong(h);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  private static ProblemException problem(Response response, int attempts) {
    String contentType = response.header("Content-Type", "");
    String body = bodyText(response);
    if (isJson(contentType)) {
      try {
        Problem p = MAPPER.readValue(body, Problem.class);
        if (p.status() == 0 || p.status() != response.code()) {
          p = new Problem(p.type(), p.title(), response.code(), p.detail(), p.instance(), p.where(), p.hint());
        }
        return new ProblemException(p, attempts);
      } catch (JacksonException notAProblem) {
        // fall through: report the raw answer
      }
    }
    String reason = response.message().isEmpty() ? reasonPhrase(response.code()) : response.message();
    return new ProblemException(new Problem("about:blank", reason, response.code(),
        body.isBlank() ? "the server answered " + response.code() + " with no problem details"
            : "the server answered " + response.code() + " with " + (contentType.isEmpty() ? "no content type" : contentType)
            + ": " + start(body), "", "", ""), attempts);
  }

  private static <T> T read(Response response, JavaType type, int attempts) {
    String contentType = response.header("Content-Type", "");
    String body = bodyText(response);
    if (!isJson(contentType)) {
      throw new UnexpectedResponseException("expected JSON from " + response.request().url().encodedPath()
          + " but got " + (contentType.isEmpty() ? "no content type" : contentType)
          + "; is the base URL that of an Entente service?", response.code(), contentType, start(body), attempts, null);
    }
    try {
      return MAPPER.readValue(body, type);
    } catch (JacksonException e) {
      throw new UnexpectedResponseException("the answer of " + response.request().url().encodedPath()
          + " is not the JSON this client expects: " + e.getOriginalMessage(), response.code(), contentType,
          start(body), attempts, e);
    }
  }

  private static String bodyText(Response response) {
    ResponseBody b = response.body();
    try {
      return b == null ? "" : new String(b.bytes(), charset(b));
    } catch (IOException e) {
      return "";
    }
  }

  private static java.nio.charset.Charset charset(ResponseBody b) {
    MediaType t = b.contentType();
    java.nio.charset.Charset c = t == null ? null : t.charset(null);
    return c == null ? StandardCharsets.UTF_8 : c;
  }

  static boolean isJson(String contentType) {
    String t = contentType.toLowerCase(Locale.ROOT);
    int semi = t.indexOf(';');
    if (semi >= 0) t = t.substring(0, semi);
    t = t.strip();
    return t.equals("application/json") || (t.startsWith("application/") && t.endsWith("+json"));
  }

  private static String start(String body) {
    String s = body.strip();
    return s.length() <= BODY_START ? s : s.substring(0, BODY_START) + "…";
  }

  private static String reasonPhrase(int code) {
    return switch (code) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 409 -> "Conflict";
      case 413 -> "Content Too Large";
      case 422 -> "Unprocessable Content";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "HTTP " + code;
    };
  }
}
