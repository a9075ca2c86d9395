package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code entente reindex}: rebuilds the indexes from their stored units, e.g. after an analyzer change. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the indexes from the stored data (after an upgrade that changes analysis), atomically.")
final class ReindexCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Mixin ProgressOption progress;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Services services = RunningService.openForWriting(data.path(), "the entente reindex command", null)) {
      long n;
      try (TaskProgress shown = progress.start("reindexing", services.memory().size(),
          "units")) {
        n = services.memory().reindex(shown);
      }
      spec.commandLine().getOut().println("translation memory: " + n + " units reindexed");
    }
    return 0;
  }
}
