package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Services;
import org.entente.formats.CsvTermReader;
import org.entente.formats.TermFile;
import org.entente.terminology.TermImport;

/**
 * The termbase side of {@code entente import}: imports a TBX, CSV or TSV glossary (replacing what the same file
 * name imported before), or with {@code --dry-run} only reads and checks it.
 */
final class TermFileImporter {
  private TermFileImporter() {}

  static ImportCommand.Outcome importFile(Services services, Path file, ImportCommand o) throws java.io.IOException {
    List<String> columns = o.columns;
    CsvTermReader.Options options = new CsvTermReader.Options(columns == null || columns.isEmpty() ? null : columns, null);
    String name = file.getFileName().toString();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", file.toString());
    json.put("kind", "terms");
    String summary;
    List<String> warnings;
    if (o.dryRun) {
      TermFile read = TermImport.read(Files.readAllBytes(file), name, options);
      json.put("format", read.format());
      json.put("concepts", read.entries().size());
      warnings = read.warnings();
      summary = "(dry run) " + name + ": " + read.entries().size() + " concepts would be imported (" + read.format() + ")";
    } else {
      TermImport.Report r = new TermImport(services.terms()).importFile(file, "file:" + name, options);
      json.put("format", r.format());
      json.put("concepts", r.concepts());
      json.put("replaced", r.replaced());
      warnings = r.warnings();
      summary = name + ": " + r.concepts() + " concepts imported (" + r.format() + ")"
          + (r.replaced() > 0 ? ", " + r.replaced() + " replaced" : "");
    }
    json.put("warnings", warnings);
    StringBuilder b = new StringBuilder(summary);
    for (String w : warnings) b.append("\n  note: ").append(w);
    return new ImportCommand.Outcome(b.toString(), json);
  }
}
