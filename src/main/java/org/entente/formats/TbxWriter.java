package org.entente.formats;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.entente.text.Language;

/**
 * Writes entries as TBX-Basic v3 in DCA style ({@code <descrip type="definition">}), the form PROTOCOLS.md §7 shows
 * and {@link TbxReader} reads back without loss. What TBX-Basic has no data category for is written in its
 * categories: a {@code proposed} status as {@code admittedTerm-admn-sts} with the note {@value #PROPOSED_NOTE}; the
 * "superseded by" link as {@code <ref type="crossReference" target="ID">supersededBy</ref>}; a term's validity
 * dates as term-level notes {@code <note>entente:validFrom=2022-06-01</note>} and
 * {@code <note>entente:supersededFrom=2022-06-01</note>} (ISO 8601 calendar dates).
 */
public final class TbxWriter {
  static final String PROPOSED_NOTE = "entente:status=proposed";
  static final String VALID_FROM_NOTE = "entente:validFrom=";
  static final String SUPERSEDED_FROM_NOTE = "entente:supersededFrom=";
  static final String SUPERSEDED_BY = "supersededBy";
  static final String SUPERSEDED_BY_NOTE = "superseded by:";
  private static final String NS = "urn:iso:std:iso:30042:ed:3.0";

  private final XMLStreamWriter w;
  private int depth;

  private TbxWriter(XMLStreamWriter w) {
    this.w = w;
  }

  /** Writes the entries as one TBX-Basic document in UTF-8; {@code description} goes in the header. */
  public static void write(Iterable<TermEntry> entries, String description, OutputStream out) {
    try {
      XMLStreamWriter w = Xml.outputFactory().createXMLStreamWriter(out, "UTF-8");
      new TbxWriter(w).document(entries, description);
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write TBX: " + e.getMessage(), e);
    }
  }

  private void document(Iterable<TermEntry> entries, String description) throws XMLStreamException {
    w.writeStartDocument("UTF-8", "1.0");
    w.writeCharacters("\n");
    w.writeStartElement("tbx");
    w.writeDefaultNamespace(NS);
    w.writeAttribute("type", "TBX-Basic");
    w.writeAttribute("style", "dca");
    w.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "lang", "en");
    depth++;
    open("tbxHeader");
    open("fileDesc");
    open("sourceDesc");
    leaf("p", description);
    close();
    close();
    close();
    open("text");
    open("body");
    for (TermEntry e : entries) entry(e);
    close();
    close();
    depth--;
    nl();
    w.writeEndElement();
    w.writeCharacters("\n");
    w.writeEndDocument();
  }

  private void entry(TermEntry e) throws XMLStreamException {
    open("conceptEntry", "id", e.id());
    if (!e.subjectField().isEmpty()) typed("descrip", "subjectField", e.subjectField());
    transaction("origination", e.created());
    transaction("modification", e.modified());
    if (!e.source().isEmpty()) typed("admin", "source", e.source());
    for (String s : e.subsets()) typed("admin", "customerSubset", s);
    if (!e.supersededBy().isEmpty()) {
      nl();
      w.writeStartElement("ref");
      w.writeAttribute("type", "crossReference");
      w.writeAttribute("target", e.supersededBy());
      w.writeCharacters(SUPERSEDED_BY);
      w.writeEndElement();
    }
    for (Language lang : Language.values()) {
      boolean hasTerms = e.terms().stream().anyMatch(t -> t.language() == lang);
      if (!hasTerms) {
        // a definition or note without terms in its language has no langSec to go in; the reader puts it back
        // under the document language (en)
        conceptLevel(e.definitions(), e.notes(), lang);
        continue;
      }
      open("langSec", "xml:lang", lang.code());
      if (e.definitions().containsKey(lang)) typed("descrip", "definition", e.definitions().get(lang));
      if (e.notes().containsKey(lang)) leaf("note", e.notes().get(lang));
      for (TermEntry.Term t : e.terms()) if (t.language() == lang) term(t);
      close();
    }
    close();
  }

  private void conceptLevel(Map<Language, String> definitions, Map<Language, String> notes, Language lang)
      throws XMLStreamException {
    if (definitions.containsKey(lang)) typed("descrip", "definition", definitions.get(lang));
    if (notes.containsKey(lang)) leaf("note", notes.get(lang));
  }

  private void term(TermEntry.Term t) throws XMLStreamException {
    open("termSec");
    leaf("term", t.text());
    typed("termNote", "administrativeStatus", TermStatuses.toTbx(t.status()));
    typed("termNote", "termType", t.type());
    if (!t.partOfSpeech().isEmpty()) typed("termNote", "partOfSpeech", t.partOfSpeech());
    if (!t.gender().isEmpty()) typed("termNote", "grammaticalGender", t.gender());
    if (!t.context().isEmpty()) typed("descrip", "context", t.context());
    if (!t.usageNote().isEmpty()) leaf("note", t.usageNote());
    if (t.status().equals("proposed")) leaf("note", PROPOSED_NOTE);
    if (t.validFrom() != null) leaf("note", VALID_FROM_NOTE + t.validFrom());
    if (t.supersededFrom() != null) leaf("note", SUPERSEDED_FROM_NOTE + t.supersededFrom());
    close();
  }

  private void transaction(String type, Instant when) throws XMLStreamException {
    if (when == null) return;
    open("transacGrp");
    typed("transac", "transactionType", type);
    leaf("date", date(when));
    close();
  }

  private static String date(Instant when) {
    var utc = when.atOffset(ZoneOffset.UTC);
    if (utc.toLocalTime().toNanoOfDay() == 0) return utc.toLocalDate().toString();
    return DateTimeFormatter.ISO_INSTANT.format(when);
  }

  private void open(String name, String... attrs) throws XMLStreamException {
    nl();
    w.writeStartElement(name);
    for (int i = 0; i < attrs.length; i += 2) {
      if (attrs[i].startsWith("xml:")) w.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, attrs[i].substring(4), attrs[i + 1]);
      else w.writeAttribute(attrs[i], attrs[i + 1]);
    }
    depth++;
  }

  private void close() throws XMLStreamException {
    depth--;
    nl();
    w.writeEndElement();
  }

  private void leaf(String name, String text) throws XMLStreamException {
    nl();
    w.writeStartElement(name);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  private void typed(String name, String type, String text) throws XMLStreamException {
    nl();
    w.writeStartElement(name);
    w.writeAttribute("type", type);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  private void nl() throws XMLStreamException {
    w.writeCharacters("\n" + " ".repeat(depth));
  }
}
