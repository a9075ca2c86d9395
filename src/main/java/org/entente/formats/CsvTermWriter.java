package org.entente.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.entente.text.Language;

/**
 * Writes entries as CSV, one term per row with its concept's data repeated, in UTF-8 with a header that
 * {@link CsvTermReader} maps back without loss: {@code id,subject,source,...,language,term,status,type,...}.
 */
public final class CsvTermWriter {
  static final List<String> HEADER = List.of("id", "subject", "source", "created", "modified", "supersededBy",
      "subsets", "fr.definition", "en.definition", "fr.note", "en.note", "language", "term", "status", "type", "pos",
      "gender", "usage", "context");

  private CsvTermWriter() {}

  public static void write(Iterable<TermEntry> entries, OutputStream out) {
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
      p.printRecord(HEADER);
      for (TermEntry e : entries) {
        for (TermEntry.Term t : e.terms()) {
          p.printRecord(e.id(), e.subjectField(), e.source(), date(e.created()), date(e.modified()), e.supersededBy(),
              String.join(";", e.subsets()), e.definitions().getOrDefault(Language.FR, ""),
              e.definitions().getOrDefault(Language.EN, ""), e.notes().getOrDefault(Language.FR, ""),
              e.notes().getOrDefault(Language.EN, ""), t.language().code(), t.text(), t.status(), t.type(),
              t.partOfSpeech(), t.gender(), t.usageNote(), t.context());
        }
      }
      p.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String date(Instant i) {
    return i == null ? "" : i.toString();
  }
}
