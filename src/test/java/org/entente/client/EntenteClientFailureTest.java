package org.entente.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The client's handling of the failures a healthy Entente server cannot be made to produce, on WireMock. */
class EntenteClientFailureTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final RetryPolicy FAST =
      new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40), 2.0, Duration.ofSeconds(5));
  private static final String PROBLEM = "application/problem+json";
  private static final String SUGGESTION = """
      {"source":"Le Conseil s'est réuni.","matches":[{"unitId":"u1","memory":"default",
       "source":"Le Conseil s'est réuni.","target":"The Council met.","score":100,
       "explanation":{"similarity":100,"penalties":[],"numbersSubstituted":false,"provenance":"nato.tmx"}}],
       "terms":[],"proposal":{"text":"The Council met.","score":100,"repaired":false,"conflicts":[]},
       "someFieldAddedLater":true}""";

  private EntenteClient client(RetryPolicy policy) {
    return EntenteClient.builder().baseUrl(wm.baseUrl()).apiKey("s3cret")
        .connectTimeout(Duration.ofMillis(500)).readTimeout(Duration.ofMillis(300)).callTimeout(Duration.ofSeconds(2))
        .retryPolicy(policy).build();
  }

  private static void stubSuggest(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
    wm.stubFor(post(urlPathEqualTo("/api/v1/suggest")).willReturn(response));
  }

  @Test
  void readsASuggestionAndIgnoresFieldsItDoesNotKnow() {
    stubSuggest(aResponse().withHeader("Content-Type", "application/json").withBody(SUGGESTION));
    try (EntenteClient c = client(FAST)) {
      Suggest.Suggestion s = c.suggest(Suggest.of("Le Conseil s'est réuni."));
      assertThat(s.proposal().text()).isEqualTo("The Council met.");
      assertThat(s.matches()).singleElement().satisfies(m -> {
        assertThat(m.score()).isEqualTo(100);
        assertThat(m.explanation().provenance()).isEqualTo("nato.tmx");
      });
    }
  }

  @Test
  void sendsTheApiKeyAndAUserAgentAndJson() {
    stubSuggest(aResponse().withHeader("Content-Type", "application/json").withBody(SUGGESTION));
    try (EntenteClient c = client(FAST)) {
      c.suggest(Suggest.of("Le Conseil s'est réuni.").withContext("Bonjour.", null));
    }
    wm.verify(postRequestedFor(urlPathEqualTo("/api/v1/suggest"))
        .withHeader("X-API-Key", equalTo("s3cret"))
        .withHeader("User-Agent", com.github.tomakehurst.wiremock.client.WireMock.matching("entente-client/.+"))
        .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json"))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson(
            "{\"text\":\"Le Conseil s'est réuni.\",\"previous\":\"Bonjour.\"}")));
  }

  @Test
  void aReadTimeoutIsRetriedThenReportedAsAConnectionFailure() {
    stubSuggest(aResponse().withFixedDelay(1_000).withHeader("Content-Type", "application/json").withBody(SUGGESTION));
    try (EntenteClient c = client(FAST.withMaxAttempts(2))) {
      ConnectionFailedException e = catchThrowableOfType(ConnectionFailedException.class,
          () -> c.suggest(Suggest.of("x")));
      assertThat(e.getMessage()).contains("POST").contains("/api/v1/suggest").contains("timed out");
      assertThat(e.attempts()).isEqualTo(2);
    }
    awaitLogged(postRequestedFor(urlPathEqualTo("/api/v1/suggest")), 2);
  }

  /** WireMock logs a delayed request once its answer is written: wait for that, then check the count. */
  private static void awaitLogged(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (wm.findAll(pattern).size() < count && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    try {
      Thread.sleep(200); // a third request, if the client wrongly sent one, would show up by now
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    wm.verify(exactly(count), pattern);
  }

  @Test
  void anImportThatTimedOutIsNotSentTwice(@TempDir Path dir) throws IOException {
    Path tmx = Files.writeString(dir.resolve("a.tmx"), "<tmx version=\"1.4\"/>", StandardCharsets.UTF_8);
    wm.stubFor(post(urlPathEqualTo("/api/v1/tm/import")).willReturn(aResponse().withFixedDelay(1_000)
        .withHeader("Content-Type", "application/json").withBody("{\"imported\":1}")));
    try (EntenteClient c = client(FAST)) {
      ConnectionFailedException e = catchThrowableOfType(ConnectionFailedException.class, () -> c.importTmx(tmx, "nato"));
      assertThat(e.attempts()).isEqualTo(1);
    }
    awaitLogged(postRequestedFor(urlPathEqualTo("/api/v1/tm/import")), 1);
  }

  @Test
  void aConnectionResetIsRetriedUpToTheLimit() {
    stubSuggest(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    try (EntenteClient c = client(FAST)) {
      ConnectionFailedException e = catchThrowableOfType(ConnectionFailedException.class,
          () -> c.suggest(Suggest.of("x")));
      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.getMessage()).contains("after 3 attempts");
    }
    wm.verify(exactly(3), postRequestedFor(urlPathEqualTo("/api/v1/suggest")));
  }

  @Test
  void aRefusedConnectionIsReportedWithTheAddress() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (EntenteClient c = EntenteClient.builder().baseUrl("http://127.0.0.1:" + port).retryPolicy(FAST).build()) {
      assertThatThrownBy(c::health).isInstanceOf(ConnectionFailedException.class)
          .hasMessageContaining("GET http://127.0.0.1:" + port + "/health failed after 3 attempts");
    }
  }

  @Test
  void aServerErrorCarriesItsProblemDetailsAndIsNotRetried() {
    stubSuggest(aResponse().withStatus(500).withHeader("Content-Type", PROBLEM).withBody(
        "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500,"
            + "\"detail\":\"an internal error occurred; it has been logged\"}"));
    try (EntenteClient c = client(FAST)) {
      ProblemException e = catchThrowableOfType(ProblemException.class, () -> c.suggest(Suggest.of("x")));
      assertThat(e.status()).isEqualTo(500);
      assertThat(e.isClientError()).isFalse();
      assertThat(e.problem().detail()).isEqualTo("an internal error occurred; it has been logged");
      assertThat(e.getMessage()).isEqualTo("500 Internal Server Error: an internal error occurred; it has been logged");
    }
    wm.verify(exactly(1), postRequestedFor(urlPathEqualTo("/api/v1/suggest")));
  }

  @Test
  void aServerErrorWithoutProblemDetailsStillSaysWhatCameBack() {
    stubSuggest(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody("<h1>Bad gateway</h1>"));
    try (EntenteClient c = client(FAST)) {
      ProblemException e = catchThrowableOfType(ProblemException.class, () -> c.suggest(Suggest.of("x")));
      assertThat(e.status()).isEqualTo(502);
      assertThat(e.problem().detail()).contains("text/html").contains("<h1>Bad gateway</h1>");
    }
  }

  @Test
  void aBadRequestIsNeverRetriedAndCarriesWhereAndHint() {
    stubSuggest(aResponse().withStatus(400).withHeader("Content-Type", PROBLEM).withBody(
        "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"the source segment is empty\","
            + "\"where\":\"source\",\"hint\":\"send the French segment to translate\"}"));
    try (EntenteClient c = client(FAST)) {
      ProblemException e = catchThrowableOfType(ProblemException.class, () -> c.suggest(Suggest.of("x")));
      assertThat(e.isClientError()).isTrue();
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.problem().where()).isEqualTo("source");
      assertThat(e.problem().hint()).isEqualTo("send the French segment to translate");
      assertThat(e.getMessage()).contains("[source]").contains("(send the French segment to translate)");
    }
    wm.verify(exactly(1), postRequestedFor(urlPathEqualTo("/api/v1/suggest")));
  }

  @Test
  void aServiceUnavailableThenSuccessSucceeds() {
    wm.stubFor(post(urlPathEqualTo("/api/v1/suggest")).inScenario("restart").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Content-Type", PROBLEM)
            .withBody("{\"title\":\"Service Unavailable\",\"status\":503}"))
        .willSetStateTo("up"));
    wm.stubFor(post(urlPathEqualTo("/api/v1/suggest")).inScenario("restart").whenScenarioStateIs("up")
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(SUGGESTION)));
    try (EntenteClient c = client(FAST)) {
      assertThat(c.suggest(Suggest.of("x")).proposal().text()).isEqualTo("The Council met.");
    }
    wm.verify(exactly(2), postRequestedFor(urlPathEqualTo("/api/v1/suggest")));
  }

  @Test
  void aServiceUnavailableThatLastsIsReportedAfterTheLastAttempt() {
    stubSuggest(aResponse().withStatus(503).withHeader("Content-Type", PROBLEM)
        .withBody("{\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"reindexing\"}"));
    try (EntenteClient c = client(FAST)) {
      ProblemException e = catchThrowableOfType(ProblemException.class, () -> c.suggest(Suggest.of("x")));
      assertThat(e.status()).isEqualTo(503);
      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.problem().detail()).isEqualTo("reindexing");
    }
    wm.verify(exactly(3), postRequestedFor(urlPathEqualTo("/api/v1/suggest")));
  }

  @Test
  void tooManyRequestsWaitsAsLongAsRetryAfterSays() {
    wm.stubFor(get(urlPathEqualTo("/health")).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("free"));
    wm.stubFor(get(urlPathEqualTo("/health")).inScenario("busy").whenScenarioStateIs("free")
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody("{\"status\":\"ok\",\"name\":\"Entente\",\"version\":\"0.1.0\",\"loaded\":{}}")));
    long t0 = System.nanoTime();
    try (EntenteClient c = client(FAST)) {
      assertThat(c.health().ok()).isTrue();
    }
    // the policy's own backoff is at most 40 ms: only Retry-After explains a wait of a second
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    wm.verify(exactly(2), getRequestedFor(urlPathEqualTo("/health")));
  }

  @Test
  void aRetryAfterLongerThanThePolicyAllowsIsReportedAtOnce() {
    stubSuggest(aResponse().withStatus(429).withHeader("Retry-After", "3600"));
    try (EntenteClient c = client(FAST)) {
      ProblemException e = catchThrowableOfType(ProblemException.class, () -> c.suggest(Suggest.of("x")));
      assertThat(e.status()).isEqualTo(429);
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.problem().title()).isEqualTo("Too Many Requests");
    }
  }

  @Test
  void malformedJsonIsAnUnexpectedResponse() {
    stubSuggest(aResponse().withHeader("Content-Type", "application/json").withBody("{\"source\":\"x\",\"matches\":["));
    try (EntenteClient c = client(FAST)) {
      UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
          () -> c.suggest(Suggest.of("x")));
      assertThat(e.status()).isEqualTo(200);
      assertThat(e.bodyStart()).startsWith("{\"source\"");
      assertThat(e.getMessage()).contains("not the JSON this client expects");
    }
  }

  @Test
  void aWrongContentTypeIsAnUnexpectedResponse() {
    stubSuggest(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody("<html><body>Welcome to nginx!</body></html>"));
    try (EntenteClient c = client(FAST)) {
      UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
          () -> c.suggest(Suggest.of("x")));
      assertThat(e.contentType()).startsWith("text/html");
      assertThat(e.getMessage()).contains("expected JSON").contains("base URL");
    }
  }

  @Test
  void aListWhereAnObjectWasExpectedIsAnUnexpectedResponse() {
    wm.stubFor(post(urlPathEqualTo("/api/v1/tm/lookup")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("{\"matches\":\"none\"}")));
    try (EntenteClient c = client(FAST)) {
      assertThatThrownBy(() -> c.lookup(Lookup.of("x"))).isInstanceOf(UnexpectedResponseException.class)
          .hasMessageContaining("TmMatch");
    }
  }

  @Test
  void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
    assertThat(Transport.retryAfter("120")).contains(Duration.ofSeconds(120));
    assertThat(Transport.retryAfter("soon")).isEmpty();
    assertThat(Transport.retryAfter(null)).isEmpty();
    String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(60));
    assertThat(Transport.retryAfter(inAMinute)).hasValueSatisfying(d ->
        assertThat(d).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(61)));
  }

  @Test
  void backoffGrowsExponentiallyWithJitterAndIsCapped() {
    RetryPolicy p = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(1_000), 2.0, Duration.ofSeconds(1));
    for (int i = 0; i < 200; i++) {
      assertThat(p.backoff(1).toMillis()).isBetween(50L, 100L);
      assertThat(p.backoff(3).toMillis()).isBetween(200L, 400L);
      assertThat(p.backoff(10).toMillis()).isBetween(500L, 1_000L);
    }
    assertThat(java.util.stream.IntStream.range(0, 50).mapToLong(i -> p.backoff(3).toMillis()).distinct().count())
        .as("jitter spreads the waits").isGreaterThan(5);
  }
}
