package org.entente.formats;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.entente.text.BadInputException;

/**
 * A segment with its TMX inline markup: {@code markup} is the content of {@code <seg>} as XML (it round-trips
 * exactly), {@code plain} the text a reader sees (native codes inside {@code <bpt>}, {@code <ept>}, {@code <ph>},
 * {@code <it>}, {@code <ut>} and sub-flows set aside, {@code <hi>} content kept), {@code tags} where the inline
 * elements sit in {@code plain}. {@code Le <ph x="1">&lt;br/&gt;</ph>Groupe} has plain text {@code "Le Groupe"}
 * and one tag {@code ph} at offset 3.
 */
public record InlineText(String markup, String plain, List<Tag> tags) {
  /** The TMX 1.4b inline elements. */
  public static final Set<String> ELEMENTS = Set.of("bpt", "ept", "ph", "it", "hi", "sub", "ut");

  public InlineText {
    if (markup == null || plain == null) throw new IllegalArgumentException("null text");
    tags = List.copyOf(tags);
  }

  /** One inline element: its name ({@code bpt}, {@code ph}, {@code hi}, {@code /hi} for the end of a hi). */
  public record Tag(String kind, int offset) {}

  /** Text without markup; {@code <}, {@code &} and {@code >} are escaped in the markup. */
  public static InlineText plain(String text) {
    return new InlineText(escape(text), text, List.of());
  }

  public boolean hasTags() {
    return !tags.isEmpty();
  }

  /**
   * Reads {@code <seg>} content written as XML ({@code Le <ph x="1"/> Groupe}).
   *
   * @throws BadInputException when it is not well-formed or uses elements other than the TMX inline ones
   */
  public static InlineText parse(String markup, String where) {
    String wrapped = "<seg>" + markup + "</seg>";
    try {
      XMLStreamReader r = Xml.reader(new ByteArrayInputStream(wrapped.getBytes(StandardCharsets.UTF_8)),
          new Xml.Limits(wrapped.length() * 4L + 64, 32));
      r.nextTag();
      return readSeg(r);
    } catch (XMLStreamException e) {
      throw new BadInputException("the segment is not valid TMX inline markup: " + message(e), where,
          "escape < and & as &lt; and &amp;, and use only " + String.join(", ", ELEMENTS.stream().sorted().toList()));
    }
  }

  /** Markup if {@code text} contains TMX inline elements and parses, else {@code text} as plain text. */
  public static InlineText parseLenient(String text) {
    if (text.indexOf('<') >= 0) {
      for (String e : ELEMENTS) {
        if (text.contains("<" + e)) {
          try {
            return parse(text, "");
          } catch (BadInputException notMarkup) {
            break;
          }
        }
      }
    }
    return plain(text);
  }

  static String message(XMLStreamException e) {
    String m = e.getMessage();
    int i = m == null ? -1 : m.indexOf("Message: ");
    return i >= 0 ? m.substring(i + 9) : String.valueOf(m);
  }

  /** Reads the content of the current {@code <seg>} start tag up to its end tag. */
  static InlineText readSeg(XMLStreamReader r) throws XMLStreamException {
    StringBuilder markup = new StringBuilder();
    StringBuilder plain = new StringBuilder();
    List<Tag> tags = new ArrayList<>();
    // depth of native-code elements (bpt, ept, ph, it, ut, sub) whose text is not part of the plain text
    int code = 0;
    int depth = 0;
    java.util.ArrayDeque<Boolean> open = new java.util.ArrayDeque<>();
    while (true) {
      int e = r.next();
      switch (e) {
        case XMLStreamConstants.START_ELEMENT -> {
          String name = r.getLocalName();
          if (!ELEMENTS.contains(name)) {
            throw new XMLStreamException("element <" + name + "> is not allowed in a segment", r.getLocation());
          }
          depth++;
          markup.append('<').append(name);
          for (int i = 0; i < r.getAttributeCount(); i++) {
            String prefix = r.getAttributePrefix(i);
            markup.append(' ');
            if (prefix != null && !prefix.isEmpty()) markup.append(prefix).append(':');
            markup.append(r.getAttributeLocalName(i)).append("=\"").append(escapeAttribute(r.getAttributeValue(i)))
                .append('"');
          }
          markup.append('>');
          if (code == 0) tags.add(new Tag(name, plain.length()));
          boolean setAside = code > 0 || !name.equals("hi");
          open.push(setAside);
          if (setAside) code++;
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (depth == 0) {
            return new InlineText(markup.toString(), plain.toString(), tags);
          }
          String name = r.getLocalName();
          markup.append("</").append(name).append('>');
          depth--;
          if (open.pop()) code--;
          else tags.add(new Tag("/hi", plain.length()));
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          String t = r.getText();
          markup.append(escape(t));
          if (code == 0) plain.append(t);
        }
        case XMLStreamConstants.END_DOCUMENT ->
            throw new XMLStreamException("the document ends inside a segment", r.getLocation());
        default -> { }
      }
    }
  }

  /** Escapes text content: {@code <}, {@code >} and {@code &}. */
  public static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = switch (c) {
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '&' -> "&amp;";
        default -> null;
      };
      if (rep != null || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
        if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
        if (rep != null) b.append(rep);
        // other control characters cannot appear in XML 1.0: dropped
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** Escapes an attribute value (quotes and line breaks too). */
  public static String escapeAttribute(String s) {
    return escape(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
  }
}
