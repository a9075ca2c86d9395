package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.Services;
import org.entente.opensearch.OpenSearchTranslationMemory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code entente reindex}: rebuilds the indexes from their stored units, e.g. after an analyzer change. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = {"Rebuild the indexes from the stored data (after an upgrade that changes analysis), atomically.",
        "With --opensearch: rebuild the memory's documents on that cluster, unit by unit, while the instances serve."})
final class ReindexCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Mixin OpenSearchOptions openSearch;

  @Mixin ProgressOption progress;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (openSearch.given()) {
      long n;
      try (OpenSearchTranslationMemory tm = OpenSearchTranslationMemory.open(openSearch.settings());
          TaskProgress shown = progress.start("reindexing", tm.size(), "units")) {
        n = tm.reindex(shown);
      }
      spec.commandLine().getOut().println("translation memory on " + openSearch.settings() + ": " + n
          + " units reindexed");
      return 0;
    }
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
