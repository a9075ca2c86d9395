package org.entente.omegat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.util.Language;

/** The glossary provider against WireMock, and what OmegaT's own glossary filtering keeps of its entries. */
class EntenteGlossaryTest {
  static final Language FR = new Language("fr-FR");
  static final Language EN = new Language("en-GB");
  static final String KYIV = "{\"hits\":[{\"start\":23,\"end\":27,\"text\":\"Kyiv\",\"conceptId\":\"nato-kyiv\",\"status\":\"preferred\","
      + "\"equivalents\":[{\"text\":\"Kiev\",\"language\":\"en\",\"status\":\"deprecated\"},"
      + "{\"text\":\"Kyiv\",\"language\":\"en\",\"status\":\"preferred\"},"
      + "{\"text\":\"Kiew\",\"language\":\"de\",\"status\":\"preferred\"}]},"
      + "{\"start\":4,\"end\":11,\"text\":\"Alliés\",\"conceptId\":\"nato-allies\",\"status\":\"preferred\","
      + "\"equivalents\":[{\"text\":\"Allies\",\"language\":\"en\",\"status\":\"preferred\"},"
      + "{\"text\":\"Allied nations\",\"language\":\"en\",\"status\":\"admitted\",\"usageNote\":\"formal\"}]}]}";
  WireMockServer wm;
  final EntenteGlossary glossary = new EntenteGlossary();

  @BeforeEach
  void start() {
    OmegaTHome.dir();
    wm = new WireMockServer(wireMockConfig().dynamicPort());
    wm.start();
    System.setProperty(EntenteSettings.URL, wm.baseUrl());
    System.setProperty(EntenteSettings.READ_TIMEOUT, "20000"); // a loaded CI machine
    wm.stubFor(get("/api/v1/concepts/nato-kyiv").willReturn(aResponse().withBody(
        "{\"id\":\"nato-kyiv\",\"definitions\":{\"en\":\"The capital of Ukraine.\",\"fr\":\"La capitale de l'Ukraine.\"}}")));
    wm.stubFor(get("/api/v1/concepts/nato-allies").willReturn(aResponse().withBody("{\"id\":\"nato-allies\",\"definitions\":{}}")));
  }

  @AfterEach
  void stop() {
    System.clearProperty(EntenteSettings.URL);
    System.clearProperty(EntenteSettings.READ_TIMEOUT);
    wm.stop();
  }

  @Test
  void preferredFirstDeprecatedMarkedDefinitionInTheComment() throws Exception {
    wm.stubFor(post("/api/v1/terms/recognize").willReturn(aResponse().withBody(KYIV)));
    List<GlossaryEntry> entries = glossary.search(FR, EN, "Les Alliés soutiennent Kyiv.");
    assertThat(entries).hasSize(2);
    GlossaryEntry kyiv = entries.get(0);
    assertThat(kyiv.getSrcText()).isEqualTo("Kyiv");
    assertThat(kyiv.getLocTerms(false)).containsExactly("Kyiv", "Kiev");
    assertThat(kyiv.getComments()).containsExactly("preferred — The capital of Ukraine.",
        "deprecated: do not use — The capital of Ukraine.");
    assertThat(kyiv.getPriorities()).containsExactly(true, false);
    assertThat(kyiv.getOrigins(true)).containsExactly("Entente");
    assertThat(entries.get(1).getComments()).containsExactly("preferred", "admitted (formal)");
  }

  @Test
  void entriesSurviveOmegatsGlossaryFiltering() throws Exception {
    wm.stubFor(post("/api/v1/terms/recognize").willReturn(aResponse().withBody(KYIV)));
    String segment = "Les Alliés soutiennent Kyiv.";
    List<GlossaryEntry> kept = OmegaTHome.glossaryPaneKeeps(segment, FR, EN, glossary.search(FR, EN, segment));
    assertThat(kept).extracting(GlossaryEntry::getSrcText).containsExactlyInAnyOrder("Kyiv", "Alliés");
    GlossaryEntry kyiv = kept.stream().filter(e -> e.getSrcText().equals("Kyiv")).findFirst().get();
    assertThat(kyiv.getLocTerms(false)).containsExactly("Kyiv", "Kiev");
  }

  @Test
  void definitionsAreFetchedOncePerConcept() throws Exception {
    wm.stubFor(post("/api/v1/terms/recognize").willReturn(aResponse().withBody(KYIV)));
    glossary.search(FR, EN, "Les Alliés soutiennent Kyiv.");
    glossary.search(FR, EN, "Les Alliés soutiennent Kyiv.");
    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/concepts/nato-kyiv")));
  }

  @Test
  void otherPairsAskNothingAndAnOutageIsReportedOnce() throws Exception {
    assertThat(glossary.search(new Language("es"), EN, "Hola.")).isEmpty();
    assertThat(wm.getAllServeEvents()).isEmpty();
    wm.stubFor(post("/api/v1/terms/recognize").willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> glossary.search(FR, EN, "Un.")).hasMessageContaining("HTTP 503");
    assertThat(glossary.search(FR, EN, "Deux.")).isEmpty();
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }
}
