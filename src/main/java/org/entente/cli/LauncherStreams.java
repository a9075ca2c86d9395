package org.entente.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard error as the launcher hands it over. The {@code ./entente} launcher sends the JVM's own standard error
 * through a filter that drops the JDK's "Using incubator modules" notice, and passes the real standard error as
 * another descriptor named by {@code -Dentente.stderr=/dev/fd/3}: everything Entente prints goes there directly,
 * so none of it waits on the filter or arrives after the command has ended. {@code -Dentente.stderr.tty} says
 * whether it is a terminal (for progress bars).
 */
final class LauncherStreams {
  private LauncherStreams() {}

  /** Points {@link System#err} at the launcher's standard error, when the launcher gave one. */
  static void adopt() {
    String path = System.getProperty("entente.stderr");
    if (path == null || path.isBlank()) return;
    try {
      // append: when standard error is a file (2>log), write at its end rather than over it
      System.setErr(new PrintStream(new FileOutputStream(path, true), true, StandardCharsets.UTF_8));
    } catch (IOException | SecurityException e) {
      // keep the JVM's standard error: the filter passes everything but the notice
    }
  }

  /**
   * Whether standard error is a terminal: as the launcher found it, else as the JVM guesses (a console on both
   * ends, which an IDE or a pipe does not have).
   */
  static boolean stderrIsTerminal() {
    String said = System.getProperty("entente.stderr.tty");
    if (said != null) return Boolean.parseBoolean(said);
    java.io.Console console = System.console();
    if (console == null) return false;
    try {
      // Console.isTerminal() (JDK 22+): since JDK 22 a console exists even when the streams are redirected
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
