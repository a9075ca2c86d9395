package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact JSON of the Apertium and amaGama bodies, field order included: their clients are not ours to change. */
class ProtocolBodiesTest {
  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() {
    server = new TestServer(dir);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void apertiumSuccessAndFailureKeepTheirFieldsInOrder() throws Exception {
    assertThat(server.raw("GET", "/translate?q=zzzz&langpair=fr%7Cen").body())
        .isEqualTo("{\"responseData\":{\"translatedText\":\"\"},\"responseDetails\":null,\"responseStatus\":200}");
    assertThat(server.raw("GET", "/translate?langpair=fr%7Cen").body())
        .isEqualTo("{\"responseData\":null,\"responseDetails\":\"missing parameter q (the text to translate), e.g. "
            + "/translate?q=Bonjour&langpair=fr|en\",\"responseStatus\":400}");
  }

  @Test
  void amaGamaLanguagesAndUnitsKeepTheirFieldsInOrder() throws Exception {
    assertThat(server.get("/tmserver/languages/").body())
        .isEqualTo("{\"sourceLanguages\":[\"fr\",\"en\"],\"targetLanguages\":[\"en\",\"fr\"]}");
    String unit = server.get("/tmserver/fr/en/unit/Le%20secr%C3%A9taire%20g%C3%A9n%C3%A9ral%20a%20parl%C3%A9.").body();
    assertThat(unit).startsWith("[{\"source\":\"Le secrétaire général a parlé.\",\"target\":\"The Secretary General "
        + "spoke.\",\"quality\":100.0,\"rank\":100.0}");
  }
}
