package org.entente.api;

import java.io.IOException;
import java.io.InputStream;
import org.entente.formats.TmxHeader;
import org.entente.formats.TmxReader;
import org.entente.formats.TmxUnit;
import org.entente.formats.Xml;

/**
 * Counts the {@code <tu>} elements of a TMX file, the total an import job's progress is measured against:
 * {@code tmx/nato.tmx} → 86.
 */
final class TmxUnitCount {
  private TmxUnitCount() {}

  /**
   * Reads the file through the same hardened reader as an import.
   *
   * @throws org.entente.text.BadInputException when the file is not readable TMX (the import would fail the same way)
   */
  static long of(InputStream in, String file, long maxBytes) throws IOException {
    long[] n = new long[1];
    TmxReader.read(in, file, new Xml.Limits(maxBytes, 64), new TmxReader.Handler() {
      @Override
      public void header(TmxHeader header) {}

      @Override
      public void unit(TmxUnit unit) {
        n[0]++;
      }
    });
    return n[0];
  }
}
