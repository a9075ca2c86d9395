package org.entente.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.Services;
import org.entente.api.Json;
import org.entente.api.TermExtractionViews;
import org.entente.extract.ConceptRendering;
import org.entente.extract.MemoryUnits;
import org.entente.extract.Rendering;
import org.entente.extract.TermRenderingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente term-report}: how the memory's English rendered each concept found in its French. */
@Command(name = "term-report", mixinStandardHelpOptions = true,
    description = {"For each termbase concept in the French side of the memory: how the aligned English rendered it,",
        "with counts (preferred, admitted, deprecated, superseded, unknown to the termbase) and the units to fix.",
        "Concepts with the most off-glossary renderings first. Progress goes to standard error."})
final class TermReportCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--memory", paramLabel = "NAME", description = "Only this memory (default: all).")
  String memory;

  @Option(names = "--max", paramLabel = "N", defaultValue = "1000", description = "At most N concepts (default: ${DEFAULT-VALUE}).")
  int max;

  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (max < 1) throw new org.entente.text.BadInputException("--max must be at least 1", "--max", "");
    var err = spec.commandLine().getErr();
    List<ConceptRendering> report;
    try (Services services = Services.open(data.path(), "entente term-report")) {
      report = new TermRenderingReport(services.terms()).run(MemoryUnits.of(services.memory(), memory), line -> {
        err.println(line);
        err.flush();
      });
    }
    report = report.subList(0, Math.min(max, report.size()));
    var out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
          report.stream().map(TermExtractionViews::rendering).toList()));
    } else {
      for (ConceptRendering c : report) {
        out.println(c.conceptId() + "  " + c.french() + " → " + c.english() + "  (" + c.units() + " units, "
            + c.offGlossary() + " off-glossary)");
        for (Rendering r : c.renderings()) {
          String label = r.text() == null ? "(no rendering found)" : "\"" + r.text() + "\"";
          out.println("    " + r.units() + "  " + label + "  " + (r.status() == null ? (r.text() == null ? "" : "unknown") : r.status())
              + (r.offGlossary() && !r.unitIds().isEmpty() ? "  units " + String.join(", ", r.unitIds()) : ""));
        }
      }
      if (report.isEmpty()) out.println("(no termbase concept found in the French side of the memory)");
    }
    out.flush();
    return 0;
  }
}
