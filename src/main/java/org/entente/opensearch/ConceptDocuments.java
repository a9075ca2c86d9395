package org.entente.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.terminology.Concept;
import org.entente.terminology.ConceptJson;
import org.entente.terminology.ConceptSearch;
import org.entente.text.Language;

/**
 * How a concept is kept in the termbase index on OpenSearch: its id, the file it came from, the import batch that
 * wrote it and the batches that replace it, its terms normalised whole ({@code t_fr}: "groupe des plans nucleaires")
 * and word by word ({@code w_fr}) for the same exact, prefix and fuzzy lookups as the embedded index, and the
 * concept itself as JSON ({@code json}, kept, not indexed).
 */
final class ConceptDocuments {
  static final String ID = "id";
  static final String DOC = "doc";
  static final String ORIGIN = "origin";
  static final String BATCH = CommittedBatches.BATCH;
  static final String SUPERSEDED = CommittedBatches.SUPERSEDED;
  static final String JSON = "json";

  private ConceptDocuments() {}

  static String whole(Language l) {
    return "t_" + l.code();
  }

  static String words(Language l) {
    return "w_" + l.code();
  }

  /** The index: one shard (a termbase of 100,000 concepts is ~15 MB), replicated, durable writes, strict mapping. */
  static ObjectNode indexDefinition(OpenSearchSettings s) {
    ObjectNode def = OpenSearchRest.object();
    def.putObject("settings").put("number_of_shards", 1).put("number_of_replicas", s.replicas())
        .put("index.translog.durability", "request").put("refresh_interval", s.refreshInterval());
    ObjectNode mappings = def.putObject("mappings");
    mappings.put("dynamic", "strict");
    ObjectNode p = mappings.putObject("properties");
    for (String k : List.of(ID, DOC, ORIGIN, BATCH, SUPERSEDED)) p.putObject(k).put("type", "keyword");
    for (Language l : Language.values()) {
      p.putObject(whole(l)).put("type", "keyword");
      p.putObject(words(l)).put("type", "keyword");
    }
    p.putObject(JSON).put("type", "text").put("index", false);
    return def;
  }

  /** The document of {@code c}, from {@code origin}, written in {@code batch} under the document id {@code doc}. */
  static ObjectNode document(Concept c, String origin, String batch, String doc) {
    ObjectNode d = OpenSearchRest.object();
    d.put(ID, c.id()).put(DOC, doc).put(ORIGIN, origin).put(BATCH, batch);
    d.putArray(SUPERSEDED);
    Map<Language, ArrayNode> whole = new LinkedHashMap<>();
    Map<Language, ArrayNode> words = new LinkedHashMap<>();
    for (ConceptSearch.Key k : ConceptSearch.keys(c)) {
      whole.computeIfAbsent(k.language(), l -> d.putArray(whole(l))).add(k.whole());
      ArrayNode w = words.computeIfAbsent(k.language(), l -> d.putArray(words(l)));
      k.words().forEach(w::add);
    }
    d.put(JSON, ConceptJson.write(c));
    return d;
  }
}
