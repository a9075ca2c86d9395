package org.entente.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree read from a StAX reader positioned on a start tag, with each element's line and column: used
 * for one TBX entry at a time, so that a large file is never held as a whole tree. {@code <term>NATO</term>} gives
 * the node {@code term} with text {@code NATO}.
 */
final class XmlTree {
  final String name;
  final String prefix;
  final Map<String, String> attributes;
  final List<XmlTree> children = new ArrayList<>();
  final int line;
  final int column;
  private final StringBuilder text = new StringBuilder();

  private XmlTree(String name, String prefix, Map<String, String> attributes, int line, int column) {
    this.name = name;
    this.prefix = prefix;
    this.attributes = attributes;
    this.line = line;
    this.column = column;
  }

  /** Reads the element the reader is on, up to its end tag; the reader is left on that end tag. */
  static XmlTree read(XMLStreamReader r, int maxTextChars) throws XMLStreamException {
    XmlTree root = start(r);
    List<XmlTree> stack = new ArrayList<>();
    stack.add(root);
    while (!stack.isEmpty()) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          XmlTree child = start(r);
          stack.get(stack.size() - 1).children.add(child);
          stack.add(child);
        }
        case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          // text of inline elements (<hi>, <ph>) belongs to every enclosing element's full text
          for (XmlTree t : stack) {
            if (t.text.length() + r.getTextLength() > maxTextChars) {
              throw new XMLStreamException("text longer than the limit of " + maxTextChars + " characters in <"
                  + t.name + ">", r.getLocation());
            }
            t.text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
          }
        }
        case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("the file ends inside <" + root.name + ">",
            r.getLocation());
        default -> { }
      }
    }
    return root;
  }

  private static XmlTree start(XMLStreamReader r) {
    Map<String, String> attrs = new LinkedHashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String ns = r.getAttributeNamespace(i);
      String key = "http://www.w3.org/XML/1998/namespace".equals(ns) ? "xml:" + r.getAttributeLocalName(i)
          : r.getAttributeLocalName(i);
      attrs.put(key, r.getAttributeValue(i));
    }
    var loc = r.getLocation();
    String prefix = r.getPrefix() == null ? "" : r.getPrefix();
    return new XmlTree(r.getLocalName(), prefix, attrs, loc.getLineNumber(), loc.getColumnNumber());
  }

  /** All text inside the element, inline elements included, whitespace collapsed and trimmed. */
  String text() {
    return text.toString().replaceAll("\\s+", " ").strip();
  }

  String attr(String key) {
    String v = attributes.get(key);
    return v == null ? "" : v;
  }

  List<XmlTree> children(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).toList();
  }
}
