package org.entente.formats;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.entente.formats.DraftText.Anchor;
import org.entente.formats.DraftText.Position;
import org.entente.text.BadInputException;
import org.entente.text.TooLargeException;

/**
 * Reads the translated text of an XLIFF file (2.x {@code <segment>}s, or 1.2 {@code <trans-unit>}s) through the
 * hardened {@link Xml} factory: each target paired with its source, anchored to its place in the file. Inline codes
 * ({@code <ph/>}, {@code <sc/>}, {@code <ec/>}) add no text, the text of {@code <pc>} and {@code <mrk>} is kept, and
 * {@code <cp hex="0009"/>} is its character. {@code <segment><source>Le Conseil</source><target>The
 * Council</target></segment>} gives the draft segment "The Council" with the source "Le Conseil". Segments without a
 * target are left out.
 */
public final class XliffReader {
  private final Xml.Limits limits;

  public XliffReader(Xml.Limits limits) {
    this.limits = limits;
  }

  public XliffReader() {
    this(Xml.DEFAULT_LIMITS);
  }

  /** The file's segments, its languages ({@code srcLang}/{@code trgLang}, or 1.2's {@code source-language}...). */
  public record Xliff(DraftText text, String sourceLanguage, String targetLanguage, String version) {}

  /**
   * Reads a whole file.
   *
   * @param file the file name, for error locations ({@code report.xlf:12:5})
   * @throws BadInputException when the file is not well-formed XML or not XLIFF
   */
  public Xliff read(byte[] bytes, String file) {
    Columns columns = new Columns(bytes);
    try {
      XMLStreamReader r = Xml.reader(new ByteArrayInputStream(bytes), limits);
      try {
        return new Parse(file, columns).run(r);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof Xml.TooLargeXmlException) {
          throw new TooLargeException(c.getMessage(), file, "split the file");
        }
      }
      Location loc = e.getLocation();
      String where = loc == null ? file : file + ":" + loc.getLineNumber() + ":" + loc.getColumnNumber();
      String m = e.getMessage() == null ? "" : e.getMessage();
      int i = m.indexOf("Message: ");
      throw new BadInputException("not well-formed XML: " + (i >= 0 ? m.substring(i + 9) : m).strip(), where,
          "fix the XML (an XLIFF file must be well-formed)");
    }
  }

  /** One parse of one file. */
  private static final class Parse {
    private final String file;
    private final Columns columns;
    private final List<String> targets = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<List<Anchor>> anchors = new ArrayList<>();
    private String srcLang = "";
    private String trgLang = "";
    private String version = "";

    Parse(String file, Columns columns) {
      this.file = file;
      this.columns = columns;
    }

    Xliff run(XMLStreamReader r) throws XMLStreamException {
      while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) { /* prolog */ }
      if (!r.isStartElement() || !r.getLocalName().equals("xliff")) {
        throw new BadInputException("not an XLIFF file (the root element is not <xliff>)", file,
            "give an XLIFF 1.2 or 2.x file, or a .txt, .md or .docx draft");
      }
      version = attr(r, "version");
      srcLang = attr(r, "srcLang").isEmpty() ? attr(r, "source-language") : attr(r, "srcLang");
      trgLang = attr(r, "trgLang").isEmpty() ? attr(r, "target-language") : attr(r, "trgLang");
      String source = null;
      String target = null;
      List<Anchor> targetAnchors = null;
      boolean inSegment = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("segment") || name.equals("trans-unit")) {
            inSegment = true;
            source = null;
            target = null;
          } else if (name.equals("file") && trgLang.isEmpty()) {
            trgLang = attr(r, "target-language");
            if (srcLang.isEmpty()) srcLang = attr(r, "source-language");
          } else if (inSegment && name.equals("source") && source == null) {
            source = text(r, null);
          } else if (inSegment && name.equals("target") && target == null) {
            targetAnchors = new ArrayList<>();
            target = text(r, targetAnchors);
          } else if (inSegment) {
            // 1.2's <alt-trans> and the like hold other sources and targets: not this segment's
            text(r, null);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("segment") || name.equals("trans-unit")) {
            inSegment = false;
            if (target != null && !target.isBlank()) {
              targets.add(target);
              sources.add(source == null ? "" : source);
              anchors.add(targetAnchors);
            }
          }
        }
      }
      return new Xliff(new DraftText(targets, sources, anchors, false), srcLang, trgLang, version);
    }

    /** The text of the element the reader is on, up to its end tag; anchors each stretch of text when asked. */
    private String text(XMLStreamReader r, List<Anchor> anchors) throws XMLStreamException {
      StringBuilder b = new StringBuilder();
      Location before = r.getLocation();
      int depth = 1;
      while (depth > 0) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            depth++;
            if (r.getLocalName().equals("cp")) {
              if (anchors != null) anchors.add(new Anchor(b.length(), columns.position(before)));
              b.appendCodePoint(codePoint(r, attr(r, "hex")));
            }
          }
          case XMLStreamConstants.END_ELEMENT -> depth--;
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (anchors != null) anchors.add(new Anchor(b.length(), columns.position(before)));
            b.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
          }
          case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("the file ends inside a segment",
              r.getLocation());
          default -> { }
        }
        before = r.getLocation();
      }
      if (anchors != null && (anchors.isEmpty() || anchors.get(0).offset() != 0)) {
        anchors.add(0, new Anchor(0, columns.position(before)));
      }
      return b.toString();
    }

    private int codePoint(XMLStreamReader r, String hex) {
      try {
        int cp = Integer.parseInt(hex, 16);
        if (Character.isValidCodePoint(cp)) return cp;
      } catch (NumberFormatException e) {
        // reported below
      }
      Location l = r.getLocation();
      throw new BadInputException("<cp hex=\"" + hex + "\"> is not a character", file + ":" + l.getLineNumber(),
          "hex must be a Unicode code point in hexadecimal, e.g. 0009");
    }

    private static String attr(XMLStreamReader r, String name) {
      for (int i = 0; i < r.getAttributeCount(); i++) {
        if (r.getAttributeLocalName(i).equals(name)) return r.getAttributeValue(i).strip().toLowerCase(Locale.ROOT);
      }
      return "";
    }
  }

  /**
   * Turns the StAX locations of a UTF-8 file, whose columns count bytes, into columns counted in code points, by
   * counting the line's bytes; locations come in file order, so each count goes on from the last one and a file
   * written on one long line is still read in linear time.
   */
  private static final class Columns {
    private final byte[] bytes;
    private final int[] lineStarts;
    private int lastLine;
    private int lastByte;
    private int lastColumn;

    Columns(byte[] bytes) {
      this.bytes = bytes;
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < bytes.length; i++) if (bytes[i] == '\n') starts.add(i + 1);
      lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    Position position(Location l) {
      int line = Math.max(1, l.getLineNumber());
      if (line > lineStarts.length) return new Position(line, Math.max(1, l.getColumnNumber()));
      int start = lineStarts[line - 1];
      int end = Math.min(bytes.length, start + Math.max(0, l.getColumnNumber() - 1));
      if (line != lastLine || end < lastByte) {
        lastLine = line;
        lastByte = start;
        lastColumn = 1;
      }
      for (; lastByte < end; lastByte++) if ((bytes[lastByte] & 0xC0) != 0x80) lastColumn++;
      return new Position(line, lastColumn);
    }
  }
}
