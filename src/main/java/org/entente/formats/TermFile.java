package org.entente.formats;

import java.util.List;

/**
 * What a termbase file (TBX, CSV, TSV) held once read and checked: its entries (French and English only), what was
 * skipped or read with a fallback, and the format found ({@code "TBX-Basic v3 (DCA)"}, {@code "CSV, header"}).
 */
public record TermFile(List<TermEntry> entries, List<String> warnings, String format) {
  public TermFile {
    entries = List.copyOf(entries);
    warnings = List.copyOf(warnings);
  }
}
