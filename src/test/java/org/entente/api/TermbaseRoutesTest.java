package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Termbase import and export over HTTP, and TMX import jobs reporting units done of the file's total. */
class TermbaseRoutesTest {
  static final String KEY = "k";
  @TempDir Path dir;

  @Test
  void importIsAllOrNothingBehindTheKeyAndExportGivesItBack() throws Exception {
    try (RealService s = new RealService(dir, ApiConfig.local(0).withApiKey(KEY))) {
      String csv = "fr,en,en.status\nexercice de posture,posture exercise,preferred\nplan de défense,defence plan,preferred\n";
      assertThat(s.send("POST", "/api/v1/termbase/import?name=ex.csv", csv, "text/csv", null).statusCode()).isEqualTo(401);
      var ok = s.send("POST", "/api/v1/termbase/import?name=ex.csv", csv, "text/csv", KEY);
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
      JsonNode report = Json.MAPPER.readTree(ok.body());
      assertThat(report.get("concepts").asInt()).isEqualTo(2);
      assertThat(report.get("kind").asText()).isEqualTo("terms");
      assertThat(s.services.terms().size()).isEqualTo(2);

      var dry = s.send("POST", "/api/v1/termbase/import?name=other.csv&dryRun=true", csv, "text/csv", KEY);
      assertThat(Json.MAPPER.readTree(dry.body()).get("dryRun").asBoolean()).isTrue();
      assertThat(s.services.terms().size()).isEqualTo(2);

      String broken = "<?xml version=\"1.0\"?><tbx type=\"TBX-Basic\"><text><body><conceptEntry id=\"a\">";
      var bad = s.send("POST", "/api/v1/termbase/import?name=broken.tbx", broken, "application/xml", KEY);
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.headers().firstValue("Content-Type")).contains("application/problem+json");
      assertThat(Json.MAPPER.readTree(bad.body()).get("where").asText()).startsWith("broken.tbx");
      assertThat(s.services.terms().size()).as("nothing of the broken file").isEqualTo(2);

      var wrongKind = s.send("POST", "/api/v1/termbase/import?name=memory.tmx", "<tmx/>", "application/xml", KEY);
      assertThat(wrongKind.statusCode()).isEqualTo(400);
      assertThat(wrongKind.body()).contains("/api/v1/tm/import");
      assertThat(s.send("POST", "/api/v1/termbase/import", csv, "text/csv", KEY).body()).contains("?name=glossary.tbx");

      var tbx = s.send("GET", "/api/v1/termbase/export?format=tbx", null, null, null);
      assertThat(tbx.statusCode()).isEqualTo(200);
      assertThat(tbx.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-tbx+xml");
      assertThat(tbx.body()).contains("exercice de posture").contains("defence plan");
      var exported = s.send("GET", "/api/v1/termbase/export?format=csv", null, null, null);
      assertThat(exported.body()).contains("posture exercise");
      assertThat(s.send("GET", "/api/v1/termbase/export?format=xls", null, null, null).statusCode()).isEqualTo(400);

      // what was exported imports again under another name, to the same concepts
      var again = s.send("POST", "/api/v1/termbase/import?name=again.tbx", tbx.body(), "application/xml", KEY);
      assertThat(Json.MAPPER.readTree(again.body()).get("concepts").asInt()).isEqualTo(2);
    }
  }

  @Test
  void tmxImportJobReportsUnitsDoneOfTheFilesTotal() throws Exception {
    try (RealService s = new RealService(dir, ApiConfig.local(0).withApiKey(KEY))) {
      StringBuilder b = new StringBuilder("<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" "
          + "segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" srclang=\"fr\" datatype=\"plaintext\"/><body>");
      for (int i = 0; i < 500; i++) {
        b.append("<tu><tuv xml:lang=\"fr\"><seg>Phrase ").append(i).append(".</seg></tuv><tuv xml:lang=\"en\"><seg>Sentence ")
            .append(i).append(".</seg></tuv></tu>");
      }
      b.append("<tu><tuv xml:lang=\"fr\"><seg>Phrase 1.</seg></tuv><tuv xml:lang=\"en\"><seg>Sentence 1.</seg></tuv></tu>");
      var accepted = s.send("POST", "/api/v1/tm/import?name=p.tmx&async=true&memory=jobs", b + "</body></tmx>",
          "application/xml", KEY);
      assertThat(accepted.statusCode()).isEqualTo(202);
      JsonNode job = Json.MAPPER.readTree(accepted.body());
      assertThat(job.get("unitsTotal").asLong()).isEqualTo(-1);
      long lastDone = 0;
      for (int i = 0; i < 200 && !job.get("status").asText().equals("done"); i++) {
        Thread.sleep(50);
        job = Json.MAPPER.readTree(s.send("GET", job.get("statusUrl").asText(), null, null, null).body());
        long done = job.get("unitsDone").asLong();
        assertThat(done).as("progress never goes back").isGreaterThanOrEqualTo(lastDone);
        if (job.get("unitsTotal").asLong() >= 0) assertThat(done).isLessThanOrEqualTo(job.get("unitsTotal").asLong());
        lastDone = done;
      }
      assertThat(job.get("status").asText()).isEqualTo("done");
      assertThat(job.get("unitsTotal").asLong()).as("every <tu>, the duplicate too").isEqualTo(501);
      assertThat(job.get("unitsDone").asLong()).isEqualTo(501);
      assertThat(job.get("report").get("imported").asInt()).isEqualTo(500);

      var failed = Json.MAPPER.readTree(s.send("POST", "/api/v1/tm/import?name=bad.tmx&async=true", "<tmx><body><tu>",
          "application/xml", KEY).body());
      for (int i = 0; i < 200 && !failed.get("status").asText().equals("failed"); i++) {
        Thread.sleep(50);
        failed = Json.MAPPER.readTree(s.send("GET", failed.get("statusUrl").asText(), null, null, null).body());
      }
      assertThat(failed.get("status").asText()).isEqualTo("failed");
      assertThat(failed.get("where").asText()).startsWith("bad.tmx");
    }
  }
}
