package org.entente.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.entente.Services;

/**
 * Our real service on port 0 over a real data folder (the real segmenter, termbase and memory), with one HTTP helper.
 * {@link TestServer} is its counterpart over a fake termbase, segmenter and aligner (and the real memory).
 */
final class RealService implements AutoCloseable {
  final Services services;
  final ApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  RealService(Path dataDir, ApiConfig config) {
    this(Services.open(dataDir, "test"), config);
  }

  /**
   * The service over the shipped glossary ({@code glossaries/}) and memory ({@code tmx/nato.tmx}), as
   * {@code ./entente serve} loads them, in {@code dataDir}.
   */
  static RealService withShippedData(Path dataDir, String name, ApiConfig config) throws java.io.IOException {
    Services services = Services.open(dataDir, name);
    org.entente.terminology.GlossarySync.run(Path.of("glossaries"), services.terms());
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(Path.of("tmx/nato.tmx"))) {
      services.memory().importTmx(in, "nato.tmx", org.entente.memory.ImportOptions.DEFAULT);
    }
    return new RealService(services, config);
  }

  /** The service over services already built (another memory store). */
  RealService(Services services, ApiConfig config) {
    this.services = services;
    server = new ApiServer(services, config).start();
  }

  /** Sends {@code method path} with an optional body, content type and API key (null: none). */
  HttpResponse<String> send(String method, String path, String body, String contentType, String apiKey)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) b.header("Content-Type", contentType);
    if (apiKey != null) b.header(WriteAccess.HEADER, apiKey);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.close();
    services.close();
  }
}
