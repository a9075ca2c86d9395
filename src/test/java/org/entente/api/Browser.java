package org.entente.api;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through {@code /usr/bin/chromedriver} (given explicitly, so Selenium Manager never
 * downloads a driver), with the browser console collected and downloads going to a temp folder. Tests that need it
 * are skipped, with a message naming the Debian packages, when the two programs are absent.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final int WIDE = 1280;
  static final int NARROW = 390;

  final ChromeDriver driver;
  final Path downloads;
  private final Path profile;
  private final ChromeDriverService service;

  static final String MISSING = "browser tests skipped: install the Debian packages chromium and chromium-driver ("
      + CHROMIUM + ", " + CHROMEDRIVER + ")";

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Skips the calling test, saying which packages to install, unless Chromium and its driver are installed. */
  static void assumeInstalled() {
    assumeTrue(installed(), MISSING);
  }

  Browser() throws IOException {
    profile = Files.createTempDirectory("entente-chromium-");
    downloads = Files.createTempDirectory("entente-downloads-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--lang=en-GB", "--window-size=" + WIDE + ",900", "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
  }

  /** A 20-second wait whose timeout message carries the page's text and console, to see what the user saw. */
  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20)) {
      @Override
      protected RuntimeException timeoutException(String message, Throwable lastException) {
        String page = String.valueOf(js("return document.querySelector('main') ? document.querySelector('main').innerText : ''"));
        return super.timeoutException(message + "\n--- page at " + driver.getCurrentUrl() + ":\n"
            + page.substring(0, Math.min(3000, page.length())) + "\n--- console: " + consoleProblems(), lastException);
      }
    };
  }

  /** Waits until an element matching the CSS selector is visible, and returns it. */
  WebElement visible(String css) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Waits until an element's text contains the given text. */
  void waitForText(String css, String text) {
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The console's warnings and errors since the last call (reading clears them). */
  List<String> consoleProblems() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::toString).toList();
  }

  /** Saves the whole page at the given width to {@code folder/name-WIDTH.png}. */
  void screenshot(Path folder, String name, int width) throws IOException {
    Dimension before = driver.manage().window().getSize();
    driver.manage().window().setSize(new Dimension(width, 900));
    Number height = (Number) js("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
    driver.manage().window().setSize(new Dimension(width, Math.min(4000, height.intValue() + 140)));
    Files.createDirectories(folder);
    Files.write(folder.resolve(name + "-" + (width == WIDE ? "wide" : "narrow") + ".png"),
        driver.getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(before);
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteTree(profile);
      deleteTree(downloads);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
