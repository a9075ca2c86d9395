package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's pages and files over HTTP (no browser): the shell, its security headers, the modules. */
class WebRoutesTest {
  @TempDir Path dir;

  @Test
  void everyPageAnswersTheShellWithAContentSecurityPolicy() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      for (String page : new String[] {"/", "/terms?q=Kiev", "/concepts/nato-kyiv", "/memory", "/suggest", "/check", "/termbase"}) {
        var res = s.get(page);
        assertThat(res.statusCode()).as(page).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(res.headers().firstValue("Content-Security-Policy")).contains(WebRoutes.CSP);
        assertThat(res.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(res.body()).contains("<html lang=\"en\">").contains("<script type=\"module\" src=\"/assets/app.js\">");
      }
    }
  }

  @Test
  void modulesAreServedAsJavaScriptAndTheApiIsNotShadowed() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      for (String module : new String[] {"app", "lib", "home", "terms", "concept", "concepts", "memory", "suggest", "diff",
          "check", "termbase"}) {
        var res = s.get("/assets/" + module + ".js");
        assertThat(res.statusCode()).as(module).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type").orElseThrow()).as(module).contains("javascript");
        assertThat(res.headers().firstValue("Content-Security-Policy")).contains(WebRoutes.CSP);
        assertThat(res.body()).as(module + " never writes HTML from data").doesNotContain("innerHTML")
            .doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML").doesNotContain("document.write");
      }
      assertThat(s.get("/assets/workbench.css").headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
      var missing = s.get("/assets/nothing.js");
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(s.get("/api/v1/checks").headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
      assertThat(s.get("/check?text=x").headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    }
  }
}
