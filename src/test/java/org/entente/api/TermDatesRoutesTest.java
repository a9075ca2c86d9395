package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validity dates of terms through the concept routes. */
class TermDatesRoutesTest {
  static final String KEY = "k";
  @TempDir Path dataDir;
  RealService service;

  @BeforeEach
  void start() {
    service = new RealService(dataDir, ApiConfig.local(0).withApiKey(KEY));
  }

  @AfterEach
  void stop() {
    service.close();
  }

  @Test
  void aConceptKeepsItsTermsDatesAndChecksUseThem() throws Exception {
    String body = """
        {"terms":[{"text":"Eswatini","language":"en","status":"preferred","validFrom":"2018-04-19"},
        {"text":"Swaziland","language":"en","status":"superseded","supersededFrom":"2018-04-19"},
        {"text":"Eswatini","language":"fr","status":"preferred"}]}""";
    var put = service.send("PUT", "/api/v1/concepts/c-eswatini", body, "application/json", KEY);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
    JsonNode c = Json.MAPPER.readTree(service.send("GET", "/api/v1/concepts/c-eswatini", null, null, null).body());
    assertThat(c.get("terms").toString()).contains("\"validFrom\":\"2018-04-19\"").contains("\"supersededFrom\":\"2018-04-19\"");

    String before = "{\"text\":\"Swaziland joined the talks.\",\"date\":\"2017-01-01\"}";
    String after = "{\"text\":\"Swaziland joined the talks.\",\"date\":\"2018-04-19\"}";
    assertThat(findings(before)).doesNotContain("TERM_DEPRECATED_IN_TARGET");
    assertThat(findings(after)).contains("TERM_DEPRECATED_IN_TARGET");
  }

  String findings(String checkBody) throws Exception {
    return Json.MAPPER.readTree(service.send("POST", "/api/v1/check", checkBody, "application/json", null).body())
        .get("findings").toString();
  }

  @Test
  void aBadDateNamesTheTermField() throws Exception {
    var bad = service.send("PUT", "/api/v1/concepts/c-x",
        "{\"terms\":[{\"text\":\"x\",\"language\":\"en\",\"validFrom\":\"19 April 2018\"}]}", "application/json", KEY);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("terms[0].validFrom").doesNotContain("Exception");
    var reversed = service.send("PUT", "/api/v1/concepts/c-x", "{\"terms\":[{\"text\":\"x\",\"language\":\"en\","
        + "\"validFrom\":\"2020-01-01\",\"supersededFrom\":\"2019-01-01\"}]}", "application/json", KEY);
    assertThat(reversed.statusCode()).isEqualTo(400);
    assertThat(reversed.body()).contains("terms[0].supersededFrom");
  }
}
