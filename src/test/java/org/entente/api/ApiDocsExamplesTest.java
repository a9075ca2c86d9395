package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.Services;
import org.entente.terminology.GlossarySync;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every curl line of docs/api.md against a real server, and checks each /api/v1 endpoint has one. */
class ApiDocsExamplesTest {
  static final Path DOC = Path.of("docs/api.md");
  static final String DOC_BASE = "http://127.0.0.1:8080";

  @TempDir Path dir;

  record Curl(String method, String target, Map<String, String> headers, String body, String line) {}

  @Test
  void everyCurlExampleWorksAndEveryApiEndpointHasOne() throws Exception {
    List<Curl> examples = parse(Files.readString(DOC, StandardCharsets.UTF_8));
    assertThat(examples).hasSizeGreaterThan(20);
    List<String> missing = new ArrayList<>();
    for (OpenApi.Doc d : OpenApi.ENDPOINTS) {
      String regex = d.path().replaceAll("\\{[^}]+}", "[^/?]+").replace(".", "\\.");
      boolean has = examples.stream().anyMatch(c -> c.method().equals(d.method())
          && c.target().replaceAll("\\?.*", "").matches(regex));
      if (!has) missing.add(d.method() + " " + d.path());
    }
    assertThat(missing).as("endpoints without a curl example in docs/api.md").isEmpty();

    try (Services services = Services.open(dir, "docs test")) {
      GlossarySync.run(Path.of("glossaries"), services.terms());
      try (ApiServer server = new ApiServer(services, ApiConfig.local(0).withApiKey("change-me")).start()) {
        Map<String, String> vars = new LinkedHashMap<>();
        for (Curl c : examples) {
          String target = c.target();
          for (var v : vars.entrySet()) target = target.replace(v.getKey(), v.getValue());
          String[] res = send(server.port(), c.method(), target, c.headers(), c.body());
          int status = Integer.parseInt(res[0]);
          assertThat(status).as(c.line() + "\n" + res[1]).isBetween(200, 299);
          if (res[1].startsWith("{")) {
            JsonNode body = Json.MAPPER.readTree(res[1]);
            if (body.has("responseStatus")) assertThat(body.get("responseStatus").asInt()).as(c.line() + "\n" + res[1]).isEqualTo(200);
            if (body.has("id") && c.method().equals("POST") && target.contains("/tm/units")) vars.put("UNIT_ID", body.get("id").asText());
            if (body.has("jobId")) vars.put("JOB_ID", body.get("jobId").asText());
          }
        }
        assertThat(vars).containsKeys("UNIT_ID", "JOB_ID");
      }
    }
  }

  static List<Curl> parse(String md) {
    List<Curl> out = new ArrayList<>();
    for (String line : md.split("\n")) {
      if (!line.startsWith("curl ")) continue;
      List<String> words = words(line);
      String method = null;
      String url = null;
      String body = null;
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < words.size(); i++) {
        String w = words.get(i);
        switch (w) {
          case "-s" -> { }
          case "-X" -> method = words.get(++i);
          case "-H" -> {
            String h = words.get(++i);
            headers.put(h.substring(0, h.indexOf(':')).strip(), h.substring(h.indexOf(':') + 1).strip());
          }
          case "-d" -> body = words.get(++i);
          default -> url = w;
        }
      }
      if (body != null) headers.putIfAbsent("Content-Type", "application/x-www-form-urlencoded");
      if (method == null) method = body == null ? "GET" : "POST";
      assertThat(url).as(line).startsWith(DOC_BASE);
      out.add(new Curl(method, url.substring(DOC_BASE.length()), headers, body, line));
    }
    return out;
  }

  /** Shell words: single quotes group, nothing else is special in these examples. */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) out.add(b.toString());
        b.setLength(0);
        any = false;
      } else {
        b.append(c);
        any = true;
      }
    }
    if (any) out.add(b.toString());
    return out;
  }

  /** One request as curl sends it (the target as written, a raw | included); status and body. */
  static String[] send(int port, String method, String target, Map<String, String> headers, String body) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder req = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
      headers.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
      if (body != null) req.append("Content-Length: ").append(bytes.length).append("\r\n");
      req.append("\r\n");
      OutputStream out = s.getOutputStream();
      out.write(req.toString().getBytes(StandardCharsets.UTF_8));
      out.write(bytes);
      out.flush();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      s.getInputStream().transferTo(all);
      byte[] raw = all.toByteArray();
      String text = new String(raw, StandardCharsets.ISO_8859_1);
      int split = text.indexOf("\r\n\r\n");
      String head = text.substring(0, split);
      byte[] rest = java.util.Arrays.copyOfRange(raw, split + 4, raw.length);
      if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) rest = unchunk(rest);
      return new String[] {head.substring(9, 12), new String(rest, StandardCharsets.UTF_8)};
    }
  }

  static byte[] unchunk(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < in.length) {
      int nl = i;
      while (nl + 1 < in.length && !(in[nl] == '\r' && in[nl + 1] == '\n')) nl++;
      int len = Integer.parseInt(new String(in, i, nl - i, StandardCharsets.US_ASCII).strip().split(";")[0], 16);
      if (len == 0) break;
      out.write(in, nl + 2, len);
      i = nl + 2 + len + 2;
    }
    return out.toByteArray();
  }
}
