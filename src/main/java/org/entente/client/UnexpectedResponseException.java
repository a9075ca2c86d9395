package org.entente.client;

/**
 * The server answered, but not with what this client can read: a success that is not JSON (a proxy's HTML page),
 * or JSON that does not fit the response record. Usually a wrong base URL or a client and server too far apart in
 * version. Carries the status, the content type and the start of the body.
 */
public final class UnexpectedResponseException extends EntenteException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String contentType;
  private final String bodyStart;

  UnexpectedResponseException(String message, int status, String contentType, String bodyStart, int attempts,
      Throwable cause) {
    super(message, attempts, cause);
    this.status = status;
    this.contentType = contentType == null ? "" : contentType;
    this.bodyStart = bodyStart == null ? "" : bodyStart;
  }

  public int status() {
    return status;
  }

  public String contentType() {
    return contentType;
  }

  /** The first 200 characters of the body, for a log. */
  public String bodyStart() {
    return bodyStart;
  }
}
