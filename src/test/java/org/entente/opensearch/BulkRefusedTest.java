package org.entente.opensearch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.entente.terminology.TermHit;
import org.entente.testing.SharedOpenSearch;
import org.entente.text.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@code _bulk} that OpenSearch refuses as a whole (429 when its indexing pressure is over the limit, 413, a
 * cluster block) answers with an error body and no {@code items}: an import that meets it fails and changes nothing.
 * Before, the memory's and the termbase's imports read only the items' errors, found none, and committed: the import
 * was reported done, its units or concepts never stored, and the termbase recorded the file as loaded. The run's real
 * node sits behind WireMock, which passes every request through except the refused {@code _bulk}.
 */
class BulkRefusedTest {
  static final String REFUSED = "{\"error\":{\"type\":\"rejected_execution_exception\",\"reason\":\"rejected execution"
      + " of coordinating operation\"},\"status\":429}";

  @RegisterExtension
  static WireMockExtension proxy = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeEach
  void passEverythingThrough() {
    proxy.resetAll();
    proxy.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(SharedOpenSearch.node().url())));
  }

  static void refuseBulks() {
    proxy.stubFor(post(urlPathMatching("/.*/_bulk")).atPriority(1).willReturn(aResponse().withStatus(429)
        .withHeader("Content-Type", "application/json").withBody(REFUSED)));
  }

  /** The same indexes as {@code direct}, reached through the proxy. */
  static OpenSearchSettings proxied(OpenSearchSettings direct) {
    return OpenSearchSettings.parse(proxy.baseUrl()).withPrefix(direct.prefix()).withShards(1, 0)
        .withRefreshInterval("200ms");
  }

  @Test
  void aMemoryImportWhoseBulkIsRefusedFailsAndTheFileKeepsItsUnits() {
    OpenSearchSettings s = ImportUpkeepTest.settings("refused-tm-");
    try (OpenSearchTranslationMemory direct = OpenSearchTranslationMemory.open(s);
        OpenSearchTranslationMemory tm = OpenSearchTranslationMemory.open(proxied(s))) {
      ImportUpkeepTest.importString(tm, ImportUpkeepTest.units("Phrase gardée", 3), "a.tmx", () -> { });
      refuseBulks();
      assertThatThrownBy(() -> ImportUpkeepTest.importString(tm, ImportUpkeepTest.units("Phrase révisée", 4), "a.tmx",
          () -> { })).isInstanceOf(OpenSearchUnavailableException.class).hasMessageContaining("429");
      assertThat(direct.size()).isEqualTo(3);
      assertThat(ImportUpkeepTest.found(direct, "Phrase gardée numéro 1.")).contains("Phrase gardée number 1.");
      direct.dropIndexes();
    }
  }

  @Test
  void aTermbaseImportWhoseBulkIsRefusedFailsAndTheFileIsNotRecordedAsLoaded() {
    OpenSearchSettings s = TermBaseUpkeepTest.settings("refused-tb-");
    try (OpenSearchTermBase direct = OpenSearchTermBase.open(s, TermBaseUpkeepTest.QUICK);
        OpenSearchTermBase base = OpenSearchTermBase.open(proxied(s), TermBaseUpkeepTest.QUICK)) {
      base.replaceOrigin("kept.tbx", TermBaseUpkeepTest.KEPT, "sha-kept");
      refuseBulks();
      assertThatThrownBy(() -> base.replaceOrigin("kept.tbx", TermBaseUpkeepTest.concepts("nouveau", 3), "sha-new"))
          .isInstanceOf(OpenSearchUnavailableException.class).hasMessageContaining("429");
      direct.reload();
      assertThat(direct.originHash("kept.tbx")).contains("sha-kept");
      assertThat(direct.recognise(TermBaseUpkeepTest.TEXT, Language.FR).stream().map(TermHit::conceptId).toList())
          .containsExactly("k1", "k2", "k3");
      direct.dropIndexes();
    }
  }
}
