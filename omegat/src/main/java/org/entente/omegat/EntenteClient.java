package org.entente.omegat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three calls the plugin makes to an Entente service, over {@link HttpURLConnection} with short timeouts (a
 * translator is waiting): {@code POST /api/v1/suggest} for the Machine Translation pane, {@code POST
 * /api/v1/terms/recognize} and {@code GET /api/v1/concepts/{id}} for the Glossary pane. For example
 * {@code suggest("Le secrétaire général a parlé.", "fr-FR")} gives the proposal "The Secretary General spoke." (100).
 */
final class EntenteClient {
  static final int CONNECT_TIMEOUT_MS = 1_000;
  static final int READ_TIMEOUT_MS = 3_000;
  private static final int MAX_ERROR_DETAIL = 300;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String base;
  private final String apiKey;
  private final int connectTimeout;
  private final int readTimeout;

  EntenteClient(String baseUrl, String apiKey) {
    this(baseUrl, apiKey, CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
  }

  EntenteClient(String baseUrl, String apiKey, int connectTimeoutMs, int readTimeoutMs) {
    this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.apiKey = apiKey == null ? "" : apiKey;
    this.connectTimeout = connectTimeoutMs;
    this.readTimeout = readTimeoutMs;
  }

  String baseUrl() {
    return base;
  }

  /** The memory's proposal for a segment in language {@code lang}; null when the memory has none. */
  Proposal suggest(String text, String lang) throws EntenteException {
    ObjectNode body = MAPPER.createObjectNode().put("text", text).put("lang", lang);
    JsonNode p = call("POST", "/api/v1/suggest", body).path("proposal");
    if (!p.isObject() || !p.path("text").isTextual()) return null;
    return new Proposal(p.path("text").asText(), p.path("score").asInt(), p.path("repaired").asBoolean(),
        p.path("note").asText(""), p.path("origin").asText(""));
  }

  /** Every term occurrence the termbase recognises in a text in language {@code lang}, nested ones too. */
  List<TermHit> recognize(String text, String lang) throws EntenteException {
    ObjectNode body = MAPPER.createObjectNode().put("text", text).put("lang", lang);
    JsonNode hits = call("POST", "/api/v1/terms/recognize", body).path("hits");
    if (!hits.isArray()) throw malformed("/api/v1/terms/recognize", "no 'hits' array");
    List<TermHit> out = new ArrayList<>();
    for (JsonNode h : hits) {
      List<Equivalent> eqs = new ArrayList<>();
      for (JsonNode e : h.path("equivalents")) {
        eqs.add(new Equivalent(e.path("text").asText(""), e.path("language").asText(""), e.path("status").asText(""),
            e.path("usageNote").asText("")));
      }
      out.add(new TermHit(h.path("text").asText(""), h.path("conceptId").asText(""), h.path("status").asText(""),
          eqs));
    }
    return out;
  }

  /** A concept's definitions by language code ({@code fr}, {@code en}); empty when it has none. */
  Map<String, String> definitions(String conceptId) throws EntenteException {
    String path;
    try {
      path = "/api/v1/concepts/" + URLEncoder.encode(conceptId, "UTF-8").replace("+", "%20");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode defs = call("GET", path, null).path("definitions");
    for (java.util.Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isTextual()) out.put(e.getKey(), e.getValue().asText());
    }
    return Collections.unmodifiableMap(out);
  }

  private JsonNode call(String method, String path, JsonNode body) throws EntenteException {
    HttpURLConnection c = null;
    try {
      c = (HttpURLConnection) new URL(base + path).openConnection();
      c.setConnectTimeout(connectTimeout);
      c.setReadTimeout(readTimeout);
      c.setRequestMethod(method);
      c.setRequestProperty("Accept", "application/json");
      c.setRequestProperty("User-Agent", "Entente-OmegaT-plugin");
      if (!apiKey.isEmpty()) c.setRequestProperty("X-API-Key", apiKey);
      if (body != null) {
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json; charset=UTF-8");
        c.setFixedLengthStreamingMode(bytes.length);
        try (OutputStream out = c.getOutputStream()) {
          out.write(bytes);
        }
      }
      int status = c.getResponseCode();
      if (status != 200) {
        throw new EntenteException("Entente at " + base + " answered HTTP " + status + " to " + path
            + detail(c.getErrorStream()));
      }
      byte[] reply;
      try (InputStream in = c.getInputStream()) {
        reply = readAll(in);
      }
      try {
        return MAPPER.readTree(reply);
      } catch (JsonProcessingException e) {
        throw malformed(path, "not JSON (" + e.getOriginalMessage() + ")");
      }
    } catch (SocketTimeoutException e) {
      throw new EntenteException("Entente at " + base + " did not answer " + path + " within "
          + (e.getMessage() != null && e.getMessage().contains("connect") ? connectTimeout : readTimeout) + " ms", e);
    } catch (IOException e) {
      throw new EntenteException("Entente at " + base + " is not answering (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + "); start it with './entente serve' or check the URL in the Entente settings", e);
    } finally {
      if (c != null) c.disconnect();
    }
  }

  private EntenteException malformed(String path, String what) {
    return new EntenteException("Entente at " + base + " sent a reply to " + path + " that the plugin cannot read: "
        + what + "; is this URL an Entente service?");
  }

  /** The problem's {@code detail} (RFC 9457), else the start of the body; empty when there is none. */
  private static String detail(InputStream err) {
    if (err == null) return "";
    try (InputStream in = err) {
      byte[] bytes = readAll(in);
      String text = new String(bytes, StandardCharsets.UTF_8);
      try {
        JsonNode d = MAPPER.readTree(bytes).path("detail");
        if (d.isTextual()) text = d.asText();
      } catch (IOException notJson) {
        // keep the raw text
      }
      text = text.trim();
      if (text.length() > MAX_ERROR_DETAIL) text = text.substring(0, MAX_ERROR_DETAIL) + "…";
      return text.isEmpty() ? "" : ": " + text;
    } catch (IOException e) {
      return "";
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    for (int n; (n = in.read(buf)) > 0; ) out.write(buf, 0, n);
    return out.toByteArray();
  }

  /** The memory's proposal: its text, score (0–101), whether terms were repaired, and the repair note. */
  static final class Proposal {
    final String text;
    final int score;
    final boolean repaired;
    final String note;
    final String origin;

    Proposal(String text, int score, boolean repaired, String note, String origin) {
      this.text = text;
      this.score = score;
      this.repaired = repaired;
      this.note = note;
      this.origin = origin;
    }
  }

  /** One term occurrence: the text as it appears, its concept, its status, the other language's terms. */
  static final class TermHit {
    final String text;
    final String conceptId;
    final String status;
    final List<Equivalent> equivalents;

    TermHit(String text, String conceptId, String status, List<Equivalent> equivalents) {
      this.text = text;
      this.conceptId = conceptId;
      this.status = status;
      this.equivalents = Collections.unmodifiableList(new ArrayList<>(equivalents));
    }
  }

  /** A term of the concept in another language, with its status ({@code preferred} … {@code superseded}). */
  static final class Equivalent {
    final String text;
    final String language;
    final String status;
    final String usageNote;

    Equivalent(String text, String language, String status, String usageNote) {
      this.text = text;
      this.language = language;
      this.status = status;
      this.usageNote = usageNote;
    }
  }
}
