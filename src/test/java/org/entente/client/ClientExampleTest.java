package org.entente.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.entente.Services;
import org.entente.api.ApiConfig;
import org.entente.api.ApiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/client.md shows the example of {@link ClientExample} verbatim, and the example runs. */
class ClientExampleTest {
  static final Path DOC = Path.of("docs/client.md");
  static final Path EXAMPLE = Path.of("src/test/java/org/entente/client/ClientExample.java");

  /** The lines between the markers, with the indentation they have in the method removed. */
  static String exampleCode() throws IOException {
    List<String> lines = Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8);
    int start = indexOf(lines, "// example:start") + 1;
    int end = indexOf(lines, "// example:end");
    List<String> body = lines.subList(start, end);
    int indent = body.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min()
        .orElse(0);
    return body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) return i;
    }
    throw new AssertionError("marker " + marker + " missing in " + EXAMPLE);
  }

  /** The first ```java block of the doc that follows the "<!-- example -->" marker. */
  static String docCode() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int marker = doc.indexOf("<!-- example: ClientExample.java -->");
    assertThat(marker).as("docs/client.md marks its example").isNotNegative();
    int open = doc.indexOf("```java\n", marker) + "```java\n".length();
    int close = doc.indexOf("\n```", open);
    return doc.substring(open, close);
  }

  @Test
  void theDocShowsTheExampleVerbatim() throws IOException {
    assertThat(docCode()).isEqualTo(exampleCode());
  }

  @Test
  void theExampleHasEveryStepTheDocPromises() throws IOException {
    assertThat(Arrays.asList(exampleCode().split("\n")))
        .anyMatch(l -> l.contains("EntenteClient.builder()"))
        .anyMatch(l -> l.contains("entente.suggest("))
        .anyMatch(l -> l.contains("entente.check("))
        .anyMatch(l -> l.contains("entente.lookup("))
        .anyMatch(l -> l.contains("catch (ProblemException"));
  }

  @Test
  void theExampleRunsAgainstTheRealService(@TempDir Path data) throws IOException {
    String key = "example-key";
    try (Services services = Services.open(data, "example test");
        ApiServer server = new ApiServer(services, ApiConfig.local(0).withApiKey(key)).start()) {
      try (EntenteClient seed = EntenteClient.builder().baseUrl(server.baseUrl()).apiKey(key).build()) {
        seed.putConcept(ClientContractTest.npg());
        seed.putConcept(ClientContractTest.kyiv());
        Path tmx = data.resolve("contract.tmx");
        try (var in = ClientExampleTest.class.getResourceAsStream("contract.tmx")) {
          Files.copy(in, tmx);
        }
        seed.importTmx(tmx, null);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
        ClientExample.run(server.baseUrl(), key, out);
      }
      List<String> lines = List.of(bytes.toString(StandardCharsets.UTF_8).split("\n"));
      System.out.println(String.join("\n", lines));
      assertThat(lines).contains("proposal (100%): The Nuclear Planning Group met.",
          "term: Groupe des plans nucléaires = Nuclear Planning Group");
      assertThat(lines).anyMatch(l -> l.contains("TERM_DEPRECATED_IN_TARGET") && l.endsWith("-> Kyiv"));
      assertThat(lines).anyMatch(l -> l.matches("\\d+% The Nuclear Planning Group met\\. \\(.*contract\\.tmx.*\\)"));
      assertThat(lines).anyMatch(l -> l.startsWith("refused: 400 Bad Request: ") && l.contains("[lang]"));
    }
  }
}
