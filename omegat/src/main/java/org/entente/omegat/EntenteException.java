package org.entente.omegat;

/**
 * A call to the service that failed, with a message for the translator saying what happened and where, for example
 * "Entente at http://127.0.0.1:8080 did not answer within 3000 ms".
 */
final class EntenteException extends Exception {
  private static final long serialVersionUID = 1L;

  EntenteException(String message, Throwable cause) {
    super(message, cause);
  }

  EntenteException(String message) {
    super(message);
  }
}
