package org.entente.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.entente.eval.ProgressTasks;
import org.entente.text.Progress;

/**
 * The progress of one long task of a command, fed by the work through {@link Progress}: a bar on a terminal, a plain
 * line on standard error every few seconds when it is a pipe or a log ({@code entente import: nato.tmx: 45% (12.3 of
 * 27.1 MB), 8 s}), nothing with {@code --quiet}. Commands get one from {@link ProgressOption#start}:
 *
 * <pre>{@code
 * try (TaskProgress p = progress.start("reindexing", units, "units")) {
 *   memory.reindex(p);
 * }
 * }</pre>
 */
final class TaskProgress implements ProgressTasks.Task {
  /** How the progress is shown. */
  enum Display { BAR, LINES, NONE }

  private final Display display;
  private final String prefix;
  private final String task;
  private final String unit;
  private final PrintWriter err;
  private final long intervalNanos;
  private final LongSupplier clock;
  private final long started;
  private ProgressBar bar;
  private long lastLine;
  private long done;
  private long total;
  private boolean closed;

  TaskProgress(Display display, String command, String task, long total, String unit, PrintWriter err,
      long intervalMillis, LongSupplier clock) {
    this.display = display;
    this.prefix = "entente " + command + ": ";
    this.task = task;
    this.total = total;
    this.unit = unit;
    this.err = err;
    this.intervalNanos = intervalMillis * 1_000_000L;
    this.clock = clock;
    this.started = clock.getAsLong();
    this.lastLine = started;
    if (display == Display.BAR) {
      ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(total < 0 ? -1 : total)
          .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(250)
          .setConsumer(new ConsoleProgressBarConsumer(System.err)).setMaxRenderedLength(100);
      if (unit.equals("bytes")) b.setUnit(" MB", 1024 * 1024);
      else b.setUnit(" " + unit, 1);
      bar = b.build();
    }
  }

  @Override
  public synchronized void at(long doneNow, long totalNow) {
    if (closed) return;
    done = doneNow;
    total = totalNow;
    switch (display) {
      case BAR -> {
        if (totalNow >= 0 && totalNow != bar.getMax()) bar.maxHint(totalNow);
        bar.stepTo(doneNow);
      }
      case LINES -> {
        long now = clock.getAsLong();
        if (now - lastLine >= intervalNanos) {
          lastLine = now;
          err.println(prefix + task + ": " + amount(done, total) + ", " + seconds(now - started));
          err.flush();
        }
      }
      case NONE -> { }
    }
  }

  /** A line of its own (a harvested page): printed as a line when not on a terminal, where the bar says enough. */
  synchronized void note(String line) {
    if (display == Display.LINES && !closed) {
      err.println(prefix + line);
      err.flush();
      lastLine = clock.getAsLong();
    }
  }

  /**
   * Ends the bar, or prints the last line, which says where the work got to whether it finished or failed:
   * "importing nato.tmx: 100% (27.1 of 27.1 MB) in 12 s".
   */
  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    switch (display) {
      case BAR -> bar.close();
      case LINES -> {
        err.println(prefix + task + ": " + amount(done, total) + " in " + seconds(clock.getAsLong() - started));
        err.flush();
      }
      case NONE -> { }
    }
  }

  private String amount(long d, long t) {
    if (t <= 0) return quantity(d);
    return String.format(Locale.ROOT, "%d%% (%s of %s)", Math.min(100, d * 100 / t), number(d), quantity(t));
  }

  private String quantity(long n) {
    return number(n) + " " + (unit.equals("bytes") ? "MB" : unit);
  }

  private String number(long n) {
    return unit.equals("bytes") ? String.format(Locale.ROOT, "%.1f", n / (1024.0 * 1024.0))
        : String.format(Locale.ROOT, "%,d", n);
  }

  private static String seconds(long nanos) {
    return nanos / 1_000_000_000L + " s";
  }
}
