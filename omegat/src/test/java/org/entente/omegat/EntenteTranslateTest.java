package org.entente.omegat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omegat.util.Language;

/** The Machine Translation engine inside OmegaT's real base class, against WireMock. */
class EntenteTranslateTest {
  static final Language FR = new Language("fr-FR");
  static final Language EN = new Language("en-GB");
  WireMockServer wm;
  EntenteTranslate mt;

  @BeforeEach
  void start() {
    OmegaTHome.dir();
    wm = new WireMockServer(wireMockConfig().dynamicPort());
    wm.start();
    System.setProperty(EntenteSettings.URL, wm.baseUrl());
    System.setProperty(EntenteSettings.READ_TIMEOUT, "20000"); // a loaded CI machine; the hung-server test uses the default
    mt = new EntenteTranslate();
    mt.setEnabled(true);
  }

  @AfterEach
  void stop() {
    System.clearProperty(EntenteSettings.URL);
    System.clearProperty(EntenteSettings.READ_TIMEOUT);
    wm.stop();
  }

  void answer(String proposalJson) {
    wm.stubFor(post("/api/v1/suggest").willReturn(aResponse().withHeader("Content-Type", "application/json")
        .withBody("{\"matches\":[],\"terms\":[],\"proposal\":" + proposalJson + "}")));
  }

  @Test
  void frenchToEnglishGivesTheProposalNamedWithItsScore() throws Exception {
    answer("{\"text\":\"The Secretary General spoke.\",\"score\":92,\"repaired\":false}");
    assertThat(mt.getTranslation(FR, EN, "Le secrétaire général a parlé hier.")).isEqualTo("The Secretary General spoke.");
    assertThat(mt.getName()).isEqualTo("Entente TM 92%");
    wm.verify(postRequestedFor(urlEqualTo("/api/v1/suggest"))
        .withRequestBody(equalToJson("{\"text\":\"Le secrétaire général a parlé hier.\",\"lang\":\"fr-FR\"}")));
    assertThat(mt.getCachedTranslation(FR, EN, "Le secrétaire général a parlé hier.")).isEqualTo("The Secretary General spoke.");
  }

  @Test
  void englishToFrenchSendsEnglishAsTheSourceLanguage() throws Exception {
    answer("{\"text\":\"Le secrétaire général a parlé.\",\"score\":100}");
    assertThat(mt.getTranslation(EN, FR, "The Secretary General spoke.")).isEqualTo("Le secrétaire général a parlé.");
    wm.verify(postRequestedFor(urlEqualTo("/api/v1/suggest"))
        .withRequestBody(equalToJson("{\"text\":\"The Secretary General spoke.\",\"lang\":\"en-GB\"}")));
  }

  @Test
  void noProposalShowsNothing() throws Exception {
    answer("null");
    assertThat(mt.getTranslation(FR, EN, "Rien.")).isNull();
    assertThat(mt.getName()).isEqualTo("Entente TM");
  }

  @Test
  void otherLanguagePairsAndADisabledEngineAskNothing() throws Exception {
    answer("{\"text\":\"x\",\"score\":100}");
    assertThat(mt.getTranslation(new Language("de-DE"), EN, "Guten Tag.")).isNull();
    assertThat(mt.getTranslation(FR, FR, "Bonjour.")).isNull();
    mt.setEnabled(false);
    assertThat(mt.getTranslation(FR, EN, "Bonjour.")).isNull();
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void aServerErrorIsShownOnceThenSegmentsCostNothing() throws Exception {
    wm.stubFor(post("/api/v1/suggest").willReturn(aResponse().withStatus(500).withBody("{\"detail\":\"disk full\"}")));
    // OmegaT puts the exception's message in its status bar
    assertThatThrownBy(() -> mt.getTranslation(FR, EN, "Un.")).hasMessageContaining("HTTP 500").hasMessageContaining("disk full");
    assertThat(mt.getTranslation(FR, EN, "Deux.")).isNull();
    assertThat(mt.getTranslation(FR, EN, "Trois.")).isNull();
    assertThat(wm.getAllServeEvents()).hasSize(1);
    mt.forget(); // new settings: try again at once
    answer("{\"text\":\"Four.\",\"score\":100}");
    assertThat(mt.getTranslation(FR, EN, "Quatre.")).isEqualTo("Four.");
  }

  @Test
  void aHungServerCostsOneTimeoutThenNothing() throws Exception {
    System.clearProperty(EntenteSettings.READ_TIMEOUT);
    wm.stubFor(post("/api/v1/suggest").willReturn(aResponse().withFixedDelay(EntenteClient.READ_TIMEOUT_MS + 3_000)));
    assertThatThrownBy(() -> mt.getTranslation(FR, EN, "Un.")).hasMessageContaining("did not answer");
    long t0 = System.nanoTime();
    assertThat(mt.getTranslation(FR, EN, "Deux.")).isNull();
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(500);
  }

  @Test
  void badJsonIsAnErrorNotAnEmptyTranslation() {
    wm.stubFor(post("/api/v1/suggest").willReturn(aResponse().withBody("{\"proposal\":")));
    assertThatThrownBy(() -> mt.getTranslation(FR, EN, "Un.")).hasMessageContaining("not JSON");
  }
}
