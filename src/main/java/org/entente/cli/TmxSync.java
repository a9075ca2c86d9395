package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.Services;
import org.entente.memory.ImportReport;
import org.entente.memory.LuceneTranslationMemory;

/**
 * Loads the {@code tmx/} folder into the default memory at start: changed files re-imported, others skipped, one
 * line per file; a file that fails is reported and the rest load, and the service starts even when the whole sync
 * fails (the memory stays as it was; {@code GET /health} lists the problems).
 */
final class TmxSync {
  private TmxSync() {}

  static void run(Services services, Path folder, PrintWriter err) {
    if (folder == null || !Files.isDirectory(folder)) return;
    try {
      for (ImportReport r : services.memory().synchronize(folder, LuceneTranslationMemory.DEFAULT_MEMORY)) {
        err.println("entente serve: " + (r.error().isEmpty() ? "" : "WARNING ") + r.summary());
      }
    } catch (RuntimeException e) {
      err.println("entente serve: WARNING the sync of " + folder + " failed (" + e.getMessage()
          + "); the service starts with the memory as it was");
    }
    err.flush();
  }
}
