package org.entente.text;

/**
 * Input the caller can fix: a malformed file, an unknown language code, an empty required field.
 * It says what is wrong, where ({@code where}: a file with line and column, or a parameter name),
 * and how to fix it. The API maps it to a 4xx answer in one place; the CLI prints it without a stack trace.
 */
public class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String where;
  private final String hint;

  public BadInputException(String message, String where, String hint) {
    super(message);
    this.where = where == null ? "" : where;
    this.hint = hint == null ? "" : hint;
  }

  public BadInputException(String message, String where, String hint, Throwable cause) {
    super(message, cause);
    this.where = where == null ? "" : where;
    this.hint = hint == null ? "" : hint;
  }

  /** A file with line and column ({@code nato.tbx:12:5}), or a parameter name ({@code lang}); may be empty. */
  public String where() {
    return where;
  }

  /** How to fix it; may be empty. */
  public String hint() {
    return hint;
  }

  /** One line for a terminal: what, where, how to fix. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    if (!where.isEmpty()) b.append(where).append(": ");
    b.append(getMessage());
    if (!hint.isEmpty()) b.append(" (").append(hint).append(')');
    return b.toString();
  }
}
