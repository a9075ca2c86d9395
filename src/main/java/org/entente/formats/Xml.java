package org.entente.formats;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The one hardened StAX factory through which all XML is read. A {@code DOCTYPE} is accepted (real TMX and TBX
 * files carry one) but no external DTD is loaded and no entity is expanded: {@code &xxe;} or a billion-laughs
 * payload is reported as an error. Input is limited in bytes and element depth.
 */
public final class Xml {
  /** Default limits: 200 MB, depth 64. */
  public static final Limits DEFAULT_LIMITS = new Limits(200L * 1024 * 1024, 64);

  private static final XMLInputFactory INPUT = newInputFactory();
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

  private Xml() {}

  /** How much XML we read before giving up. */
  public record Limits(long maxBytes, int maxDepth) {
    public Limits {
      if (maxBytes <= 0 || maxDepth <= 0) throw new IllegalArgumentException("limits must be positive");
    }
  }

  private static XMLInputFactory newInputFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  private static void trySet(XMLInputFactory f, String name, Object value) {
    try {
      f.setProperty(name, value);
    } catch (IllegalArgumentException e) {
      // not every StAX implementation knows the JAXP properties; the others already forbid external access
    }
  }

  /**
   * A reader over {@code in} (the encoding from the BOM or the XML declaration) that enforces the limits and
   * refuses entity references other than the five predefined ones and character references.
   */
  public static XMLStreamReader reader(InputStream in, Limits limits) throws XMLStreamException {
    XMLStreamReader raw;
    try {
      raw = INPUT.createXMLStreamReader(new LimitedInputStream(in, limits.maxBytes()));
    } catch (RuntimeException e) {
      throw Guard.unexplained(null);
    }
    return new Guard(raw, limits.maxDepth());
  }

  public static XMLOutputFactory outputFactory() {
    return OUTPUT;
  }

  /** Thrown when the input exceeds {@link Limits#maxBytes()}. */
  public static final class TooLargeXmlException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeXmlException(long max) {
      super("the file is larger than the configured limit of " + max + " bytes");
    }
  }

  private static final class LimitedInputStream extends FilterInputStream {
    private final long max;
    private long count;

    LimitedInputStream(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && ++count > max) throw new TooLargeXmlException(max);
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0 && (count += n) > max) throw new TooLargeXmlException(max);
      return n;
    }
  }

  private static final class Guard extends StreamReaderDelegate {
    private final int maxDepth;
    private int depth;

    Guard(XMLStreamReader reader, int maxDepth) {
      super(reader);
      this.maxDepth = maxDepth;
    }

    /**
     * The JDK's parser fails on some malformed input with an exception of its own instead of a parse error (a NUL
     * in a DOCTYPE's public id throws {@code MissingResourceException}: its message is missing): told as malformed.
     */
    static XMLStreamException unexplained(javax.xml.stream.Location where) {
      return new XMLStreamException("malformed XML (a declaration, DOCTYPE or character the parser cannot read)",
          where);
    }

    private javax.xml.stream.Location safeLocation() {
      try {
        return getLocation();
      } catch (RuntimeException e) {
        return null;
      }
    }

    @Override
    public int next() throws XMLStreamException {
      int event;
      try {
        event = super.next();
      } catch (RuntimeException e) {
        throw unexplained(safeLocation());
      }
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (++depth > maxDepth) {
            throw new XMLStreamException("elements nested deeper than the limit of " + maxDepth, getLocation());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException(
            "entity reference &" + getLocalName() + "; is not allowed (entities are never expanded)", getLocation());
        default -> { }
      }
      return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
      int event = next();
      while ((event == XMLStreamConstants.CHARACTERS && isWhiteSpace())
          || (event == XMLStreamConstants.CDATA && isWhiteSpace())
          || event == XMLStreamConstants.SPACE
          || event == XMLStreamConstants.PROCESSING_INSTRUCTION
          || event == XMLStreamConstants.COMMENT) {
        event = next();
      }
      if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
        throw new XMLStreamException("expected a start or end tag", getLocation());
      }
      return event;
    }

    @Override
    public String getElementText() throws XMLStreamException {
      StringBuilder b = new StringBuilder();
      int event = next();
      while (event != XMLStreamConstants.END_ELEMENT) {
        if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          b.append(getText());
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          throw new XMLStreamException("unexpected element <" + getLocalName() + "> in text", getLocation());
        } else if (event == XMLStreamConstants.END_DOCUMENT) {
          throw new XMLStreamException("unexpected end of document", getLocation());
        }
        event = next();
      }
      return b.toString();
    }
  }
}
