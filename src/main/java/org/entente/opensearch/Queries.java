package org.entente.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The pieces of OpenSearch's query language both stores build: {@code term("origin", "api")} is
 * {@code {"term":{"origin":"api"}}}; and the wait before retrying a write whose version changed under it.
 */
final class Queries {
  private Queries() {}

  static ObjectNode term(String field, String value) {
    ObjectNode t = OpenSearchRest.object();
    t.putObject("term").put(field, value);
    return t;
  }

  static ObjectNode terms(String field, List<String> values) {
    ObjectNode t = OpenSearchRest.object();
    ArrayNode a = t.putObject("terms").putArray(field);
    values.forEach(a::add);
    return t;
  }

  /** {@code {"bool": bool}}. */
  static ObjectNode wrap(ObjectNode bool) {
    ObjectNode q = OpenSearchRest.object();
    q.set("bool", bool);
    return q;
  }

  /** Waits a little before another try of a write whose version changed under it (longer each time). */
  static void backOff(int attempt) {
    try {
      Thread.sleep(Math.min(200, 5L << Math.min(attempt, 6)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OpenSearchUnavailableException("interrupted while retrying a write", e);
    }
  }
}
