package org.entente.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import org.entente.memory.MemoryCore;
import org.entente.memory.TranslationUnit;
import org.entente.text.Language;

/**
 * How a unit is laid out in the OpenSearch memory index: Entente's own analysis sent ready-made (per language the
 * normalised terms {@code fr_m}, the concordance tokens {@code fr_c}, both joined by U+0001 and split there by the
 * index's only analyzer; the exact-match key hashes {@code fr_key}, {@code fr_exact}; the term count
 * {@code fr_len}), the filter fields, the import batch marker, the usage counts, and the unit itself in Entente's
 * stored form ({@code blob}, base64) with its two texts readable beside it ({@code fr_plain}).
 */
final class UnitDocuments {
  /** Joins pre-analysed tokens; the index's {@code entente_tokens} analyzer splits on it and does nothing else. */
  static final String SEP = "\u0001";
  static final String BATCH = "batch";
  static final String SUPERSEDED = "superseded";

  private UnitDocuments() {}

  static String terms(Language l) {
    return l.code() + "_m";
  }

  static String concordance(Language l) {
    return l.code() + "_c";
  }

  static String key(Language l) {
    return l.code() + "_key";
  }

  static String exact(Language l) {
    return l.code() + "_exact";
  }

  static String length(Language l) {
    return l.code() + "_len";
  }

  /** The memory index's settings and mapping ({@code dynamic: strict}, routing required: always by memory). */
  static ObjectNode indexDefinition(OpenSearchSettings s) {
    ObjectNode def = OpenSearchRest.object();
    ObjectNode settings = def.putObject("settings");
    settings.put("number_of_shards", s.shards()).put("number_of_replicas", s.replicas())
        .put("index.translog.durability", "request").put("refresh_interval", s.refreshInterval());
    ObjectNode analysis = settings.putObject("analysis");
    analysis.putObject("tokenizer").putObject("entente_sep").put("type", "pattern").put("pattern", SEP);
    analysis.putObject("analyzer").putObject("entente_tokens").put("type", "custom").put("tokenizer", "entente_sep");
    ObjectNode mappings = def.putObject("mappings");
    mappings.put("dynamic", "strict");
    mappings.putObject("_routing").put("required", true);
    ObjectNode p = mappings.putObject("properties");
    for (String k : List.of("id", "memory", "file", "detached", "src", BATCH, SUPERSEDED)) {
      p.putObject(k).put("type", "keyword");
    }
    p.putObject("usage").put("type", "long");
    p.putObject("last_used").put("type", "long");
    p.putObject("blob").put("type", "binary");
    for (Language l : Language.values()) {
      p.putObject(terms(l)).put("type", "text").put("analyzer", "entente_tokens").put("index_options", "docs")
          .put("norms", false);
      p.putObject(concordance(l)).put("type", "text").put("analyzer", "entente_tokens");
      p.putObject(key(l)).put("type", "keyword");
      p.putObject(exact(l)).put("type", "keyword");
      p.putObject(length(l)).put("type", "integer");
      p.putObject(l.code() + "_plain").put("type", "keyword").put("index", false).put("doc_values", false);
    }
    return def;
  }

  /** The document of {@code u}, written in import batch {@code batch}. */
  static ObjectNode document(TranslationUnit u, String batch) {
    ObjectNode d = OpenSearchRest.object();
    d.put("id", u.id()).put("memory", u.memory()).put(BATCH, batch);
    if (u.origin().edited()) {
      if (!u.file().isEmpty()) d.put("detached", u.file());
    } else {
      d.put("file", u.file());
    }
    d.put("src", u.sourceLanguage().language().code());
    for (Language l : Language.values()) {
      MemoryCore.Keys k = MemoryCore.keys(u.text(l), l);
      d.put(terms(l), String.join(SEP, k.terms()));
      d.put(concordance(l), String.join(SEP, k.concordance()));
      d.put(key(l), k.key()).put(exact(l), k.exact()).put(length(l), k.length());
      d.put(l.code() + "_plain", u.text(l).plain());
    }
    d.put("usage", u.usageCount()).put("last_used", u.lastUsed() == null ? 0 : u.lastUsed().toEpochMilli());
    d.put("blob", Base64.getEncoder().encodeToString(MemoryCore.encode(u)));
    return d;
  }

  /** The fields a search brings back to rebuild units (and pre-check them in {@code lang}, when not null). */
  static ArrayNode sourceFields(Language lang) {
    ArrayNode a = OpenSearchRest.JSON.createArrayNode().add("blob").add("usage").add("last_used");
    if (lang != null) a.add(terms(lang));
    return a;
  }

  /** The unit of a search hit or a document. */
  static TranslationUnit unit(JsonNode hit) {
    JsonNode src = hit.path("_source");
    return MemoryCore.decode(Base64.getDecoder().decode(src.path("blob").asText()), src.path("usage").asLong(),
        src.path("last_used").asLong());
  }

  /** The normalised terms of a hit's {@code lang} side. */
  static List<String> termsOf(JsonNode hit, Language lang) {
    String joined = hit.path("_source").path(terms(lang)).asText("");
    return joined.isEmpty() ? List.of() : List.of(joined.split(SEP, -1));
  }
}
