package org.entente.formats;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.entente.text.BadInputException;
import org.entente.text.TooLargeException;

/**
 * Streams a TMX file (1.1 to 1.4b) through the hardened {@link Xml} reader: the header first, then one unit at a
 * time, so memory stays flat on large files. Encodings come from the BOM or the XML declaration (UTF-8 with or
 * without BOM, UTF-16 LE/BE, windows-1252 ...); {@code lang} (TMX 1.1) and {@code xml:lang} are both read.
 * A malformed file stops with a {@link BadInputException} naming {@code file:line:column}.
 */
public final class TmxReader {
  private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

  private TmxReader() {}

  /** Receives what the reader finds, in file order. */
  public interface Handler {
    void header(TmxHeader header) throws IOException;

    void unit(TmxUnit unit) throws IOException;

    /** Something odd but readable, e.g. a date that is not a TMX date; default: ignored. */
    default void warning(String where, String message) {}
  }

  /**
   * Reads {@code in} to the end.
   *
   * @param file the name used in error messages ({@code nato.tmx})
   * @throws BadInputException for a malformed or non-TMX file ({@link TooLargeException} over the size limit)
   * @throws IOException when the handler or the stream fails
   */
  public static void read(InputStream in, String file, Xml.Limits limits, Handler handler) throws IOException {
    XMLStreamReader r = null;
    try {
      r = Xml.reader(in, limits);
      new Parser(r, file, handler).document();
    } catch (XMLStreamException e) {
      throw bad(file, e, limits);
    } catch (RuntimeException e) {
      // some StAX implementations wrap read errors in unchecked exceptions
      Throwable c = e.getCause();
      if (c instanceof XMLStreamException xe) throw bad(file, xe, limits);
      if (c instanceof Xml.TooLargeXmlException) throw tooLarge(file, limits);
      throw e;
    } catch (Xml.TooLargeXmlException e) {
      throw tooLarge(file, limits);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a failed reader
        }
      }
    }
  }

  private static BadInputException bad(String file, XMLStreamException e, Xml.Limits limits) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Xml.TooLargeXmlException) return tooLarge(file, limits);
      if (t instanceof XMLStreamException x && x.getNestedException() instanceof Xml.TooLargeXmlException) {
        return tooLarge(file, limits);
      }
    }
    Location at = e.getLocation();
    String where = at == null ? file : file + ":" + at.getLineNumber() + ":" + at.getColumnNumber();
    String msg = InlineText.message(e).strip();
    String hint = msg.contains("entity") || msg.contains("Entity")
        ? "entities are never expanded: replace them with the characters they stand for"
        : msg.contains("byte") || msg.contains("encoding") || msg.contains("Invalid")
            ? "check that the file's bytes match the encoding of its XML declaration (UTF-8 by default)"
            : "fix the file (it must be well-formed TMX) and import it again; nothing from it was imported";
    return new BadInputException("not a valid TMX file: " + msg, where, hint, e);
  }

  private static TooLargeException tooLarge(String file, Xml.Limits limits) {
    return new TooLargeException("the file is larger than the configured limit of " + limits.maxBytes() + " bytes",
        file, "split the file, or raise the import size limit");
  }

  /** Parses {@code 20240501T120000Z} (and a few lenient forms); null when absent or unreadable. */
  static Instant parseDate(String value) {
    if (value == null || value.isBlank()) return null;
    String v = value.strip();
    if (v.endsWith("Z") || v.endsWith("z")) v = v.substring(0, v.length() - 1);
    try {
      if (v.length() == 8) return LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay().toInstant(ZoneOffset.UTC);
      return LocalDateTime.parse(v, TMX_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(value.strip());
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  /** Formats a date as TMX wants it: {@code 20240501T120000Z}. */
  public static String formatDate(Instant instant) {
    return TMX_DATE.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z";
  }

  private static final class Parser {
    private final XMLStreamReader r;
    private final String file;
    private final Handler handler;
    private boolean headerSeen;

    Parser(XMLStreamReader r, String file, Handler handler) {
      this.r = r;
      this.file = file;
      this.handler = handler;
    }

    void document() throws XMLStreamException, IOException {
      int e = r.next();
      while (e != XMLStreamConstants.START_ELEMENT) {
        if (e == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
          throw new XMLStreamException("text before the root element", r.getLocation());
        }
        if (e == XMLStreamConstants.END_DOCUMENT) throw new XMLStreamException("the file is empty", r.getLocation());
        e = r.next();
      }
      if (!r.getLocalName().equals("tmx")) {
        throw new XMLStreamException("the root element is <" + r.getLocalName() + ">, not <tmx>", r.getLocation());
      }
      String version = attr("version");
      while (next() == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "header" -> header(version);
          case "body" -> body(version);
          default -> skip();
        }
      }
      if (!headerSeen) {
        throw new XMLStreamException("the file has no <header>", r.getLocation());
      }
      // anything after </tmx> other than comments and whitespace is an error the parser reports
      while (r.hasNext()) r.next();
    }

    /** Advances to the next start or end tag, skipping text, comments and processing instructions. */
    private int next() throws XMLStreamException {
      while (true) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT || e == XMLStreamConstants.END_ELEMENT) return e;
        if (e == XMLStreamConstants.END_DOCUMENT) {
          throw new XMLStreamException("the document ends early (truncated file?)", r.getLocation());
        }
      }
    }

    private void skip() throws XMLStreamException {
      int depth = 1;
      while (depth > 0) {
        int e = next();
        if (e == XMLStreamConstants.START_ELEMENT) depth++;
        else depth--;
      }
    }

    private String attr(String name) {
      for (int i = 0; i < r.getAttributeCount(); i++) {
        String prefix = r.getAttributePrefix(i);
        if (r.getAttributeLocalName(i).equals(name) && (prefix == null || prefix.isEmpty())) {
          return r.getAttributeValue(i);
        }
      }
      return "";
    }

    private String lang() {
      String plain = "";
      for (int i = 0; i < r.getAttributeCount(); i++) {
        if (!r.getAttributeLocalName(i).equals("lang")) continue;
        String prefix = r.getAttributePrefix(i);
        if ("xml".equals(prefix)) return r.getAttributeValue(i);
        if (prefix == null || prefix.isEmpty()) plain = r.getAttributeValue(i);
      }
      return plain;
    }

    private Instant date(String name) {
      String v = attr(name);
      Instant d = parseDate(v);
      if (d == null && !v.isBlank()) {
        handler.warning(where(), "unreadable " + name + " '" + v + "' ignored (TMX dates look like 20240501T120000Z)");
      }
      return d;
    }

    private String where() {
      Location l = r.getLocation();
      return file + ":" + l.getLineNumber() + ":" + l.getColumnNumber();
    }

    private void header(String version) throws XMLStreamException, IOException {
      String tool = attr("creationtool");
      String toolVersion = attr("creationtoolversion");
      String segType = attr("segtype");
      String oTmf = attr("o-tmf");
      String adminLang = attr("adminlang");
      String srcLang = attr("srclang");
      String dataType = attr("datatype");
      Instant created = date("creationdate");
      String creationId = attr("creationid");
      Instant changed = date("changedate");
      String changeId = attr("changeid");
      List<TmxProp> props = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      while (next() == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "prop" -> props.add(prop());
          case "note" -> notes.add(r.getElementText());
          default -> skip(); // <ude> maps and anything else
        }
      }
      headerSeen = true;
      handler.header(new TmxHeader(version, tool, toolVersion, segType, oTmf, adminLang, srcLang, dataType, created,
          creationId, changed, changeId, props, notes));
    }

    private TmxProp prop() throws XMLStreamException {
      String type = attr("type");
      String lang = lang();
      return new TmxProp(type, lang, r.getElementText());
    }

    private void body(String version) throws XMLStreamException, IOException {
      if (!headerSeen) throw new XMLStreamException("<body> comes before <header>", r.getLocation());
      while (next() == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("tu")) handler.unit(unit());
        else skip();
      }
    }

    private TmxUnit unit() throws XMLStreamException {
      int line = r.getLocation().getLineNumber();
      String tuid = attr("tuid");
      String srcLang = attr("srclang");
      Instant created = date("creationdate");
      String creationId = attr("creationid");
      Instant changed = date("changedate");
      String changeId = attr("changeid");
      long usage = 0;
      String u = attr("usagecount");
      if (!u.isBlank()) {
        try {
          usage = Math.max(0, Long.parseLong(u.strip()));
        } catch (NumberFormatException e) {
          handler.warning(where(), "unreadable usagecount '" + u + "' ignored");
        }
      }
      Instant lastUsed = date("lastusagedate");
      List<TmxProp> props = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      List<TmxVariant> variants = new ArrayList<>();
      while (next() == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "prop" -> props.add(prop());
          case "note" -> notes.add(r.getElementText());
          case "tuv" -> variants.add(variant());
          default -> skip();
        }
      }
      return new TmxUnit(tuid, srcLang, created, creationId, changed, changeId, usage, lastUsed, props, notes,
          variants, line);
    }

    private TmxVariant variant() throws XMLStreamException {
      String lang = lang();
      Instant created = date("creationdate");
      String creationId = attr("creationid");
      Instant changed = date("changedate");
      String changeId = attr("changeid");
      List<TmxProp> props = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      InlineText seg = null;
      while (next() == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "prop" -> props.add(prop());
          case "note" -> notes.add(r.getElementText());
          case "seg" -> {
            if (seg != null) throw new XMLStreamException("a <tuv> has two <seg>s", r.getLocation());
            seg = InlineText.readSeg(r);
          }
          default -> skip();
        }
      }
      if (seg == null) throw new XMLStreamException("a <tuv> has no <seg>", r.getLocation());
      return new TmxVariant(lang, seg, created, creationId, changed, changeId, props, notes);
    }
  }
}
