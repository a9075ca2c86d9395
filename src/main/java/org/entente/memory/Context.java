package org.entente.memory;

/** The source segments before and after a unit in its document, for in-context exact matches (101). */
public record Context(String previous, String next) {
  public static final Context NONE = new Context("", "");

  public Context {
    previous = previous == null ? "" : previous;
    next = next == null ? "" : next;
  }

  public boolean isEmpty() {
    return previous.isEmpty() && next.isEmpty();
  }
}
