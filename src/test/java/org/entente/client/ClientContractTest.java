package org.entente.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import org.entente.Services;
import org.entente.api.ApiConfig;
import org.entente.api.ApiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every client call against our real server on port 0 over a fresh data folder, so that the client's records and
 * the server's answers cannot drift apart.
 */
class ClientContractTest {
  static final String KEY = "contract-key";
  @TempDir static Path data;
  static Services services;
  static ApiServer server;
  static EntenteClient client;

  @BeforeAll
  static void start() {
    services = Services.open(data, "contract test");
    server = new ApiServer(services, ApiConfig.local(0).withApiKey(KEY)).start();
    client = EntenteClient.builder().baseUrl(server.baseUrl()).apiKey(KEY).retryPolicy(RetryPolicy.NONE)
        .readTimeout(Duration.ofSeconds(20)).callTimeout(Duration.ofSeconds(30)).build();
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
    services.close();
  }

  @Test
  void healthSaysOkWithTheVersion() {
    Health h = client.health();
    assertThat(h.ok()).isTrue();
    assertThat(h.name()).isEqualTo("Entente");
    assertThat(h.version()).isNotBlank();
    assertThat(h.loaded()).containsKey("dataFolder");
  }

  @Test
  void anUnknownEndpointIsAProblemWithTheServersDetails() {
    try (EntenteClient wrongPrefix = EntenteClient.builder().baseUrl(server.baseUrl() + "/nowhere")
        .retryPolicy(RetryPolicy.NONE).build()) {
      ProblemException e = catchThrowableOfType(ProblemException.class, wrongPrefix::health);
      assertThat(e.status()).isEqualTo(404);
      assertThat(e.problem().title()).isEqualTo("Not Found");
      assertThat(e.problem().detail()).contains("/nowhere/health");
      assertThat(e.isClientError()).isTrue();
    }
  }
}
