package org.entente.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.memory.FolderSync;
import org.entente.memory.ImportOptions;
import org.entente.memory.ImportReport;

/**
 * The files of {@code tmx/} synced into the OpenSearch memory, for {@link FolderSync}: each file's content hash is a
 * document of the control index ({@code sync:default:tmx/air/nato.tmx}), written once its import is committed, so
 * that every instance sees which content is already in; a removed file's unedited units are deleted.
 */
final class OpenSearchTmxFiles implements FolderSync.Store {
  private final OpenSearchRest rest;
  private final String index;
  private final String control;
  private final OpenSearchTranslationMemory memory;

  OpenSearchTmxFiles(OpenSearchRest rest, String index, String control, OpenSearchTranslationMemory memory) {
    this.rest = rest;
    this.index = index;
    this.control = control;
    this.memory = memory;
  }

  private String path(String memoryName, String file) {
    return "/" + control + "/_doc/" + URLEncoder.encode("sync:" + memoryName + ":" + file, StandardCharsets.UTF_8);
  }

  @Override
  public Map<String, String> known(String memoryName) {
    ObjectNode body = OpenSearchRest.object();
    body.put("size", 10_000);
    body.set("query", OpenSearchTranslationMemory.term("kind", "sync"));
    Map<String, String> known = new LinkedHashMap<>();
    for (JsonNode h : rest.ok("POST", "/" + control + "/_search", Map.of(), body).path("hits").path("hits")) {
      JsonNode s = h.path("_source");
      if (s.path("memory").asText().equals(memoryName)) known.put(s.path("file").asText(), s.path("hash").asText());
    }
    return known;
  }

  @Override
  public ImportReport importFile(InputStream in, String name, String memoryName, String hash) {
    ImportReport report = memory.importTmx(in, name, ImportOptions.DEFAULT.withMemory(memoryName));
    ObjectNode doc = OpenSearchRest.object().put("kind", "sync").put("memory", memoryName).put("file", name)
        .put("hash", hash);
    rest.ok("PUT", path(memoryName, name), Map.of("refresh", "true"), doc);
    return report;
  }

  @Override
  public void remove(String name, String memoryName) {
    Sweep.delete(rest, index, OpenSearchTranslationMemory.fileFilter(memoryName, "file", name), memoryName);
    rest.call("DELETE", path(memoryName, name), Map.of("refresh", "true"), null);
  }
}
