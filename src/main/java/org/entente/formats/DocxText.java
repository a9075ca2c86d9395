package org.entente.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.entente.text.BadInputException;
import org.entente.text.TooLargeException;

/**
 * The body text of a Word (.docx) file, one paragraph a line, read from its {@code word/document.xml} through the
 * hardened {@link Xml} factory: {@code <w:p><w:r><w:t>The Allies met in </w:t></w:r><w:r><w:t>Kiev.</w:t></w:r></w:p>}
 * gives the line "The Allies met in Kiev.". Tabs are kept, line breaks inside a paragraph become spaces (so that
 * line N is paragraph N), deleted text of tracked changes and field codes are left out, and so are headers, footers,
 * footnotes and comments, which live in other parts of the file.
 *
 * <p>A package is a ZIP; no library is needed to read its one XML part, so Apache POI (tens of megabytes with its
 * dependencies) stays out of the build.
 */
public final class DocxText {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String BODY = "word/document.xml";

  private DocxText() {}

  /**
   * The paragraphs of the document body, joined with line breaks.
   *
   * @param file the file name, for error messages
   * @throws BadInputException when the file is not a Word document or its XML is malformed
   */
  public static String read(byte[] bytes, String file, Xml.Limits limits) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(BODY)) return body(zip, file, limits);
      }
    } catch (IOException e) {
      throw new BadInputException("not a Word document (" + e.getMessage() + ")", file,
          "give a .docx file saved by Word or LibreOffice; a .doc must be saved as .docx first");
    }
    throw new BadInputException("not a Word document (no " + BODY + " inside)", file,
        "give a .docx file saved by Word or LibreOffice; a .doc must be saved as .docx first");
  }

  private static String body(InputStream in, String file, Xml.Limits limits) {
    StringBuilder b = new StringBuilder();
    try {
      XMLStreamReader r = Xml.reader(in, limits);
      try {
        boolean inText = false;
        int paragraphs = 0;
        while (r.hasNext()) {
          int event = r.next();
          if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
            switch (r.getLocalName()) {
              case "p" -> {
                if (paragraphs++ > 0) b.append('\n');
              }
              case "t" -> inText = true;
              case "tab" -> b.append('\t');
              case "br", "cr" -> b.append(' ');
              case "noBreakHyphen" -> b.append('\u2011');
              default -> { }
            }
          } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())
              && r.getLocalName().equals("t")) {
            inText = false;
          } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
              || event == XMLStreamConstants.SPACE)) {
            b.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
          }
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof Xml.TooLargeXmlException) throw new TooLargeException(c.getMessage(), file, "split the document");
      }
      throw new BadInputException("the Word document's XML is malformed", file + " (" + BODY + ")",
          "open and save it again in Word or LibreOffice");
    }
    return b.toString();
  }
}
