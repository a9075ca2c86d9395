package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiServerTest {
  @TempDir Path dataDir;
  RealService service;

  @BeforeEach
  void start() {
    service = new RealService(dataDir, ApiConfig.local(0));
  }

  @AfterEach
  void stop() {
    service.close();
  }

  HttpResponse<String> get(String path) throws Exception {
    return service.send("GET", path, null, null, null);
  }

  @Test
  void healthSaysOkWithVersionAndWhatIsLoaded() throws Exception {
    var res = get("/health");
    assertThat(res.statusCode()).isEqualTo(200);
    var body = Json.MAPPER.readTree(res.body());
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.get("version").asText()).isNotBlank();
    assertThat(body.get("loaded").isObject()).isTrue();
  }

  @Test
  void unknownEndpointAnswersProblemDetails() throws Exception {
    var res = get("/api/v1/no-such-thing");
    assertThat(res.statusCode()).isEqualTo(404);
    assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith(Problem.MEDIA_TYPE);
    var body = Json.MAPPER.readTree(res.body());
    assertThat(body.get("status").asInt()).isEqualTo(404);
    assertThat(body.get("title").asText()).isEqualTo("Not Found");
  }

  @Test
  void accessLogRedactsSecretsAndText() {
    assertThat(AccessLog.redactedTarget("/get", "q=Groupe%20des%20plans&langpair=fr|en&key=s3cret"))
        .isEqualTo("/get?q=***&langpair=fr|en&key=***");
    assertThat(AccessLog.redactedTarget("/tmserver/fr/en/unit/Les%20Alli%C3%A9s", null))
        .isEqualTo("/tmserver/fr/en/unit/***");
  }
}
