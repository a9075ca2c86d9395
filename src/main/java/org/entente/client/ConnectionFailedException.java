package org.entente.client;

/**
 * The service could not be reached or did not answer in time, after every retry the policy allows:
 * {@code "POST http://127.0.0.1:8080/api/v1/suggest failed after 4 attempts: Connection refused"}.
 */
public final class ConnectionFailedException extends EntenteException {
  private static final long serialVersionUID = 1L;

  ConnectionFailedException(String message, int attempts, Throwable cause) {
    super(message, attempts, cause);
  }
}
