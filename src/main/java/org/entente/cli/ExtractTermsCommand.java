package org.entente.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.entente.Services;
import org.entente.api.Json;
import org.entente.api.TermExtractionViews;
import org.entente.extract.CandidateEntries;
import org.entente.extract.Extraction;
import org.entente.extract.ExtractionOptions;
import org.entente.extract.MemoryUnits;
import org.entente.extract.TermCandidate;
import org.entente.extract.TermExtractor;
import org.entente.formats.TbxWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente extract-terms}: bilingual term candidates from the aligned units of the memory, best first. */
@Command(name = "extract-terms", mixinStandardHelpOptions = true,
    description = {"Propose French-English term pairs found in the memory's aligned units, best first.",
        "Each with its score, the units where both occur, the concept the termbase already has, and examples.",
        "Progress goes to standard error."})
final class ExtractTermsCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--max", paramLabel = "N", defaultValue = "100", description = "At most N candidates (default: ${DEFAULT-VALUE}).")
  int max;

  @Option(names = "--min-frequency", paramLabel = "N", defaultValue = "2",
      description = "Only pairs occurring together in at least N units (default: ${DEFAULT-VALUE}).")
  int minFrequency;

  @Option(names = "--memory", paramLabel = "NAME", description = "Only this memory (default: all).")
  String memory;

  @Option(names = "--tagged-units", paramLabel = "N", defaultValue = "" + ExtractionOptions.DEFAULT_TAGGED_UNITS,
      description = "Tag the first N units to find candidates; later units only count them (default: ${DEFAULT-VALUE}).")
  int taggedUnits;

  @Option(names = "--json", description = "Print a JSON array, best first.")
  boolean json;

  @Option(names = "--tbx", paramLabel = "FILE", description = "Also write the candidates to FILE as TBX-Basic concepts with status proposed.")
  Path tbx;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (max < 1 || max > 100_000) throw new org.entente.text.BadInputException("--max must be 1 to 100000", "--max", "");
    if (minFrequency < 1) throw new org.entente.text.BadInputException("--min-frequency must be at least 1", "--min-frequency", "");
    if (taggedUnits < 1) throw new org.entente.text.BadInputException("--tagged-units must be at least 1", "--tagged-units", "");
    var err = spec.commandLine().getErr();
    Extraction x;
    try (Services services = Services.open(data.path(), "entente extract-terms")) {
      ExtractionOptions options = ExtractionOptions.DEFAULT.withMax(max).withMinFrequency(minFrequency)
          .withSpeed(Runtime.getRuntime().availableProcessors(), taggedUnits, ExtractionOptions.DEFAULT_TEXT_CACHE);
      x = new TermExtractor(services.terms()).extract(MemoryUnits.of(services.memory(), memory), options,
          org.entente.extract.RejectedPairs.in(services.data().root()), line -> {
        err.println(line);
        err.flush();
      });
    }
    var out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
          x.candidates().stream().map(TermExtractionViews::candidate).toList()));
    } else {
      int rank = 0;
      for (TermCandidate c : x.candidates()) {
        out.println(++rank + ". " + c.fr() + " = " + c.en() + "  (score " + c.score() + ", " + c.frequency() + " units"
            + (c.conceptId() == null ? ", new" : ", concept " + c.conceptId() + (c.matchesPreferred() ? ", preferred terms" : ""))
            + ")");
      }
      if (x.candidates().isEmpty()) out.println("(no candidate: the memory has too few units, or none that repeat)");
    }
    out.flush();
    err.println(String.format(java.util.Locale.ROOT, "%d units, %d candidates, %.1f s (tagging %.0f tokens/s)",
        x.units(), x.candidates().size(), x.seconds(), x.tokensPerSecond()));
    if (tbx != null) {
      try (OutputStream o = Files.newOutputStream(tbx)) {
        TbxWriter.write(CandidateEntries.of(x.candidates(), Instant.now()), "Entente term extraction: proposed terms", o);
      }
      err.println("wrote " + x.candidates().size() + " proposed concepts to " + tbx);
    }
    return 0;
  }
}
