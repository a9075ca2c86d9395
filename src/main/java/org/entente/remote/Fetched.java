package org.entente.remote;

/** What fetching one address gave: an HTML page (perhaps unchanged since the last run), or a reason to skip it. */
sealed interface Fetched {
  String url();

  /**
   * An HTML page: the address asked for, the one it was finally served from (after same-site redirects), the raw
   * bytes, the charset the server declared (empty: let the page's BOM or meta say), its {@code Last-Modified}
   * header (empty if none), and whether it is the same as at the last run (a 304, or identical bytes).
   */
  record Page(String url, String finalUrl, byte[] body, String charset, String lastModified, boolean unchanged)
      implements Fetched {}

  /** Not fetched, and why: {@code "disallowed by robots.txt"}, {@code "not HTML (application/pdf)"}, {@code "HTTP 404"}. */
  record Skipped(String url, String reason) implements Fetched {}
}
