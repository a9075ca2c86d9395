package org.entente.api;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.entente.Services;
import org.entente.testing.FakeSegmenter;
import org.entente.testing.FakeSentencePairing;
import org.entente.testing.FakeTermBase;
import org.entente.memory.TranslationUnit;
import org.entente.text.Language;

/**
 * Our real server on port 0 over the NATO test concepts and a small real memory (the Lucene memory in the data
 * folder, scored as in production), with HTTP helpers.
 */
final class TestServer implements AutoCloseable {
  static final String KEY = "test-key";
  final Services services;
  final ApiServer server;
  final HttpClient http = HttpClient.newHttpClient();

  TestServer(Path dataDir, ApiConfig config) {
    services = Services.over(dataDir, "test", FakeTermBase.nato(), null, new FakeSegmenter(), new FakeSentencePairing());
    for (String[] pair : new String[][] {
        {"Les Alliés soutiennent Kyiv.", "Allies support Kiev."},
        {"Le secrétaire général a parlé.", "The Secretary General spoke."},
        {"Le secrétaire général a parlé hier.", "The Secretary General spoke yesterday."},
        {"Les Alliés et/ou les partenaires fournissent 5 % de plus.", "Allies and/or partners provide 5% more."}}) {
      services.memory().add(TranslationUnit.of(Language.FR, pair[0], Language.EN, pair[1]));
    }
    server = new ApiServer(services, config).start();
  }

  TestServer(Path dataDir) {
    this(dataDir, ApiConfig.local(0).withApiKey(KEY));
  }

  String base() {
    return server.baseUrl();
  }

  HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postJson(String path, String json) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postForm(String path, String form) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base() + path))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Sends a request line exactly as given (raw {@code |} in the query, encoded slashes in the path), as real clients
   * do, and returns status line, headers and body.
   */
  RawResponse raw(String method, String target) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      String head = text.substring(0, split);
      String body = text.substring(split + 4);
      if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) body = unchunk(body);
      int status = Integer.parseInt(head.substring(9, 12));
      return new RawResponse(status, head, body);
    }
  }

  private static String unchunk(String body) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      int nl = body.indexOf("\r\n", i);
      int len = Integer.parseInt(body.substring(i, nl).strip(), 16);
      if (len == 0) break;
      // chunk sizes count bytes; our bodies here are ASCII-safe JSON or UTF-8 text, so re-encode to count
      byte[] rest = body.substring(nl + 2).getBytes(StandardCharsets.UTF_8);
      String chunk = new String(rest, 0, len, StandardCharsets.UTF_8);
      b.append(chunk);
      i = nl + 2 + chunk.length() + 2;
    }
    return b.toString();
  }

  record RawResponse(int status, String head, String body) {}

  @Override
  public void close() {
    server.close();
    services.close();
  }
}
