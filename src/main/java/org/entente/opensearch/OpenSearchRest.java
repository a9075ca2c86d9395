package org.entente.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * One connection pool to an OpenSearch cluster, speaking its REST API in JSON through opensearch-java's generic
 * client over httpclient5 (several addresses: requests spread over them, a dead node is skipped). A failure the
 * cluster reports comes back as {@link Answer} with its status; one it cannot give (no node answers) is a
 * {@link OpenSearchUnavailableException}. {@code rest.call("GET", "/", Map.of(), null).json().path("version")}.
 */
final class OpenSearchRest implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  private final ApacheHttpClient5Transport transport;
  private final OpenSearchGenericClient client;
  private final String where;

  /** A response: its HTTP status and JSON body (an empty object when there was none). */
  record Answer(int status, JsonNode json) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    /** The cluster's own reason, for messages: {@code version_conflict_engine_exception: [x]: version conflict}. */
    String reason() {
      JsonNode e = json.path("error");
      if (e.isTextual()) return e.asText();
      JsonNode root = e.path("root_cause").path(0);
      JsonNode r = root.isMissingNode() ? e : root;
      return r.path("type").asText("") + ": " + r.path("reason").asText(json.toString());
    }
  }

  OpenSearchRest(OpenSearchSettings settings) {
    HttpHost[] hosts = settings.hosts().stream().map(OpenSearchRest::host).toArray(HttpHost[]::new);
    ApacheHttpClient5TransportBuilder b = ApacheHttpClient5TransportBuilder.builder(hosts)
        .setMapper(new JacksonJsonpMapper(JSON));
    if (!settings.user().isEmpty()) {
      BasicCredentialsProvider credentials = new BasicCredentialsProvider();
      for (HttpHost h : hosts) {
        credentials.setCredentials(new AuthScope(h),
            new UsernamePasswordCredentials(settings.user(), settings.password().toCharArray()));
      }
      b.setHttpClientConfigCallback(c -> c.setDefaultCredentialsProvider(credentials));
    }
    this.transport = b.build();
    this.client = new OpenSearchClient(transport).generic();
    this.where = settings.hosts().toString();
  }

  private static HttpHost host(URI u) {
    return new HttpHost(u.getScheme(), u.getHost(), u.getPort() < 0 ? 9200 : u.getPort());
  }

  /** A JSON request; {@code body} is a Jackson tree, a string of JSON, or null. */
  Answer call(String method, String path, Map<String, String> params, Object body) {
    byte[] bytes = null;
    if (body != null) {
      try {
        bytes = body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
      } catch (IOException e) {
        throw new IllegalStateException("a request to OpenSearch could not be written", e);
      }
    }
    return send(method, path, params, bytes, "application/json");
  }

  /** A {@code _bulk} request of newline-delimited JSON lines. */
  Answer bulk(String path, Map<String, String> params, List<JsonNode> lines) {
    StringBuilder b = new StringBuilder();
    for (JsonNode l : lines) b.append(l.toString()).append('\n');
    return send("POST", path, params, b.toString().getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
  }

  /**
   * A {@code _bulk} request whose items' answers are returned; a request refused as a whole (429 of indexing
   * pressure, 413, a cluster block: an error body and no items) fails.
   */
  JsonNode bulkItems(String path, Map<String, String> params, List<JsonNode> lines) {
    Answer a = bulk(path, params, lines);
    JsonNode items = a.json().path("items");
    if (!a.ok() || !items.isArray()) throw failure("POST", path, a);
    return items;
  }

  private Answer send(String method, String path, Map<String, String> params, byte[] body, String type) {
    try (Response r = client.execute(Requests.create(method, path, List.of(), params,
        body == null ? null : Body.from(body, type)))) {
      JsonNode json = r.getBody().map(x -> {
        try {
          byte[] got = x.bodyAsBytes();
          return got.length == 0 ? (JsonNode) JSON.createObjectNode() : JSON.readTree(got);
        } catch (IOException e) {
          return JSON.createObjectNode().put("error", "unreadable answer: " + e.getMessage());
        }
      }).orElseGet(JSON::createObjectNode);
      return new Answer(r.getStatus(), json);
    } catch (IOException e) {
      // the httpclient5 transport reports an answer of status 4xx or 5xx as an exception: it is an answer still
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ResponseException r) return new Answer(r.status(), body(r));
      }
      throw new OpenSearchUnavailableException("OpenSearch at " + where + " did not answer " + method + " " + path
          + ": " + e.getMessage(), e);
    }
  }

  /** The body of an error answer: the transport keeps it only in its message, after the request line. */
  private static JsonNode body(ResponseException r) {
    String m = r.getMessage() == null ? "" : r.getMessage();
    int json = m.indexOf('{');
    try {
      return json < 0 ? JSON.createObjectNode().put("error", m) : JSON.readTree(m.substring(json));
    } catch (IOException e) {
      return JSON.createObjectNode().put("error", m);
    }
  }

  /** The same call, failing unless it succeeded. */
  JsonNode ok(String method, String path, Map<String, String> params, Object body) {
    Answer a = call(method, path, params, body);
    if (!a.ok()) throw failure(method, path, a);
    return a.json();
  }

  /**
   * Runs the search {@code body} on {@code index} page by page ({@code page} hits, sorted by the unique keyword
   * {@code sortField}, each page after the last one's) and hands every hit to {@code action}.
   */
  void searchAll(String index, ObjectNode body, String sortField, int page, java.util.function.Consumer<JsonNode> action) {
    body.put("size", page).put("track_total_hits", false);
    body.putArray("sort").addObject().put(sortField, "asc");
    while (true) {
      JsonNode hits = ok("POST", "/" + index + "/_search", Map.of(), body).path("hits").path("hits");
      hits.forEach(action);
      if (hits.size() < page) return;
      body.set("search_after", hits.get(hits.size() - 1).path("sort"));
    }
  }

  /** Creates index {@code name} with {@code definition} unless it exists (another instance may create it first). */
  void createIndexIfMissing(String name, ObjectNode definition) {
    if (call("HEAD", "/" + name, Map.of(), null).ok()) return;
    Answer a = call("PUT", "/" + name, Map.of(), definition);
    if (!a.ok() && !a.reason().contains("resource_already_exists")) throw failure("PUT", "/" + name, a);
  }

  OpenSearchUnavailableException failure(String method, String path, Answer a) {
    return new OpenSearchUnavailableException("OpenSearch at " + where + " refused " + method + " " + path + " ("
        + a.status() + "): " + a.reason(), null);
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (IOException e) {
      // closing the pool: nothing left to do with a failure
    }
  }
}
