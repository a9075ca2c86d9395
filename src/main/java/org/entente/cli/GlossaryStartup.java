package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.entente.Services;
import org.entente.terminology.GlossarySync;

/** Synchronises {@code glossaries/} into the termbase when the service starts, one line per file. */
final class GlossaryStartup {
  private GlossaryStartup() {}

  static void sync(Path folder, Services services, PrintWriter err) {
    for (GlossarySync.Outcome o : GlossarySync.run(folder, services.terms())) {
      if (o.error() != null) {
        err.println("entente serve: " + o.origin() + " not synchronised (the earlier import is kept): " + o.error());
      } else if (o.report().unchanged()) {
        err.println("entente serve: " + o.origin() + " unchanged");
      } else if (o.report().format().equals("removed")) {
        err.println("entente serve: " + o.origin() + " is gone; its " + o.report().replaced() + " concepts were removed");
      } else {
        err.println("entente serve: " + o.origin() + ": " + o.report().concepts() + " concepts imported ("
            + o.report().format() + ")");
      }
    }
    err.flush();
  }
}
