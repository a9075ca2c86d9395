package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An RFC 9457 problem details body as the server sends it: {@code {"type":"about:blank","title":"Bad Request",
 * "status":400,"detail":"unsupported language code 'de'","where":"lang","hint":"use fr or en"}}. {@code where}
 * names the field, parameter or file position at fault and {@code hint} says how to fix it; both may be empty.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, int status, String detail, String instance, String where, String hint) {
  public Problem {
    type = type == null || type.isEmpty() ? "about:blank" : type;
    title = title == null ? "" : title;
    detail = detail == null ? "" : detail;
    instance = instance == null ? "" : instance;
    where = where == null ? "" : where;
    hint = hint == null ? "" : hint;
  }

  /** One line for a log or a dialog: {@code 400 Bad Request: unsupported language code 'de' [lang] (use fr or en)}. */
  public String describe() {
    StringBuilder b = new StringBuilder().append(status).append(' ').append(title);
    if (!detail.isEmpty()) b.append(": ").append(detail);
    if (!where.isEmpty()) b.append(" [").append(where).append(']');
    if (!hint.isEmpty()) b.append(" (").append(hint).append(')');
    return b.toString();
  }
}
