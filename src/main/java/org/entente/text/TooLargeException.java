package org.entente.text;

/** Input over a configured limit (body size, segment length, batch size); the API answers 413. */
public final class TooLargeException extends BadInputException {
  private static final long serialVersionUID = 1L;

  public TooLargeException(String message, String where, String hint) {
    super(message, where, hint);
  }
}
