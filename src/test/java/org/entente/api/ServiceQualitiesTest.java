package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenAPI covering every registered /api/v1 route, CORS off by default and on for listed origins, redaction. */
class ServiceQualitiesTest {
  @TempDir Path dir;

  @Test
  void openApiDescribesEveryRegisteredApiRoute() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      Set<String> registered = new TreeSet<>();
      for (String r : s.server.registeredRoutes()) {
        String[] mp = r.split(" ", 2);
        if (mp[1].startsWith("/api/v1") && !mp[0].equals("HEAD") && !mp[0].equals("OPTIONS")) {
          registered.add(mp[0].toLowerCase(java.util.Locale.ROOT) + " " + OpenApi.openApiPath(mp[1]));
        }
      }
      var res = s.get("/openapi.json");
      assertThat(res.statusCode()).isEqualTo(200);
      JsonNode doc = Json.MAPPER.readTree(res.body());
      assertThat(doc.get("openapi").asText()).startsWith("3.");
      Set<String> described = new TreeSet<>();
      for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
        String p = paths.next();
        for (Iterator<String> methods = doc.get("paths").get(p).fieldNames(); methods.hasNext(); ) {
          String m = methods.next();
          if (p.startsWith("/api/v1")) described.add(m + " " + p);
        }
      }
      assertThat(described).as("documented in OpenApi.ENDPOINTS").isEqualTo(registered);
      assertThat(registered).contains("post /api/v1/check", "post /api/v1/suggest", "post /api/v1/suggest/batch");
    }
  }

  @Test
  void corsIsOffByDefault() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      var res = s.http.send(HttpRequest.newBuilder(URI.create(s.base() + "/v2/languages"))
          .header("Origin", "https://example.org").GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(res.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void corsAllowsOnlyTheConfiguredOrigins() throws Exception {
    try (TestServer s = new TestServer(dir, new ApiConfig("127.0.0.1", 0, "", List.of("https://app.example.org"), null))) {
      var ok = s.http.send(HttpRequest.newBuilder(URI.create(s.base() + "/v2/languages"))
          .header("Origin", "https://app.example.org").GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).contains("https://app.example.org");
      var other = s.http.send(HttpRequest.newBuilder(URI.create(s.base() + "/v2/languages"))
          .header("Origin", "https://evil.example.org").GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void accessLogRedactsEveryTextAndKeyParameterOfTheProtocols() {
    assertThat(AccessLog.redactedTarget("/v2/check", "language=en&text=Secret&srctext=Secret&motherTongue=fr&apiKey=k&username=u&data=x"))
        .isEqualTo("/v2/check?language=en&text=***&srctext=***&motherTongue=fr&apiKey=***&username=***&data=***");
    assertThat(AccessLog.redactedTarget("/set", "seg=a&tra=b&langpair=fr|en&key=k&de=me@x.org&context_before=c&context_after=d"))
        .doesNotContain("a&").doesNotContain("me@x.org").doesNotContain("=c").doesNotContain("=d");
    assertThat(AccessLog.redactedTarget("/tmserver/fr/en/unit/", "source=Secret")).isEqualTo("/tmserver/fr/en/unit/?source=***");
  }
}
