package org.entente.terminology;

import java.io.OutputStream;
import java.util.List;
import org.entente.formats.CsvTermWriter;
import org.entente.formats.TbxWriter;
import org.entente.formats.TermEntry;

/** Writes a termbase as TBX-Basic v3 (DCA) or CSV; returns how many concepts were written. */
public final class TermExport {
  private TermExport() {}

  public static int tbx(TermBase base, OutputStream out) {
    List<TermEntry> entries = base.concepts().stream().map(ConceptEntries::entry).toList();
    TbxWriter.write(entries, "Exported from Entente", out);
    return entries.size();
  }

  public static int csv(TermBase base, OutputStream out) {
    List<TermEntry> entries = base.concepts().stream().map(ConceptEntries::entry).toList();
    CsvTermWriter.write(entries, out);
    return entries.size();
  }
}
