package org.entente.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deletes, or changes a few fields of, every document matching a query, a page at a time: a refresh first, so that
 * what was written a moment ago is found, then one search for the page's ids and versions and one {@code _bulk} of
 * the page (refreshed, so the next search no longer finds it). It needs no module beyond OpenSearch's core
 * ({@code _delete_by_query} lives in the reindex module, absent from the local node), and a delete or a change acts
 * only on the version found, so a unit a person edits meanwhile is kept, and a document changed meanwhile is
 * searched again by the next page.
 * {@code Sweep.delete(rest, "entente-memory", term("batch", "b-42"), null)} deletes a dead import's units.
 */
final class Sweep {
  private static final int PAGE = 1000;

  private Sweep() {}

  /** Deletes every document of {@code index} matching {@code query} (in one shard when {@code routing} is given). */
  static long delete(OpenSearchRest rest, String index, ObjectNode query, String routing) {
    return sweep(rest, index, query, routing, null);
  }

  /** Sets the fields of {@code partial} in every document of {@code index} matching {@code query}. */
  static long update(OpenSearchRest rest, String index, ObjectNode query, String routing, ObjectNode partial) {
    return sweep(rest, index, query, routing, partial);
  }

  /**
   * Sends a {@code _bulk} of conditional writes and counts those applied; a write whose document changed or went
   * meanwhile (409, 404) is skipped, any other refusal fails.
   */
  static long applied(OpenSearchRest rest, String path, Map<String, String> params, List<JsonNode> lines) {
    long changed = 0;
    for (JsonNode item : rest.bulkItems(path, params, lines)) {
      JsonNode r = item.elements().next();
      int status = r.path("status").asInt();
      if (status >= 200 && status < 300) {
        changed++;
      } else if (status != 404 && status != 409) {
        throw rest.failure("POST", path, new OpenSearchRest.Answer(status, r));
      }
    }
    return changed;
  }

  private static long sweep(OpenSearchRest rest, String index, ObjectNode query, String routing, ObjectNode partial) {
    // documents written since the last refresh are not searchable yet: an abandoned import's last pages would
    // otherwise stay stored until the next periodic refresh and the next upkeep
    rest.ok("POST", "/" + index + "/_refresh", Map.of(), null);
    long done = 0;
    while (true) {
      ObjectNode body = OpenSearchRest.object();
      body.set("query", query);
      body.put("size", PAGE).put("_source", false).put("track_total_hits", false).put("seq_no_primary_term", true);
      JsonNode hits = rest.ok("POST", "/" + index + "/_search", routing == null ? Map.of() : Map.of("routing", routing),
          body).path("hits").path("hits");
      if (hits.isEmpty()) return done;
      List<JsonNode> lines = new ArrayList<>();
      for (JsonNode h : hits) {
        ObjectNode action = OpenSearchRest.object();
        ObjectNode meta = action.putObject(partial == null ? "delete" : "update").put("_id", h.path("_id").asText());
        if (h.hasNonNull("_routing")) meta.put("routing", h.path("_routing").asText());
        // on the version found: a document changed meanwhile (a concurrent writer's mark) is found again, or not
        meta.put("if_seq_no", h.path("_seq_no").asLong()).put("if_primary_term", h.path("_primary_term").asLong());
        lines.add(action);
        if (partial != null) {
          ObjectNode doc = OpenSearchRest.object();
          doc.set("doc", partial);
          lines.add(doc);
        }
      }
      long changed = applied(rest, "/" + index + "/_bulk", Map.of("refresh", "true"), lines);
      done += changed;
      // a page of documents that all changed under the sweep: the next search finds them again with new versions,
      // but a page where nothing could be done would loop for ever
      if (changed == 0) return done;
    }
  }
}
