package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.Services;
import org.entente.memory.ImportReport;
import org.entente.memory.LuceneTranslationMemory;

/** Loads the {@code tmx/} folder into the default memory at start: changed files re-imported, others skipped. */
final class TmxSync {
  private TmxSync() {}

  static void run(Services services, Path folder, PrintWriter err) {
    if (folder == null || !Files.isDirectory(folder)) return;
    for (ImportReport r : services.memory().synchronize(folder, LuceneTranslationMemory.DEFAULT_MEMORY)) {
      err.println("entente serve: " + r.summary());
    }
    err.flush();
  }
}
