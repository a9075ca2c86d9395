package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.entente.Services;
import org.entente.extract.RejectedPairs;
import org.entente.terminology.Concept;
import org.entente.terminology.Term;
import org.entente.terminology.TermStatus;
import org.entente.terminology.TermType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The review of extracted term candidates ({@code /termbase/candidates}) in a real browser (headless Chromium) against
 * our server on port 0 with the shipped glossary and NATO memory, in a data folder of its own (the page writes to the
 * termbase): extract, accept, reject, merge, and no console error or warning.
 */
class CandidatesPageTest {
  static final String KEY = "review-key";

  @TempDir static Path data;
  static RealService service;
  static Services services;
  static ApiServer server;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    if (!Browser.installed()) {
      System.err.println("CandidatesPageTest: " + Browser.MISSING);
      return;
    }
    service = RealService.withShippedData(data, "candidates page test", ApiConfig.local(0).withApiKey(KEY));
    services = service.services;
    server = service.server;
    browser = new Browser();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    if (service != null) service.close();
  }

  @AfterEach
  void noConsoleErrors() {
    if (browser == null) return;
    assertThat(browser.consoleProblems()).as("browser console warnings and errors").isEmpty();
  }

  /** The cards of the candidates the termbase does not have yet. */
  private List<WebElement> newCards() {
    return browser.all("ol.candidates > li.candidate").stream()
        .filter(c -> c.findElement(By.cssSelector(".hit-meta")).getText().endsWith("· new")).toList();
  }

  private static String fr(WebElement card) {
    return card.findElement(By.cssSelector(".term-fr")).getText();
  }

  private static String en(WebElement card) {
    return card.findElement(By.cssSelector(".term-en")).getText();
  }

  private void extract() {
    browser.waiting().withTimeout(Duration.ofSeconds(120)).until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("main > .status-line"), "candidates from"));
  }

  @Test
  void extractsThenAcceptsRejectsAndMergesCandidates() throws Exception {
    Browser.assumeInstalled();
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(Browser.WIDE, 900));
    browser.driver.get(server.baseUrl() + "/termbase/candidates");
    browser.visible("input[name=apikey]").sendKeys(KEY, Keys.ENTER);
    browser.waitForText("section[aria-labelledby=key-h]", "An API key is set for this tab");
    WebElement max = browser.visible("input[name=max]");
    max.clear();
    max.sendKeys("30");
    browser.driver.findElement(By.xpath("//button[.='Extract']")).click();
    extract();
    assertThat(browser.driver.getCurrentUrl()).contains("max=30").contains("min=2");
    List<WebElement> cards = browser.all("ol.candidates > li.candidate");
    assertThat(cards).hasSizeBetween(10, 30);
    assertThat(cards.get(0).findElements(By.cssSelector("ul.contexts > li"))).isNotEmpty();
    assertThat(cards.get(0).findElement(By.cssSelector("ul.contexts p[lang=fr]")).getText()).isNotBlank();
    assertThat(browser.driver.findElement(By.cssSelector("header nav a[aria-current=page]")).getText()).isEqualTo("Termbase");

    // accept: a new concept with both terms proposed
    WebElement accepted = newCards().get(0);
    String acceptedFr = fr(accepted);
    String acceptedEn = en(accepted);
    accepted.findElement(By.cssSelector("button.accept")).click();
    browser.waiting().until(d -> accepted.findElement(By.cssSelector(".status-line")).getText().startsWith("Accepted:"));
    String id = accepted.findElement(By.cssSelector(".status-line a")).getText();
    Concept created = services.terms().concept(id).orElseThrow();
    assertThat(created.terms()).extracting(t -> t.language().code() + ":" + t.text() + ":" + t.status().code())
        .containsExactlyInAnyOrder("fr:" + acceptedFr + ":proposed", "en:" + acceptedEn + ":proposed");
    assertThat(accepted.findElement(By.cssSelector("button.reject")).isEnabled()).isFalse();

    // reject: kept in the data folder
    WebElement rejected = newCards().get(1);
    String rejectedPair = fr(rejected) + "\t" + en(rejected);
    rejected.findElement(By.cssSelector("button.reject")).click();
    browser.waiting().until(d -> rejected.findElement(By.cssSelector(".status-line")).getText().startsWith("Rejected"));
    assertThat(Files.readString(data.resolve(RejectedPairs.FILE), StandardCharsets.UTF_8)).startsWith(rejectedPair + "\t");

    // merge into a concept the glossary has: the terms it lacks are added as proposed variants
    WebElement merged = newCards().get(2);
    String mergedFr = fr(merged);
    merged.findElement(By.cssSelector("button.merge-open")).click();
    WebElement concept = merged.findElement(By.cssSelector("input[name=concept]"));
    concept.sendKeys("nato-nuclear-planning-group");
    merged.findElement(By.xpath(".//button[.='Add to this concept']")).click();
    browser.waiting().until(d -> merged.findElement(By.cssSelector(".status-line")).getText().startsWith("Merged into"));
    assertThat(services.terms().concept("nato-nuclear-planning-group").orElseThrow().terms())
        .contains(new Term(mergedFr, org.entente.text.Language.FR, TermStatus.PROPOSED, TermType.VARIANT, "", "", "", ""));
    assertThat(browser.all("ol.candidates form.merge")).filteredOn(WebElement::isDisplayed).hasSize(1);
    browser.js("window.scrollTo(0, 0)");
    Path shots = Path.of(System.getProperty("workbench.screenshots", "target/workbench-screenshots"));
    browser.screenshot(shots, "candidates", Browser.WIDE);
    browser.screenshot(shots, "candidates", Browser.NARROW);

    // the same extraction again: the rejected pair is gone, the accepted one now names its concept
    browser.driver.navigate().refresh();
    extract();
    List<WebElement> again = browser.all("ol.candidates > li.candidate");
    assertThat(again).extracting(c -> fr(c) + "\t" + en(c)).doesNotContain(rejectedPair);
    assertThat(again).filteredOn(c -> fr(c).equals(acceptedFr))
        .allSatisfy(c -> assertThat(c.findElement(By.cssSelector(".hit-meta")).getText()).contains(id));
  }

  @Test
  void withoutTheKeyAWriteSaysWhatIsMissing() {
    Browser.assumeInstalled();
    browser.driver.get(server.baseUrl() + "/termbase/candidates");
    browser.visible("main h1");
    browser.js("sessionStorage.removeItem('entente-api-key')");
    browser.driver.get(server.baseUrl() + "/termbase/candidates?max=10&min=2");
    extract();
    WebElement card = browser.all("ol.candidates > li.candidate").get(0);
    card.findElement(By.cssSelector("button.reject")).click();
    browser.waiting().until(d -> card.findElement(By.cssSelector(".status-line")).getText().contains("X-API-Key"));
    assertThat(card.findElement(By.cssSelector("button.reject")).isEnabled()).as("nothing was done").isTrue();
    browser.consoleProblems(); // the 401 on purpose, which Chromium logs
  }
}
