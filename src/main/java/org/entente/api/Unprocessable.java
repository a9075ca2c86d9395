package org.entente.api;

import org.entente.text.BadInputException;

/** A parameter outside what the service allows ({@code max} above the results limit); answered with 422. */
final class Unprocessable extends BadInputException {
  private static final long serialVersionUID = 1L;

  Unprocessable(String message, String where, String hint) {
    super(message, where, hint);
  }
}
