package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Services;
import org.entente.api.ApiConfig;
import org.entente.api.ApiServer;
import org.entente.cli.TermCommandsTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read commands while our real service (port 0) holds the data folder: they ask it over HTTP and print exactly what
 * they print when they read the folder themselves; write commands say what to send it instead.
 */
class RunningServiceTest {
  @TempDir Path dir;

  private Path copy(String resource, String name) throws Exception {
    Path p = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      Files.write(p, in.readAllBytes());
    }
    return p;
  }

  /** The read commands, each in its text and JSON form. */
  private Map<String, Run> reads(String data, Path draft) {
    Map<String, String[]> commands = new LinkedHashMap<>();
    commands.put("lookup", new String[] {"lookup", "Le Groupe des plans nucléaires s'est réuni à Bruxelles."});
    commands.put("concordance", new String[] {"concordance", "--lang", "fr", "Bruxelles"});
    commands.put("terms", new String[] {"terms", "--lang", "fr", "Le Groupe des plans nucléaires siège à Kiev."});
    commands.put("term-search", new String[] {"term-search", "posture de disuasion"});
    commands.put("check", new String[] {"check", "--quiet", draft.toString()});
    Map<String, Run> out = new LinkedHashMap<>();
    commands.forEach((name, args) -> {
      List<String> text = new ArrayList<>(List.of(args));
      text.addAll(1, List.of("--data", data));
      out.put(name, TermCommandsTest.run(text.toArray(String[]::new)));
      List<String> json = new ArrayList<>(text);
      json.addAll(1, name.equals("check") ? List.of("--format", "json") : List.of("--json"));
      out.put(name + " json", TermCommandsTest.run(json.toArray(String[]::new)));
    });
    return out;
  }

  @Test
  void readCommandsAskTheRunningServiceAndPrintTheSame() throws Exception {
    String data = dir.resolve("data").toString();
    Run imported = TermCommandsTest.run("import", "--data", data, copy("/org/entente/formats/nato-sample.tbx", "nato.tbx")
        .toString(), copy("/tmx/inline.tmx", "inline.tmx").toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    Path draft = dir.resolve("draft.txt");
    Files.writeString(draft, "The Nuclear Planning Group met in Kiev.\n");

    Map<String, Run> local = reads(data, draft);
    local.forEach((name, run) -> assertThat(run.code()).as(name + ": " + run.err()).isIn(0, 1));
    assertThat(local.get("lookup").out()).contains("The Nuclear Planning Group met in Brussels.");
    assertThat(local.get("terms").out()).contains("Groupe des plans nucléaires");
    assertThat(local.get("check").out()).contains("TERM_DEPRECATED_IN_TARGET");

    try (Services services = Services.open(Path.of(data), "the Entente service starting");
        ApiServer server = new ApiServer(services, ApiConfig.local(0)).start()) {
      services.data().describeOwner("the Entente service at " + server.baseUrl());
      Map<String, Run> served = reads(data, draft);
      served.forEach((name, run) -> {
        assertThat(run.err()).as(name).doesNotContain("in use");
        assertThat(run.code()).as(name + ": " + run.err()).isEqualTo(local.get(name).code());
        assertThat(run.out()).as(name).isEqualTo(local.get(name).out());
      });

      Run write = TermCommandsTest.run("import", "--data", data, dir.resolve("inline.tmx").toString());
      assertThat(write.code()).isEqualTo(2);
      assertThat(write.err()).contains("the service at " + server.baseUrl() + " holds")
          .contains("curl -X POST").contains(server.baseUrl() + "/api/v1/tm/import?name=inline.tmx");
      Run reindex = TermCommandsTest.run("reindex", "--data", data);
      assertThat(reindex.code()).isEqualTo(2);
      assertThat(reindex.err()).contains(server.baseUrl()).contains("stop the service first");
      Run export = TermCommandsTest.run("export", "--data", data, "-o", dir.resolve("out.tmx").toString());
      assertThat(export.err()).contains("curl -o").contains(server.baseUrl() + "/api/v1/tm/export");
      assertThat(dir.resolve("out.tmx")).doesNotExist();
    }
  }

  @Test
  void aHolderThatDoesNotAnswerStillStopsTheCommandWithWhoHoldsTheFolder() throws Exception {
    String data = dir.resolve("data").toString();
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    try (Services services = Services.open(Path.of(data), "test")) {
      services.data().describeOwner("the Entente service at http://127.0.0.1:" + closedPort);
      Run r = TermCommandsTest.run("lookup", "--data", data, "Bonjour.");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("is in use by the Entente service at http://127.0.0.1:" + closedPort);
    }
  }
}
