package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entente.Services;
import org.entente.formats.CsvTermReader;
import org.entente.terminology.TermImport;

/**
 * The termbase side of {@code entente import}: imports a TBX, CSV or TSV file (replacing what the same file name
 * imported before) and prints one line, or a JSON object with {@code --json}.
 */
final class TermFileImporter {
  private TermFileImporter() {}

  static boolean handles(Path file) {
    return TermImport.handles(file);
  }

  static Map<String, Object> run(Services services, Path file, List<String> columns, boolean json, PrintWriter out) {
    CsvTermReader.Options options = new CsvTermReader.Options(columns == null || columns.isEmpty() ? null : columns, null);
    TermImport.Report r = new TermImport(services.terms()).importFile(file, "file:" + file.getFileName(), options);
    if (!json) {
      out.println(file.getFileName() + ": " + r.concepts() + " concepts imported (" + r.format() + ")"
          + (r.replaced() > 0 ? ", " + r.replaced() + " replaced" : ""));
      r.warnings().forEach(w -> out.println("  note: " + w));
    }
    return Map.of("file", file.toString(), "kind", "terms", "format", r.format(), "concepts", r.concepts(),
        "replaced", r.replaced(), "warnings", r.warnings());
  }
}
