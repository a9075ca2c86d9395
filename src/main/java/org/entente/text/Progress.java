package org.entente.text;

/**
 * How far a long piece of work has got, told by the work itself: reindexing a million units calls
 * {@code progress.at(250_000, 1_000_000)} now and then, and the command line shows a bar or a line. Calls are
 * cheap for the caller to make; an implementation decides how often to show them.
 */
@FunctionalInterface
public interface Progress {
  /** Nobody is watching. */
  Progress NONE = (done, total) -> { };

  /**
   * {@code done} units of {@code total} are done; {@code total} is negative when not known yet. May be called from
   * any thread.
   */
  void at(long done, long total);
}
