package org.entente.client;

/**
 * Why a call to the Entente service failed: the server said no ({@link ProblemException}), it could not be reached
 * in time ({@link ConnectionFailedException}), or it answered something the client cannot read
 * ({@link UnexpectedResponseException}). Unchecked, so that a plugin catches it where it can tell the user.
 */
public abstract sealed class EntenteException extends RuntimeException
    permits ProblemException, ConnectionFailedException, UnexpectedResponseException {
  private static final long serialVersionUID = 1L;
  private final int attempts;

  EntenteException(String message, int attempts, Throwable cause) {
    super(message, cause);
    this.attempts = attempts;
  }

  /** How many times the request was sent before the client gave up. */
  public int attempts() {
    return attempts;
  }
}
