package org.entente.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body: {@code {"type":"about:blank","title":"Bad Request","status":400,
 * "detail":"unsupported language code 'de'","where":"lang","hint":"use fr or en ..."}}.
 * {@code where} and {@code hint} are extension members.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String where, String hint) {
  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null, null, null);
  }
}
