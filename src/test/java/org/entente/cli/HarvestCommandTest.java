package org.entente.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.Services;
import org.entente.memory.LookupQuery;
import org.entente.memory.TmMatch;
import org.entente.memory.TranslationUnit;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code entente harvest} end to end: WireMock pages in, pairs in the data folder's memory out. */
class HarvestCommandTest {
  @RegisterExtension
  static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path dir;

  static byte[] page(String name) throws IOException {
    try (InputStream in = HarvestCommandTest.class.getResourceAsStream("/org/entente/remote/site/" + name)) {
      return in.readAllBytes();
    }
  }

  void serve(String path, String resource) throws IOException {
    site.stubFor(get(path).willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody(page(resource))));
  }

  record Run(int code, String out, String err) {}

  Run harvest(String... args) {
    CommandLine cl = EntenteCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void harvestsPagesListedInAFileIntoTheNamedMemoryWithTheirOrigin() throws IOException {
    site.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
    serve("/fr/actualites/sommet.html", "fr/actualites/sommet.html");
    serve("/en/news/summit.html", "en/news/summit.html");
    serve("/fr/articles/defense.html", "fr/articles/defense.html");
    serve("/en/articles/defense.html", "en/articles/defense.html");
    Path list = Files.writeString(dir.resolve("urls.txt"), "# NATO news\n" + site.baseUrl()
        + "/fr/articles/defense.html\n\n", StandardCharsets.UTF_8);
    Path data = dir.resolve("data");

    Run run = harvest("harvest", "--data", data.toString(), "--memory", "web", "--map", "/fr/=/en/", "--delay", "0",
        site.baseUrl() + "/fr/actualites/sommet.html", list.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("[1/2] " + site.baseUrl() + "/fr/actualites/sommet.html → ")
        .contains("[2/2] " + site.baseUrl() + "/fr/articles/defense.html → ");
    assertThat(run.out()).startsWith("2 French pages: 2 harvested, 0 unchanged, 0 skipped; ");
    try (Services services = Services.open(data, "test")) {
      List<TmMatch> m = services.memory().lookup(new LookupQuery(
          "Ils sont approuvés par le Conseil de l’Atlantique Nord.", Language.FR, "", "", 100, 1, List.of("web")));
      assertThat(m).singleElement().satisfies(match -> {
        assertThat(match.target()).isEqualTo("They are approved by the North Atlantic Council.");
        TranslationUnit u = services.memory().get(match.unitId()).orElseThrow();
        assertThat(u.memory()).isEqualTo("web");
        assertThat(u.origin().name()).isEqualTo(site.baseUrl() + "/fr/articles/defense.html|" + site.baseUrl()
            + "/en/articles/defense.html");
        assertThat(u.origin().beadScore()).isBetween(0.5, 1.0);
        assertThat(u.otherProps()).extracting(p -> p.type() + "=" + p.value()).contains(
            "x-harvest-fr-title=Les plans de défense régionaux", "x-harvest-en-title=Regional defence plans",
            "x-harvest-fr-date=2026-03-02");
      });
    }

    Run again = harvest("harvest", "--data", data.toString(), "--memory", "web", "--map", "/fr/=/en/", "--delay", "0",
        site.baseUrl() + "/fr/actualites/sommet.html", list.toString());
    assertThat(again.out()).startsWith("2 French pages: 0 harvested, 2 unchanged, 0 skipped; 0 pairs stored");
  }

  @Test
  void aBadMappingRuleOrAddressIsBadInputWithExitCode2() throws IOException {
    Run bad = harvest("harvest", "--data", dir.resolve("d").toString(), "--map", "/fr/", "https://example.org/fr/");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--map").contains("FROM=TO");
    Path list = Files.writeString(dir.resolve("urls.txt"), "https://example.org/fr/a\nftp://example.org/b\n",
        StandardCharsets.UTF_8);
    Run badLine = harvest("harvest", "--data", dir.resolve("d").toString(), list.toString());
    assertThat(badLine.code()).isEqualTo(2);
    assertThat(badLine.err()).contains(list + ":2:1").contains("not an http(s) address");
  }
}
