package org.entente.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.entente.text.BadInputException;

/**
 * Tells a file's type by its content: an XML file by its root element ({@code <martif>} or {@code <tbx>}: a
 * termbase; {@code <tmx>}: a translation memory), whatever its extension, so that an IATE export named
 * {@code export.xml} is read as TBX; anything else by its extension ({@code .csv}, {@code .tsv}, {@code .tab},
 * {@code .txt}: a glossary).
 */
public final class TermFiles {
  /** The kinds of file we import. */
  public enum Kind { TBX, TMX, GLOSSARY, UNKNOWN }

  private static final int SNIFF_BYTES = 8 * 1024;

  private TermFiles() {}

  /** The kind of a file by its root element when it is XML, else by its extension. */
  public static Kind kind(byte[] head, String name) {
    String root = xmlRoot(head);
    if (root.equals("martif") || root.equals("tbx")) return Kind.TBX;
    if (root.equals("tmx")) return Kind.TMX;
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".tbx") || n.endsWith(".xml")) return Kind.TBX;
    if (n.endsWith(".tmx")) return Kind.TMX;
    if (n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".tab") || n.endsWith(".txt")) return Kind.GLOSSARY;
    return Kind.UNKNOWN;
  }

  /** The kind of a file on disk, reading only its beginning. */
  public static Kind kind(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return kind(in.readNBytes(SNIFF_BYTES), file.getFileName().toString());
    }
  }

  /** Reads a termbase file by its kind: TBX by its root element, CSV/TSV glossaries by extension. */
  public static TermFile read(byte[] bytes, String name, CsvTermReader.Options options) {
    return switch (kind(Arrays.copyOf(bytes, Math.min(bytes.length, SNIFF_BYTES)), name)) {
      case TBX -> new TbxReader().read(new ByteArrayInputStream(bytes), name);
      case GLOSSARY -> new CsvTermReader().read(bytes, name, options == null ? CsvTermReader.Options.DEFAULT : options);
      case TMX -> throw new BadInputException("a TMX file (a translation memory), not a termbase", name,
          "import it into the memory (./entente import FILE, or the memory's import endpoint)");
      case UNKNOWN -> throw new BadInputException("unknown termbase file type", name,
          "use a TBX file (<martif> or <tbx>), or .csv, .tsv, .tab");
    };
  }

  /**
   * The local name of the root element when {@code head} starts like XML ({@code <} after a byte-order mark and
   * white space), else empty. A file cut short inside its first element also gives empty.
   */
  static String xmlRoot(byte[] head) {
    if (!looksLikeXml(head)) return "";
    try {
      XMLStreamReader r = Xml.reader(new ByteArrayInputStream(head), Xml.DEFAULT_LIMITS);
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT) return r.getLocalName();
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException | RuntimeException e) {
      return "";
    }
    return "";
  }

  private static boolean looksLikeXml(byte[] b) {
    for (byte x : b) {
      int c = x & 0xFF;
      if (c == 0xEF || c == 0xBB || c == 0xBF || c == 0xFE || c == 0xFF || c == 0 || c == ' ' || c == '\t' || c == '\r'
          || c == '\n') {
        continue;
      }
      return c == '<';
    }
    return false;
  }
}
