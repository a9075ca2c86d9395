package org.entente.omegat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plugin's HTTP against WireMock: the answers our server gives, and the failures it cannot be made to give. */
class EntenteClientTest {
  static final String PROPOSAL = "{\"source\":\"Le secrétaire général a parlé.\",\"lang\":\"fr\",\"matches\":[],\"terms\":[],"
      + "\"proposal\":{\"text\":\"The Secretary General spoke.\",\"original\":\"The Secretary General spoke.\","
      + "\"origin\":\"default\",\"unitId\":\"u1\",\"score\":100,\"repaired\":false,\"conflicts\":[],\"note\":\"No term conflicts.\"}}";

  WireMockServer wm;

  @BeforeEach
  void start() {
    wm = new WireMockServer(wireMockConfig().dynamicPort());
    wm.start();
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  EntenteClient client() {
    // a loaded CI machine can take seconds over a first request; the timeout test uses the plugin's own
    return new EntenteClient(wm.baseUrl() + "/", "secret", 10_000, 20_000);
  }

  @Test
  void suggestPostsTheSegmentAsJsonAndReadsTheProposal() throws Exception {
    wm.stubFor(post("/api/v1/suggest").willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(PROPOSAL)));
    EntenteClient.Proposal p = client().suggest("Le secrétaire général a parlé.", "fr-FR");
    assertThat(p.text).isEqualTo("The Secretary General spoke.");
    assertThat(p.score).isEqualTo(100);
    wm.verify(postRequestedFor(urlEqualTo("/api/v1/suggest"))
        .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
        .withHeader("X-API-Key", equalTo("secret"))
        .withRequestBody(equalToJson("{\"text\":\"Le secrétaire général a parlé.\",\"lang\":\"fr-FR\"}")));
  }

  @Test
  void noProposalIsNull() throws Exception {
    wm.stubFor(post("/api/v1/suggest").willReturn(aResponse().withBody("{\"matches\":[],\"terms\":[],\"proposal\":null}")));
    assertThat(client().suggest("Rien.", "fr")).isNull();
  }

  @Test
  void serverErrorCarriesTheProblemDetail() {
    wm.stubFor(post("/api/v1/suggest").willReturn(aResponse().withStatus(500)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500,"
            + "\"detail\":\"an internal error occurred; it has been logged\"}")));
    assertThatThrownBy(() -> client().suggest("x", "fr")).isInstanceOf(EntenteException.class)
        .hasMessage("Entente at " + wm.baseUrl() + " answered HTTP 500 to /api/v1/suggest: "
            + "an internal error occurred; it has been logged");
  }

  @Test
  void badJsonIsReportedAsUnreadableNotAsAnEmptyProposal() {
    wm.stubFor(post("/api/v1/suggest").willReturn(aResponse().withBody("<html>captive portal</html>")));
    assertThatThrownBy(() -> client().suggest("x", "fr")).isInstanceOf(EntenteException.class)
        .hasMessageContaining("cannot read").hasMessageContaining("not JSON").hasMessageContaining("an Entente service?");
  }

  @Test
  void aSlowServerTimesOutQuickly() {
    wm.stubFor(post("/api/v1/suggest").willReturn(aResponse().withFixedDelay(EntenteClient.READ_TIMEOUT_MS + 3_000).withBody(PROPOSAL)));
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> new EntenteClient(wm.baseUrl(), "").suggest("x", "fr")).isInstanceOf(EntenteException.class)
        .hasMessage("Entente at " + wm.baseUrl() + " did not answer /api/v1/suggest within " + EntenteClient.READ_TIMEOUT_MS + " ms");
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(EntenteClient.READ_TIMEOUT_MS + 2_500);
  }

  @Test
  void aDroppedConnectionIsNotAnswering() {
    wm.stubFor(post("/api/v1/suggest").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThatThrownBy(() -> client().suggest("x", "fr")).isInstanceOf(EntenteException.class)
        .hasMessageContaining("is not answering").hasMessageContaining("./entente serve");
  }

  @Test
  void aClosedPortIsNotAnswering() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    EntenteClient c = new EntenteClient("http://127.0.0.1:" + port, "");
    assertThatThrownBy(() -> c.recognize("x", "fr")).isInstanceOf(EntenteException.class)
        .hasMessageStartingWith("Entente at http://127.0.0.1:" + port + " is not answering");
  }

  @Test
  void recognizeReadsHitsAndDefinitionsComeFromTheConcept() throws Exception {
    wm.stubFor(post("/api/v1/terms/recognize").willReturn(aResponse().withBody("{\"hits\":[{\"start\":3,\"end\":30,"
        + "\"text\":\"Groupe des plans nucléaires\",\"conceptId\":\"c npg\",\"status\":\"preferred\",\"equivalents\":["
        + "{\"text\":\"Nuclear Planning Group\",\"language\":\"en\",\"status\":\"preferred\"}]}]}")));
    wm.stubFor(get("/api/v1/concepts/c%20npg").willReturn(aResponse().withBody(
        "{\"id\":\"c npg\",\"definitions\":{\"en\":\"The senior body.\",\"fr\":\"Organe suprême.\"}}")));
    EntenteClient.TermHit h = client().recognize("Le Groupe des plans nucléaires.", "fr").get(0);
    assertThat(h.text).isEqualTo("Groupe des plans nucléaires");
    assertThat(h.equivalents.get(0).text).isEqualTo("Nuclear Planning Group");
    assertThat(client().definitions("c npg")).containsEntry("en", "The senior body.").containsEntry("fr", "Organe suprême.");
  }

  @Test
  void recognizeWithoutHitsArrayIsUnreadable() {
    wm.stubFor(post("/api/v1/terms/recognize").willReturn(aResponse().withBody("{\"hit\":[]}")));
    assertThatThrownBy(() -> client().recognize("x", "fr")).hasMessageContaining("no 'hits' array");
  }
}
