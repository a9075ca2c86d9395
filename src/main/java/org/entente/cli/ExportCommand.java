package org.entente.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.Services;
import org.entente.terminology.TermExport;
import org.entente.text.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code entente export -o OUT.tmx}: writes a memory as TMX 1.4b; {@code entente export --terms -o OUT.tbx}: writes
 * the termbase as TBX-Basic v3 (DCA) or CSV.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export the translation memory (one named memory, or all) as TMX 1.4b,",
        "or with --terms the termbase as TBX-Basic v3 (DCA style) or CSV (one term per row)."})
final class ExportCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--memory", paramLabel = "NAME", description = "Named memory to export (default: all).")
  String memory;

  @Option(names = "--terms", description = "Export the termbase instead of the memory.")
  boolean terms;

  @Option(names = "--format", paramLabel = "tbx|csv", defaultValue = "tbx",
      description = "With --terms: tbx or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "File to write.")
  Path output;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (terms && !List.of("tbx", "csv").contains(format)) {
      throw new BadInputException("unknown format '" + format + "'", "--format", "use tbx or csv");
    }
    Path abs = output.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null) Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, abs.getFileName().toString(), ".part");
    long n;
    try (Services services = RunningService.openForWriting(data.path(), "the entente export command",
        terms ? null : url -> "curl -o " + output + " '" + url + "/api/v1/tm/export"
            + (memory == null ? "" : "?memory=" + memory) + "'");
        OutputStream out = Files.newOutputStream(tmp)) {
      if (!terms) n = services.memory().exportTmx(out, memory);
      else n = format.equals("csv") ? TermExport.csv(services.terms(), out) : TermExport.tbx(services.terms(), out);
    } catch (RuntimeException | IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    spec.commandLine().getOut().println(n + (terms ? " concepts" : " units") + " written to " + output
        + (terms ? " (" + format + ")" : ""));
    return 0;
  }
}
