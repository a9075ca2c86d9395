package org.entente.align;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.formats.TmxHeader;
import org.entente.formats.TmxUnit;
import org.entente.formats.TmxWriter;

/**
 * Writes alignments as vecalign beads ({@code [0,1]:[0]}, French on the left, the items' line numbers), as TSV
 * ({@code french<TAB>english<TAB>score}) or as TMX 1.4b (one {@code <tu>} per two-sided bead, with
 * {@code x-document}, {@code x-align-score}, {@code x-align-beads} and, for flagged beads, {@code x-align-flag}
 * props).
 */
public final class AlignmentWriter {
  private AlignmentWriter() {}

  public static void vecalign(Alignment a, Writer out) {
    try {
      for (Bead b : a.beads()) out.write(a.vecalign(b) + "\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line per bead; tabs and line breaks inside a sentence become spaces. */
  public static void tsv(Alignment a, Writer out) {
    try {
      for (Bead b : a.beads()) {
        out.write(clean(a.frText(b)) + "\t" + clean(a.enText(b)) + "\t" + String.format(Locale.ROOT, "%.3f", b.score())
            + "\n");
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** TMX 1.4b with one unit per two-sided bead of every alignment; {@code created} stamps the header. */
  public static long tmx(List<Alignment> alignments, OutputStream out, String toolVersion, Instant created) {
    try (TmxWriter w = TmxWriter.open(out, TmxHeader.of("Entente", toolVersion, "fr", created))) {
      for (Alignment a : alignments) {
        for (Bead b : a.beads()) {
          if (!b.twoSided()) continue;
          Map<String, String> props = new LinkedHashMap<>();
          if (!a.document().id().isEmpty()) props.put("x-document", a.document().id());
          props.put("x-align-score", String.format(Locale.ROOT, "%.3f", b.score()));
          props.put("x-align-beads", a.vecalign(b));
          props.put("x-align-method", a.method());
          if (b.flagged()) props.put("x-align-flag", "review");
          w.write(TmxUnit.of("fr", a.frText(b), "en", a.enText(b), props));
        }
      }
      return w.written();
    }
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
