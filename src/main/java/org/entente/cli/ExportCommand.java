package org.entente.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.Services;
import org.entente.terminology.TermExport;
import org.entente.text.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente export --terms -o OUT}: writes the termbase as TBX-Basic v3 (DCA) or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the termbase (--terms) as TBX-Basic v3 (DCA style) or CSV (one term per row).")
final class ExportCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--terms", description = "Export the termbase.")
  boolean terms;

  @Option(names = "--format", defaultValue = "tbx", description = "tbx or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The file to write.")
  Path output;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!terms) throw new BadInputException("nothing to export", "--terms", "say what to export: --terms");
    if (!List.of("tbx", "csv").contains(format)) {
      throw new BadInputException("unknown format '" + format + "'", "--format", "use tbx or csv");
    }
    int n;
    try (Services services = Services.open(data.path(), "entente export")) {
      Path tmp = output.toAbsolutePath().resolveSibling(output.getFileName() + ".part");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        n = format.equals("csv") ? TermExport.csv(services.terms(), out) : TermExport.tbx(services.terms(), out);
      }
      Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    spec.commandLine().getOut().println(n + " concepts written to " + output + " (" + format + ")");
    return 0;
  }
}
