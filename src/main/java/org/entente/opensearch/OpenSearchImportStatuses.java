package org.entente.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.entente.memory.ImportStatuses;

/**
 * Import jobs' statuses in an index of their own ({@code entente-import-jobs}), one document per job holding its
 * JSON and when it last changed, so that every instance on the cluster answers for every job. Like the statuses one
 * instance keeps, they are bounded: a status is forgotten {@code kept} after its last change, and past {@code max}
 * statuses the oldest go when a job is added. {@code statuses.get(jobId)} reads the document in real time (no
 * refresh needed).
 */
final class OpenSearchImportStatuses implements ImportStatuses {
  private final OpenSearchRest rest;
  private final String index;
  private final Duration kept;
  private final int max;

  OpenSearchImportStatuses(OpenSearchRest rest, OpenSearchSettings settings, Duration kept, int max) {
    this.rest = rest;
    this.index = settings.prefix() + "import-jobs";
    this.kept = kept;
    this.max = max;
    ObjectNode def = OpenSearchRest.object();
    def.putObject("settings").put("number_of_shards", 1).put("number_of_replicas", settings.replicas())
        .put("index.translog.durability", "request");
    def.putObject("mappings").put("dynamic", false).putObject("properties").putObject("changed").put("type", "long");
    rest.createIfMissing(index, def);
  }

  private String doc(String kind, String id) {
    return "/" + index + "/" + kind + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  private static ObjectNode status(String json) {
    return OpenSearchRest.object().put("changed", System.currentTimeMillis()).put("status", json);
  }

  @Override
  public void add(String jobId, String statusJson) {
    rest.ok("PUT", doc("_doc", jobId), Map.of("refresh", "true"), status(statusJson));
    forgetPastTheBound();
  }

  @Override
  public void update(String jobId, String statusJson) {
    ObjectNode body = OpenSearchRest.object();
    body.set("doc", status(statusJson));
    OpenSearchRest.Answer a = rest.call("POST", doc("_update", jobId), Map.of("retry_on_conflict", "3"), body);
    if (!a.ok() && a.status() != 404) throw rest.failure("POST", doc("_update", jobId), a);
  }

  @Override
  public Optional<String> get(String jobId) {
    OpenSearchRest.Answer a = rest.call("GET", doc("_doc", jobId), Map.of(), null);
    if (a.status() == 404) return Optional.empty();
    if (!a.ok()) throw rest.failure("GET", doc("_doc", jobId), a);
    JsonNode s = a.json().path("_source");
    if (s.path("changed").asLong() < System.currentTimeMillis() - kept.toMillis()) return Optional.empty();
    return Optional.of(s.path("status").asText());
  }

  /** Deletes the statuses older than {@code kept}, then the oldest past {@code max}. */
  private void forgetPastTheBound() {
    ObjectNode old = OpenSearchRest.object();
    old.putObject("range").putObject("changed").put("lt", System.currentTimeMillis() - kept.toMillis());
    Sweep.delete(rest, index, old, null);
    long count = rest.ok("POST", "/" + index + "/_count", Map.of(), null).path("count").asLong();
    if (count <= max) return;
    ObjectNode oldest = OpenSearchRest.object();
    oldest.put("size", (int) Math.min(count - max, 1000)).put("_source", false);
    oldest.putArray("sort").addObject().put("changed", "asc");
    ObjectNode delete = OpenSearchRest.object();
    ArrayNode ids = delete.putObject("ids").putArray("values");
    rest.ok("POST", "/" + index + "/_search", Map.of(), oldest).path("hits").path("hits")
        .forEach(h -> ids.add(h.path("_id").asText()));
    Sweep.delete(rest, index, delete, null);
  }

  /** How many statuses are kept now. */
  long kept() {
    return rest.ok("POST", "/" + index + "/_count", Map.of(), null).path("count").asLong();
  }

  /** Deletes the index (tests, benchmarks). */
  void drop() {
    rest.call("DELETE", "/" + index, Map.of(), null);
  }
}
