package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a web page or a script on the same machine can make the service do, with the shipped defaults: DNS
 * rebinding (a foreign {@code Host}), cross-site reads ({@code Origin}, JSONP), bodies too large for the limits,
 * streamed or declared, and multipart where no file is expected.
 */
class CrossOriginAndLimitsTest {
  static final long SMALL = 64 * 1024;
  @TempDir Path dir;

  TestServer small() {
    return new TestServer(dir, new ApiConfig("127.0.0.1", 0, TestServer.KEY, List.of("https://app.example.org"),
        new ApiConfig.Limits(SMALL, 2_000, 5, 20)));
  }

  /** Sends raw request text and reads the whole answer; the server may answer before the body is sent. */
  static String raw(TestServer s, String head, byte[] body, long chunks) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      try {
        for (long i = 0; i < chunks; i++) out.write(body);
        out.flush();
      } catch (java.io.IOException closedEarly) {
        // the server refused and closed before reading it all: what we want
      }
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aForeignHostIsMisdirected() throws Exception {
    try (TestServer s = new TestServer(dir)) {
      String rebound = raw(s, "GET /api/v1/tm/export HTTP/1.1\r\nHost: evil.example:" + s.server.port()
          + "\r\nConnection: close\r\n\r\n", new byte[0], 0);
      assertThat(rebound).startsWith("HTTP/1.1 421").contains("--allowed-host").doesNotContain("<tmx");
      for (String host : List.of("127.0.0.1:" + s.server.port(), "localhost:" + s.server.port(), "localhost")) {
        String ok = raw(s, "GET /health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n", new byte[0], 0);
        assertThat(ok).as(host).startsWith("HTTP/1.1 200");
      }
    }
  }

  @Test
  void aConfiguredHostNameIsAllowed() throws Exception {
    try (TestServer s = new TestServer(dir, ApiConfig.local(0).withAllowedHosts(List.of("entente.example.org"), false))) {
      String ok = raw(s, "GET /health HTTP/1.1\r\nHost: entente.example.org\r\nConnection: close\r\n\r\n", new byte[0], 0);
      assertThat(ok).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void aForeignOriginIsForbiddenAndAListedOneAllowed() throws Exception {
    try (TestServer s = small()) {
      String hostLine = "Host: 127.0.0.1:" + s.server.port() + "\r\n";
      String foreign = raw(s, "GET /api/v1/tm/export HTTP/1.1\r\n" + hostLine + "Origin: https://evil.example\r\n"
          + "Connection: close\r\n\r\n", new byte[0], 0);
      assertThat(foreign).startsWith("HTTP/1.1 403").contains("--cors-origin");
      String listed = raw(s, "GET /v2/languages HTTP/1.1\r\n" + hostLine + "Origin: https://app.example.org\r\n"
          + "Connection: close\r\n\r\n", new byte[0], 0);
      assertThat(listed).startsWith("HTTP/1.1 200");
    }
    try (TestServer s = new TestServer(dir)) {
      String hostLine = "Host: 127.0.0.1:" + s.server.port() + "\r\n";
      String self = raw(s, "GET /health HTTP/1.1\r\n" + hostLine + "Origin: http://127.0.0.1:" + s.server.port()
          + "\r\nConnection: close\r\n\r\n", new byte[0], 0);
      assertThat(self).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void jsonpIsOffByDefaultAndOnWithTheFlag() throws Exception {
    String lookup = "/tmserver/fr/en/unit/Les%20Alli%C3%A9s%20soutiennent%20Kyiv.?jsoncallback=steal";
    try (TestServer s = new TestServer(dir)) {
      var r = s.get(lookup);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
      assertThat(r.body()).doesNotStartWith("steal(");
    }
    try (TestServer s = new TestServer(dir, ApiConfig.local(0).withAllowedHosts(List.of(), true))) {
      var r = s.get(lookup);
      assertThat(r.body()).startsWith("steal(");
    }
  }

  @Test
  void aDeclaredBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
    try (TestServer s = small()) {
      long started = System.nanoTime();
      // a 10 GB body is announced and never sent: only an early answer ends this exchange
      String answer = raw(s, "POST /v2/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
          + "Content-Length: 10000000000\r\nConnection: close\r\n\r\n", new byte[0], 0);
      assertThat(answer).startsWith("HTTP/1.1 413");
      assertThat(System.nanoTime() - started).isLessThan(15_000_000_000L);
    }
  }

  @Test
  void aStreamedImportOverTheLimitIsRefusedAndLeavesNothing() throws Exception {
    try (TestServer s = small()) {
      byte[] chunk = ("a".repeat(8192)).getBytes(StandardCharsets.US_ASCII);
      String chunked = Integer.toHexString(chunk.length) + "\r\n" + new String(chunk, StandardCharsets.US_ASCII) + "\r\n";
      String answer = raw(s, "POST /api/v1/tm/import?name=big.tmx HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: "
          + TestServer.KEY + "\r\nContent-Type: application/xml\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
          chunked.getBytes(StandardCharsets.US_ASCII), 40);
      assertThat(answer).startsWith("HTTP/1.1 413");
      Path uploads = dir.resolve("uploads");
      if (Files.isDirectory(uploads)) {
        try (Stream<Path> files = Files.list(uploads)) {
          assertThat(files).isEmpty();
        }
      }
    }
  }

  @Test
  void multipartIsRefusedWhereNoFileIsExpected() throws Exception {
    try (TestServer s = small()) {
      String body = "--b\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nAllies met.\r\n--b--\r\n";
      for (String path : List.of("/v2/check", "/get", "/api/v1/check")) {
        String answer = raw(s, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n", body.getBytes(StandardCharsets.US_ASCII), 1);
        assertThat(answer).as(path).startsWith("HTTP/1.1 415");
      }
    }
  }

  @Test
  void uploadsOrphanedByACrashAreRemovedAtStart() throws Exception {
    Path uploads = Files.createDirectories(dir.resolve("uploads"));
    Path orphan = Files.writeString(uploads.resolve("0b7e.tmx"), "<tmx/>");
    try (TestServer s = new TestServer(dir)) {
      assertThat(orphan).doesNotExist();
    }
  }
}
