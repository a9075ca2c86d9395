package org.entente.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The document of a control index listing the committed write batches of a data index, and the filter that shows
 * only what they committed: a document is visible when its {@code batch} is committed and none of the batches in
 * its {@code superseded} is. Committing a batch is one write of this document, so what the batch wrote appears and
 * what it replaced disappears in the same instant for every instance. {@code new CommittedBatches("entente-terms-control",
 * "state").visibleBool()} filters the termbase's concepts.
 */
record CommittedBatches(String control, String doc) {
  /** The batch of documents written outside any import; always committed. */
  static final String LIVE = "live";
  static final String BATCH = "batch";
  static final String SUPERSEDED = "superseded";

  /**
   * Creates the control index and its document ({@code first} with {@code committed: [live]}) when missing, then
   * waits until {@code dataIndex} and the control index can be used.
   */
  void create(OpenSearchRest rest, String dataIndex, int replicas, ObjectNode first) {
    ObjectNode def = OpenSearchRest.object();
    def.putObject("settings").put("number_of_shards", 1).put("number_of_replicas", replicas)
        .put("index.translog.durability", "request");
    def.putObject("mappings").put("dynamic", false).putObject("properties").putObject("kind").put("type", "keyword");
    rest.createIndexIfMissing(control, def);
    first.putArray("committed").add(LIVE);
    OpenSearchRest.Answer a = rest.call("PUT", "/" + control + "/_create/" + doc, Map.of("refresh", "true"), first);
    if (!a.ok() && a.status() != 409) throw rest.failure("PUT", control, a);
    rest.ok("GET", "/_cluster/health/" + dataIndex + "," + control, Map.of("wait_for_status", "yellow",
        "timeout", "60s"), null);
  }

  /** A {@code terms} lookup of the committed list. */
  ObjectNode lookup() {
    ObjectNode l = OpenSearchRest.object();
    l.put("index", control).put("id", doc).put("path", "committed");
    return l;
  }

  /** A {@code bool} holding only documents of committed batches that no committed batch replaced. */
  ObjectNode visibleBool() {
    ObjectNode bool = OpenSearchRest.object();
    bool.putArray("filter").addObject().putObject("terms").set(BATCH, lookup());
    bool.putArray("must_not").addObject().putObject("terms").set(SUPERSEDED, lookup());
    return bool;
  }
}
