package org.entente.terminology;

import java.io.OutputStream;
import java.util.List;
import org.entente.formats.CsvTermWriter;
import org.entente.formats.OmegaTGlossaryWriter;
import org.entente.formats.TbxWriter;
import org.entente.formats.TermEntry;
import org.entente.text.Language;

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

  /** OmegaT's tab-separated glossary from {@code from} to the other language; returns the number of lines. */
  public static int omegat(TermBase base, Language from, OutputStream out) {
    return OmegaTGlossaryWriter.write(base.concepts().stream().map(ConceptEntries::entry).toList(), from, out);
  }
}
