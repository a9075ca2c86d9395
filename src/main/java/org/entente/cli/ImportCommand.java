package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.Services;
import org.entente.api.Json;
import org.entente.text.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente import FILE...}: imports files into the data folder, by file type (termbase: .tbx, .csv, .tsv). */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import files by type: termbases (.tbx TBX v2/v3, .csv/.tsv/.tab glossaries).",
        "Each file is imported atomically and replaces what the same file name imported before."})
final class ImportCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--columns", split = ",", paramLabel = "ROLE",
      description = "Column roles of a CSV/TSV glossary, e.g. fr,en,note or en,fr,en.status (default: from the header row).")
  List<String> columns;

  @Option(names = "--json", description = "Print a JSON report.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
  List<Path> files;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    for (Path f : files) {
      if (!Files.isRegularFile(f)) throw new BadInputException("no such file", f.toString(), "check the path");
      if (!TermFileImporter.handles(f)) {
        throw new BadInputException("unknown file type", f.toString(), "import .tbx, .csv, .tsv or .tab files");
      }
    }
    List<Map<String, Object>> reports = new ArrayList<>();
    var out = spec.commandLine().getOut();
    try (Services services = Services.open(data.path(), "entente import")) {
      for (Path f : files) reports.add(TermFileImporter.run(services, f, columns, json, out));
    }
    if (json) out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(reports));
    out.flush();
    return 0;
  }
}
