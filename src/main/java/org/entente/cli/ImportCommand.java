package org.entente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.Services;
import org.entente.api.Json;
import org.entente.api.MemoryJson;
import org.entente.formats.TermFiles;
import org.entente.memory.ImportOptions;
import org.entente.memory.LuceneTranslationMemory;
import org.entente.text.BadInputException;
import org.entente.text.ProgressInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente import FILE...}: imports files by their extension, each atomically ({@code .tmx} into the
 * translation memory). Another kind of file is added with one line in {@link #IMPORTERS}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import files into the data folder, each atomically (all of it or nothing).",
        ".tmx: translation units into the memory (TMX 1.1-1.4b; French/English pairs are kept).",
        ".tbx (TBX v2/v3), .csv, .tsv, .tab, .txt (glossaries): concepts into the termbase; a file replaces what the "
            + "same file name imported before."})
final class ImportCommand implements Callable<Integer> {
  /** What an importer returns: a one-line summary and the JSON report. */
  record Outcome(String summary, Object json) {}

  /** Imports one file of its kind. */
  interface FileImporter {
    Outcome importFile(Services services, Path file, ImportCommand options) throws IOException;
  }

  /** The importers by lower-case extension. */
  static final Map<String, FileImporter> IMPORTERS = new LinkedHashMap<>();

  static {
    IMPORTERS.put("tmx", ImportCommand::importTmx);
    for (String ext : List.of("tbx", "csv", "tsv", "tab", "txt")) IMPORTERS.put(ext, TermFileImporter::importFile);
  }

  @Mixin DataOption data;

  @Mixin ProgressOption progress;

  @Option(names = "--memory", paramLabel = "NAME", defaultValue = LuceneTranslationMemory.DEFAULT_MEMORY,
      description = "Named translation memory to import into (default: ${DEFAULT-VALUE}).")
  String memory;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + ImportOptions.DEFAULT_MAX_BYTES,
      description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--dry-run", description = "Read and check the files, report what would be imported, change nothing.")
  boolean dryRun;

  @Option(names = "--columns", split = ",", paramLabel = "ROLE",
      description = "Column roles of a CSV/TSV glossary, e.g. fr,en,note or en,fr,en.status (default: from the header row).")
  List<String> columns;

  @Option(names = "--json", description = "Print the reports as JSON.")
  boolean json;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import (.tmx, .tbx, .csv, .tsv, .tab, .txt).")
  List<Path> files;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  static String extension(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The importer of a file: by its root element when it is XML (an IATE export named .xml is TBX), else by extension. */
  static FileImporter importerOf(Path file) throws IOException {
    return switch (TermFiles.kind(file)) {
      case TMX -> IMPORTERS.get("tmx");
      case TBX -> IMPORTERS.get("tbx");
      default -> IMPORTERS.get(extension(file));
    };
  }

  @Override
  public Integer call() throws IOException {
    Map<Path, FileImporter> importers = new LinkedHashMap<>();
    for (Path f : files) {
      FileImporter importer = Files.isRegularFile(f) ? importerOf(f) : IMPORTERS.get(extension(f));
      if (importer == null) {
        throw new BadInputException("cannot import a ." + extension(f) + " file", f.toString(),
            "supported: " + String.join(", ", IMPORTERS.keySet().stream().map(e -> "." + e).toList())
                + ", and XML files whose root element is <tmx>, <tbx> or <martif>");
      }
      if (!Files.isRegularFile(f)) throw new BadInputException("no such file", f.toString(), "check the path");
      importers.put(f, importer);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Object> reports = new ArrayList<>();
    int failed = 0;
    try (Services services = RunningService.openForWriting(data.path(), "the entente import command", this::instead)) {
      for (Path f : files) {
        try {
          Outcome o = importers.get(f).importFile(services, f, this);
          reports.add(o.json());
          if (!json) out.println(o.summary());
        } catch (BadInputException e) {
          failed++;
          reports.add(Map.of("file", f.toString(), "error", e.getMessage(), "where", e.where(), "hint", e.hint()));
          err.println("entente import: " + e.describe() + "; nothing from this file was imported");
        }
      }
    }
    if (json) out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(reports));
    out.flush();
    return failed == 0 ? 0 : 2;
  }

  /** What to send a running service instead: the TMX import endpoint, when every file is a TMX file. */
  private String instead(String url) {
    if (!files.stream().allMatch(f -> extension(f).equals("tmx"))) {
      return "the service's glossaries/ folder (synchronised at its start) for glossaries, or PUT " + url
          + "/api/v1/concepts/{id} for single concepts";
    }
    Path f = files.get(0);
    return "curl -X POST -H \"X-API-Key: $ENTENTE_API_KEY\" -H 'Content-Type: application/x-tmx+xml' --data-binary @"
        + f + " '" + url + "/api/v1/tm/import?name=" + f.getFileName() + "&memory=" + memory + "'"
        + (files.size() > 1 ? " (once per file)" : "");
  }

  private static Outcome importTmx(Services services, Path file, ImportCommand o) throws IOException {
    ImportOptions options = ImportOptions.DEFAULT.withMemory(o.memory).withMaxBytes(o.maxBytes);
    String name = file.getFileName().toString();
    try (TaskProgress shown = o.progress.start((o.dryRun ? "reading " : "importing ") + name, Files.size(file), "bytes");
        InputStream in = new ProgressInputStream(Files.newInputStream(file), Files.size(file), shown)) {
      var report = o.dryRun ? LuceneTranslationMemory.check(in, name, options)
          : services.memory().importTmx(in, name, options);
      return new Outcome((o.dryRun ? "(dry run) " : "") + report.summary(), MemoryJson.report(report));
    } catch (UncheckedIOException e) {
      throw e;
    }
  }
}
