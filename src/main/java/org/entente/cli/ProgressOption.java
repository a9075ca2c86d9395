package org.entente.cli;

import org.entente.eval.ProgressTasks;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --quiet} option of the commands that run long, and where they get their {@link TaskProgress}: a bar when
 * standard error is a terminal, a line every {@value #INTERVAL_MILLIS} ms otherwise, nothing with {@code --quiet}.
 * {@code @Mixin ProgressOption progress;} then {@code try (TaskProgress p = progress.start("aligning", docs,
 * "documents")) {...}}.
 */
public final class ProgressOption implements ProgressTasks {
  static final long INTERVAL_MILLIS = 5_000;

  @Option(names = {"-q", "--quiet"}, description = "Show no progress.")
  boolean quiet;

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  /**
   * Starts showing one task.
   *
   * @param total units to do, negative when not known
   * @param unit what is counted: {@code "units"}, {@code "documents"}, or {@code "bytes"} (shown in MB)
   */
  @Override
  public TaskProgress start(String task, long total, String unit) {
    TaskProgress.Display display = quiet ? TaskProgress.Display.NONE
        : LauncherStreams.stderrIsTerminal() ? TaskProgress.Display.BAR : TaskProgress.Display.LINES;
    return new TaskProgress(display, command.name(), task, total, unit, command.commandLine().getErr(),
        INTERVAL_MILLIS, System::nanoTime);
  }
}
