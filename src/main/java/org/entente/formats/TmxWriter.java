package org.entente.formats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Writes TMX 1.4b in UTF-8 that other tools read: every required header attribute, dates as
 * {@code 20240501T120000Z}, metadata as {@code <prop>}s, segments with their inline markup as read. Use it with
 * try-with-resources: {@code try (var w = TmxWriter.open(out, TmxHeader.of("Entente", "0.1", "fr", now))) {
 * w.write(TmxUnit.of("fr", "Bonjour.", "en", "Hello.", Map.of())); }}. Closing ends the document and flushes,
 * but does not close {@code out}.
 */
public final class TmxWriter implements AutoCloseable {
  private final Writer out;
  private boolean closed;
  private long written;

  private TmxWriter(Writer out) {
    this.out = out;
  }

  /** Starts a document on {@code out} with the XML declaration, the DOCTYPE and the header. */
  public static TmxWriter open(OutputStream out, TmxHeader header) {
    TmxWriter w = new TmxWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    try {
      w.start(header);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w;
  }

  private void start(TmxHeader h) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">\n");
    out.write(" <header");
    attr("creationtool", orDefault(h.creationTool(), "Entente"));
    attr("creationtoolversion", orDefault(h.creationToolVersion(), "1"));
    attr("segtype", orDefault(h.segType(), "sentence"));
    attr("o-tmf", orDefault(h.oTmf(), "Entente"));
    attr("adminlang", orDefault(h.adminLang(), "en"));
    attr("srclang", orDefault(h.srcLang(), "*all*"));
    attr("datatype", orDefault(h.dataType(), "plaintext"));
    date("creationdate", h.creationDate());
    optional("creationid", h.creationId());
    date("changedate", h.changeDate());
    optional("changeid", h.changeId());
    if (h.props().isEmpty() && h.notes().isEmpty()) {
      out.write("/>\n");
    } else {
      out.write(">\n");
      notesAndProps("  ", h.notes(), h.props());
      out.write(" </header>\n");
    }
    out.write(" <body>\n");
  }

  /** Writes one unit. */
  public void write(TmxUnit u) {
    if (closed) throw new IllegalStateException("the TMX writer is closed");
    try {
      out.write("  <tu");
      optional("tuid", u.tuid());
      optional("srclang", u.srcLang());
      date("creationdate", u.creationDate());
      optional("creationid", u.creationId());
      date("changedate", u.changeDate());
      optional("changeid", u.changeId());
      if (u.usageCount() > 0) attr("usagecount", Long.toString(u.usageCount()));
      date("lastusagedate", u.lastUsageDate());
      out.write(">\n");
      notesAndProps("   ", u.notes(), u.props());
      for (TmxVariant v : u.variants()) {
        out.write("   <tuv");
        attr("xml:lang", v.lang());
        date("creationdate", v.creationDate());
        optional("creationid", v.creationId());
        date("changedate", v.changeDate());
        optional("changeid", v.changeId());
        out.write(">\n");
        notesAndProps("    ", v.notes(), v.props());
        out.write("    <seg>");
        out.write(v.segment().markup());
        out.write("</seg>\n   </tuv>\n");
      }
      out.write("  </tu>\n");
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Units written so far. */
  public long written() {
    return written;
  }

  private void notesAndProps(String indent, List<String> notes, List<TmxProp> props) throws IOException {
    // TMX 1.4b's DTD puts notes and props before the variants, in any order
    for (String n : notes) {
      out.write(indent);
      out.write("<note>");
      out.write(InlineText.escape(n));
      out.write("</note>\n");
    }
    for (TmxProp p : props) {
      out.write(indent);
      out.write("<prop");
      attr("type", p.type());
      if (!p.lang().isEmpty()) attr("xml:lang", p.lang());
      out.write(">");
      out.write(InlineText.escape(p.value()));
      out.write("</prop>\n");
    }
  }

  private void attr(String name, String value) throws IOException {
    out.write(' ');
    out.write(name);
    out.write("=\"");
    out.write(InlineText.escapeAttribute(value));
    out.write('"');
  }

  private void optional(String name, String value) throws IOException {
    if (value != null && !value.isEmpty()) attr(name, value);
  }

  private void date(String name, Instant value) throws IOException {
    if (value != null) attr(name, TmxReader.formatDate(value));
  }

  private static String orDefault(String v, String d) {
    return v == null || v.isBlank() ? d : v;
  }

  /** Ends the document and flushes. */
  @Override
  public void close() {
    if (closed) return;
    closed = true;
    try {
      out.write(" </body>\n</tmx>\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
