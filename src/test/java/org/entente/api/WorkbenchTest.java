package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.entente.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The workbench in a real browser (headless Chromium) against our server on port 0 with the shipped glossary
 * ({@code glossaries/nato.tbx}) and memory ({@code tmx/nato.tmx}): one test per page for what a translator sees and
 * does, and no console error or warning on any of them. Screenshots at 1280 px and 390 px go to
 * {@code target/workbench-screenshots}, or to the folder named by {@code -Dworkbench.screenshots=docs/img}.
 */
class WorkbenchTest {
  static final String KEY = "workbench-key";
  static final Path SHOTS = Path.of(System.getProperty("workbench.screenshots", "target/workbench-screenshots"));

  @TempDir static Path data;
  static RealService service;
  static Services services;
  static ApiServer server;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    if (!Browser.installed()) {
      // each test is then skipped by its assumption; the build log says why once
      System.err.println("WorkbenchTest: " + Browser.MISSING);
      return;
    }
    service = RealService.withShippedData(data, "workbench test", ApiConfig.local(0).withApiKey(KEY));
    services = service.services;
    server = service.server;
    browser = new Browser();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    if (service != null) service.close();
  }

  /** API answers a test provokes on purpose (a broken file: 400); Chromium logs every 4xx fetch in the console. */
  private final List<String> provoked = new java.util.ArrayList<>();

  @BeforeEach
  void freshTab() {
    Browser.assumeInstalled();
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(Browser.WIDE, 900));
    browser.consoleProblems();
  }

  @AfterEach
  void noConsoleErrors() {
    if (browser == null) return;
    assertThat(browser.consoleProblems()).filteredOn(line -> provoked.stream().noneMatch(p ->
            line.contains(p) && line.contains("the server responded with a status of 4")))
        .as("browser console warnings and errors").isEmpty();
  }

  private void open(String pathAndQuery) {
    browser.driver.get(server.baseUrl() + pathAndQuery);
  }

  private String url() {
    return browser.driver.getCurrentUrl();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private void shoot(String name) throws Exception {
    browser.screenshot(SHOTS, name, Browser.WIDE);
    browser.screenshot(SHOTS, name, Browser.NARROW);
  }

  @Test
  void homeSearchesTermsAndMemoryAtOnceAndKeepsTheQueryInTheAddress() throws Exception {
    open("/");
    WebElement box = browser.visible("#home-q");
    assertThat(browser.driver.switchTo().activeElement()).as("the search box has the focus").isEqualTo(box);
    box.sendKeys("Kiev", Keys.ENTER);
    browser.waitForText(".home-terms", "Kyïv");
    assertThat(url()).contains("q=Kiev").contains("lang=fr");
    WebElement card = browser.visible(".home-terms .card");
    assertThat(card.findElement(By.cssSelector("li.avoid .status")).getText()).contains("deprecated").contains("do not use");
    assertThat(card.findElement(By.cssSelector(".status-preferred")).getText()).contains("preferred");

    browser.driver.findElement(By.xpath("//label[contains(., 'Both')]")).click();
    browser.waitForText(".home-memory", "Full concordance");
    assertThat(url()).contains("lang=both");
    browser.driver.navigate().back();
    browser.waitForText(".home-terms", "Kyïv");
    assertThat(url()).contains("lang=fr");
    assertThat(browser.driver.findElement(By.cssSelector("input[name=lang][value=fr]")).isSelected()).isTrue();

    open("/?q=Ukraine&lang=both");
    browser.visible(".home-memory .hit mark");
    assertThat(browser.all(".home-memory .hit mark")).allSatisfy(m -> assertThat(m.getText()).isEqualToIgnoringCase("Ukraine"));
    shoot("home");
  }

  @Test
  void termsPageShowsABilingualTableWithStatusesHighlightsAndPages() throws Exception {
    open("/terms");
    browser.visible("input[name=q]").sendKeys("plans nucl");
    new Select(browser.driver.findElement(By.name("lang"))).selectByValue("fr");
    new Select(browser.driver.findElement(By.name("mode"))).selectByValue("prefix");
    browser.driver.findElement(By.cssSelector("form.search button[type=submit]")).click();
    WebElement row = browser.visible("tr[data-concept=nato-nuclear-planning-group]");
    assertThat(url()).contains("q=plans+nucl").contains("lang=fr").contains("mode=prefix");
    assertThat(row.findElement(By.cssSelector("td.lang-cell mark")).getText()).isEqualTo("plans nucl");
    assertThat(row.findElements(By.cssSelector("td.lang-cell")).get(1).getText()).contains("Nuclear Planning Group");
    assertThat(row.findElement(By.cssSelector(".term-text[lang=fr]")).getText()).contains("Groupe des plans nucléaires");

    browser.driver.navigate().refresh();
    browser.visible("tr[data-concept=nato-nuclear-planning-group]");
    assertThat(browser.driver.findElement(By.name("q")).getAttribute("value")).isEqualTo("plans nucl");

    open("/terms?q=" + enc("défense") + "&lang=fr");
    browser.waitForText(".status-line", "page 1 of");
    assertThat(browser.all("table.concepts tbody tr")).hasSize(10);
    String first = browser.all("table.concepts tbody tr").get(0).getAttribute("data-concept");
    browser.driver.findElement(By.xpath("//button[contains(., 'Next')]")).click();
    browser.waitForText(".status-line", "page 2 of");
    assertThat(url()).contains("page=2");
    browser.driver.navigate().back();
    browser.waitForText(".status-line", "page 1 of");
    assertThat(browser.all("table.concepts tbody tr").get(0).getAttribute("data-concept")).isEqualTo(first);

    open("/terms?q=Kiev");
    WebElement kyiv = browser.visible("tr[data-concept=nato-kyiv]");
    WebElement deprecated = kyiv.findElement(By.cssSelector("li.avoid"));
    assertThat(deprecated.getText()).contains("Kiev").contains("deprecated — do not use");
    assertThat(deprecated.findElement(By.cssSelector(".term-text")).getCssValue("text-decoration-line")).isEqualTo("line-through");
    shoot("terms");
  }

  @Test
  void conceptPageShowsOneConceptAndLinksToItsEditor() throws Exception {
    open("/terms?q=" + enc("Nuclear Planning Group") + "&lang=en");
    browser.visible("tr[data-concept=nato-nuclear-planning-group] a.concept-id").click();
    browser.waitForText("h1", "Nuclear Planning Group");
    assertThat(url()).endsWith("/concepts/nato-nuclear-planning-group");
    assertThat(browser.driver.getTitle()).contains("Nuclear Planning Group");
    assertThat(browser.visible("table.concepts").getText()).contains("Groupe des plans nucléaires").contains("NPG");
    browser.driver.findElement(By.linkText("Edit this concept")).click();
    browser.waitForText("#edit-h", "Concept");
    waitForValue("input[name=id]", "nato-nuclear-planning-group");
    assertThat(url()).contains("/termbase?edit=nato-nuclear-planning-group");

    provoked.add("/api/v1/concepts/no-such-concept");
    open("/concepts/no-such-concept");
    browser.waitForText(".problem", "no concept with id 'no-such-concept'");
    open("/concepts/nato-kyiv");
    browser.waitForText("h1", "Kyiv");
    shoot("concept");
  }

  @Test
  void memoryPageShowsHitsMarkedWithTheirTranslationOriginAndCopyButtons() throws Exception {
    open("/memory");
    browser.visible("input[name=q]").sendKeys("soutien à l’Ukraine", Keys.ENTER);
    browser.visible("ol.hits li.hit mark");
    assertThat(url()).contains("q=");
    List<WebElement> hits = browser.all("ol.hits li.hit");
    assertThat(hits).isNotEmpty();
    WebElement hit = hits.get(0);
    assertThat(hit.findElement(By.cssSelector("p.seg[lang=fr]")).getText()).contains("Ukraine");
    assertThat(hit.findElement(By.cssSelector("p.seg[lang=en]")).getText()).contains("Ukraine");
    assertThat(hit.findElements(By.cssSelector("button.copy"))).hasSize(2);
    browser.waitForText("ol.hits li.hit .unit-details", "origin");
    assertThat(hit.findElement(By.cssSelector(".hit-meta")).getText()).contains("memory default").contains("created");
    hit.findElement(By.cssSelector("button.copy")).click();
    browser.waiting().until(d -> !hit.findElement(By.cssSelector("button.copy")).getText().equals("Copy"));

    new Select(browser.driver.findElement(By.name("memory"))).selectByValue("default");
    browser.driver.findElement(By.cssSelector("form.search button[type=submit]")).click();
    browser.waiting().until(ExpectedConditions.urlContains("memory=default"));
    browser.visible("ol.hits li.hit mark");
    shoot("memory");
  }

  @Test
  void suggestPageShowsTheProposalTheMatchDiffAndTheTerms() throws Exception {
    open("/suggest");
    browser.visible("textarea[name=text]").sendKeys("L’OTAN réfléchit à un plan de soutien financier à long terme à l’Ukraine");
    browser.driver.findElement(By.cssSelector("form.search button[type=submit]")).click();
    browser.visible(".proposal .proposal-text .seg[lang=en]");
    assertThat(url()).contains("text=");
    assertThat(browser.driver.findElement(By.cssSelector(".proposal .proposal-text")).getText()).contains("Ukraine");
    WebElement match = browser.visible("ol.matches li.match");
    assertThat(match.findElement(By.cssSelector(".score")).getText()).matches("\\d+%");
    assertThat(match.findElement(By.cssSelector("del")).getText()).isEqualTo("militaire");
    assertThat(match.findElement(By.cssSelector("ins")).getText()).isEqualTo("financier");
    WebElement terms = browser.visible("table.term-hits");
    assertThat(terms.getText()).contains("OTAN").contains("NATO");

    browser.driver.navigate().refresh();
    browser.visible("ol.matches li.match del");
    shoot("suggest");
  }

  @Test
  void checkPageMarksFindingsInPlaceReplacesInOneClickFiltersAndDownloads() throws Exception {
    open("/check");
    browser.visible("textarea[name=text]").sendKeys("NATO Defence Ministers met in Brussels on 12 July 2024. "
        + "They discussed support for Kiev and the defense industrial pledge.");
    browser.driver.findElement(By.name("source")).sendKeys("Les ministres de la Défense des pays de l’OTAN se sont "
        + "réunis à Bruxelles le 12 juin 2024. Ils ont discuté du soutien à Kyiv et de l’engagement en faveur de "
        + "l’industrie de défense.");
    browser.driver.findElement(By.cssSelector(".check-form button[type=submit]")).click();
    WebElement kiev = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//div[contains(@class,'draft-text')]//button[normalize-space()='Kiev']")));
    assertThat(kiev.getAttribute("class")).contains("sev-error");
    assertThat(url()).contains("text=").contains("source=");
    assertThat(browser.all(".draft-text button.mark")).extracting(WebElement::getText).contains("July", "defense");
    shoot("check");

    kiev.click();
    WebElement replace = browser.driver.switchTo().activeElement();
    assertThat(replace.getText()).isEqualTo("Replace with Kyiv");
    replace.sendKeys(Keys.ENTER);
    browser.waitForText(".status-line", "replaced “Kiev” with “Kyiv”");
    assertThat(browser.driver.findElement(By.name("text")).getAttribute("value")).contains("support for Kyiv and");
    assertThat(browser.all(".draft-text button.mark")).extracting(WebElement::getText).doesNotContain("Kiev");

    browser.driver.findElement(By.id("chk-SPELLING_VARIANT")).click();
    browser.waiting().until(d -> browser.all("li.finding[data-check=SPELLING_VARIANT]").isEmpty());
    assertThat(browser.all("li.finding[data-check=NUMBER_MISMATCH]")).hasSize(1);
    assertThat(browser.all(".draft-text button.mark")).extracting(WebElement::getText).doesNotContain("defense");

    browser.driver.findElement(By.xpath("//div[@class='downloads']/button[.='CSV']")).click();
    Path csv = browser.downloads.resolve("findings.csv");
    browser.waiting().withTimeout(Duration.ofSeconds(10)).until(d -> Files.exists(csv));
    browser.waiting().until(d -> sizeOf(csv) > 0);
    assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("id,severity,issueType,start,end,text")
        .contains("NUMBER_MISMATCH,error,numbers").contains("SPELLING_VARIANT");

    browser.driver.navigate().back();
    browser.waiting().until(d -> browser.driver.findElement(By.name("text")).getAttribute("value").contains("for Kiev"));
    browser.visible(".draft-text button.mark.sev-error");
    assertThat(browser.all(".draft-text button.mark")).as("Back undoes the replacement").extracting(WebElement::getText)
        .contains("Kiev");
  }

  @Test
  void termbasePageCreatesAndEditsAConceptAndImportsAGlossaryAndAMemoryWithProgress() throws Exception {
    open("/termbase");
    browser.visible("input[name=apikey]").sendKeys(KEY, Keys.ENTER);
    browser.waitForText("section[aria-labelledby=key-h]", "An API key is set for this tab");
    browser.driver.findElement(By.name("id")).sendKeys("web-exercise");
    browser.driver.findElement(By.name("subjectField")).sendKeys("exercises");
    List<WebElement> terms = browser.all("input[name=term-text]");
    terms.get(0).sendKeys("exercice de gestion de crise");
    terms.get(1).sendKeys("crisis management exercise");
    browser.driver.findElement(By.xpath("//button[.='Add a term']")).click();
    browser.all("input[name=term-text]").get(2).sendKeys("CMX exercise");
    new Select(browser.all("select[name=term-language]").get(2)).selectByValue("en");
    new Select(browser.all("select[name=term-status]").get(2)).selectByValue("deprecated");
    browser.driver.findElement(By.xpath("//button[.='Save the concept']")).click();
    browser.waitForText(".concept-form .status-line", "Saved web-exercise");
    assertThat(url()).contains("edit=web-exercise");

    new Select(browser.all("select[name=term-status]").get(2)).selectByValue("superseded");
    browser.driver.findElement(By.xpath("//button[.='Save the concept']")).click();
    browser.waitForText(".concept-form .status-line", "Saved");
    assertThat(services.terms().concept("web-exercise").orElseThrow().terms())
        .anySatisfy(t -> assertThat(t.text() + " " + t.status().code()).isEqualTo("CMX exercise superseded"));

    Path csv = data.resolve("exercices.csv");
    Files.writeString(csv, "fr,en\nexercice de posture,posture exercise\n", StandardCharsets.UTF_8);
    browser.driver.findElement(By.name("glossary")).sendKeys(csv.toString());
    browser.driver.findElement(By.xpath("//button[.='Import the glossary']")).click();
    browser.waitForText("section[aria-labelledby=import-h] .status-line", "exercices.csv: 1 concepts imported");

    provoked.add("/api/v1/termbase/import?name=broken.tbx");
    Path bad = data.resolve("broken.tbx");
    Files.writeString(bad, "<tbx><text><body><termEntry>", StandardCharsets.UTF_8);
    browser.driver.findElement(By.name("glossary")).sendKeys(bad.toString());
    browser.driver.findElement(By.xpath("//button[.='Import the glossary']")).click();
    browser.waitForText("section[aria-labelledby=import-h] .status-line", "Nothing from this file was imported");
    assertThat(browser.visible("section[aria-labelledby=import-h] .problem .where").getText()).contains("broken.tbx");

    Path tmx = data.resolve("exercise.tmx");
    StringBuilder b = new StringBuilder("<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" "
        + "segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" srclang=\"fr\" datatype=\"plaintext\"/><body>");
    for (int i = 0; i < 3000; i++) {
      b.append("<tu><tuv xml:lang=\"fr\"><seg>Exercice numéro ").append(i).append(" de l’Alliance.</seg></tuv>")
          .append("<tuv xml:lang=\"en\"><seg>Alliance exercise number ").append(i).append(".</seg></tuv></tu>");
    }
    Files.writeString(tmx, b.append("</body></tmx>"), StandardCharsets.UTF_8);
    WebElement memory = browser.driver.findElement(By.name("memory"));
    memory.clear();
    memory.sendKeys("exercises");
    browser.driver.findElement(By.name("tmx")).sendKeys(tmx.toString());
    browser.driver.findElement(By.xpath("//button[.='Import the TMX']")).click();
    browser.waiting().withTimeout(Duration.ofSeconds(60))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section[aria-labelledby=tmx-h] .status-line"),
            "Done: 3000 of 3000 units read"));
    WebElement progress = browser.driver.findElement(By.cssSelector("section[aria-labelledby=tmx-h] progress"));
    assertThat(progress.getAttribute("value")).isEqualTo(progress.getAttribute("max")).isEqualTo("3000");
    assertThat(services.memory().memories()).anySatisfy(m -> {
      assertThat(m.name()).isEqualTo("exercises");
      assertThat(m.units()).isEqualTo(3000);
    });

    browser.driver.findElement(By.xpath("//button[.='Forget the key']")).click();
    browser.visible("input[name=apikey]");
    assertThat(browser.js("return sessionStorage.getItem('entente-api-key')")).isNull();
    open("/termbase?edit=web-exercise");
    waitForValue("input[name=subjectField]", "exercises");
    shoot("termbase");
  }

  @Test
  void pagesCarryAContentSecurityPolicyAndLanguageAttributes() throws Exception {
    var res = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(server.baseUrl() + "/terms?q=x")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("Content-Security-Policy")).contains(WebRoutes.CSP);
    assertThat(res.body()).contains("<html lang=\"en\">");
    open("/terms?q=" + enc("<img src=x onerror=alert(1)>"));
    browser.waitForText(".status-line", "No concept for “<img src=x onerror=alert(1)>”");
    assertThat(browser.all(".status-line img")).isEmpty();
    for (String page : List.of("/", "/terms", "/memory", "/suggest", "/check", "/termbase")) {
      open(page);
      browser.visible("main h1");
      for (WebElement control : browser.all("main input:not([type=hidden]), main select, main textarea")) {
        String id = control.getAttribute("id");
        boolean labelled = control.getAttribute("aria-label") != null
            || (id != null && !id.isEmpty() && !browser.all("label[for='" + id + "']").isEmpty())
            || !control.findElements(By.xpath("ancestor::label")).isEmpty();
        assertThat(labelled).as(page + ": a label for " + control.getAttribute("name")).isTrue();
      }
    }
  }

  private void waitForValue(String css, String value) {
    browser.waiting().until(d -> value.equals(browser.driver.findElement(By.cssSelector(css)).getAttribute("value")));
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
