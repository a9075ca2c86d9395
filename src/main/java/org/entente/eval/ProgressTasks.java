package org.entente.eval;

import org.entente.text.Progress;

/**
 * Where a benchmark shows the progress of its long tasks, one at a time: {@code try (var p =
 * tasks.start("importing 12 TMX files", 12, "files")) { ... p.at(3, 12); }}. The command line gives a bar on a
 * terminal, plain lines in a log, nothing with {@code --quiet}.
 */
@FunctionalInterface
public interface ProgressTasks {
  /** Nobody is watching. */
  ProgressTasks NONE = (task, total, unit) -> new Task() {
    @Override
    public void at(long done, long all) {}

    @Override
    public void close() {}
  };

  /**
   * Starts showing one task.
   *
   * @param total units to do, negative when not known
   * @param unit what is counted: {@code "units"}, {@code "documents"}, or {@code "bytes"}
   */
  Task start(String task, long total, String unit);

  /** One task being shown, closed when it is done. */
  interface Task extends Progress, AutoCloseable {
    @Override
    void close();
  }
}
