package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/** {@code GET /health}: {@code {"status":"ok","name":"Entente","version":"0.1.0","loaded":{"concepts":412}}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Health(String status, String name, String version, Map<String, Object> loaded) {
  public Health {
    loaded = loaded == null ? Map.of() : Map.copyOf(Maps.withoutNulls(loaded));
  }

  public boolean ok() {
    return "ok".equals(status);
  }
}
