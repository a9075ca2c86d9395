package org.entente.memory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.entente.formats.InlineText;
import org.entente.formats.TmxProp;
import org.entente.index.TokenListStream;
import org.entente.segment.Token;
import org.entente.text.TextNormalizer;
import org.entente.text.Language;
import org.entente.text.LanguageCode;

/**
 * How a unit is laid out in Lucene: per language a stored text field for concordance ({@code fr}), a matching field
 * with numbers as placeholders ({@code fr_m}), an exact-match key with numbers folded ({@code fr_key}) and one with
 * numbers as written ({@code fr_exact}), the term count ({@code fr_len}) and the normalised terms as doc values
 * ({@code fr_seq}) for exact scoring; filter fields ({@code file} only while nobody edited the unit, {@code detached}
 * once someone did); usage counts as updatable doc values; everything else in one stored blob whose first byte is
 * its format ({@value #FORMAT}; format 1, with the origin kind stored by ordinal, is still read).
 */
final class UnitCodec {
  static final String ID = "id";
  static final String MEMORY = "memory";
  static final String FILE = "file";
  /** The file an edited unit came from: re-importing that file keeps the edited unit and skips its old version. */
  static final String DETACHED = "detached";
  /** The stored format written now; {@link #decode} reads it and format 1. */
  static final int FORMAT = 2;
  static final String ORIGIN = "origin";
  static final String BLOB = "blob";
  static final String SOURCE_LANGUAGE = "src";
  static final String USAGE = "usage";
  static final String LAST_USED = "last_used";
  static final String SEP = "\u0001";

  /** The matching field needs no positions and no norms: candidates are found by terms and length. */
  private static final org.apache.lucene.document.FieldType MATCHING_TYPE = matchingType();

  private UnitCodec() {}

  private static org.apache.lucene.document.FieldType matchingType() {
    var t = new org.apache.lucene.document.FieldType();
    t.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
    t.setTokenized(true);
    t.setOmitNorms(true);
    t.freeze();
    return t;
  }

  static String text(Language l) {
    return l.code();
  }

  static String matching(Language l) {
    return l.code() + "_m";
  }

  static String key(Language l) {
    return l.code() + "_key";
  }

  static String exact(Language l) {
    return l.code() + "_exact";
  }

  static String length(Language l) {
    return l.code() + "_len";
  }

  static String sequence(Language l) {
    return l.code() + "_seq";
  }

  /** A 64-bit hash of the exact-match key, as hex. */
  static String hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    long h2 = key.hashCode() * 0x9E3779B97F4A7C15L + key.length();
    return String.format(java.util.Locale.ROOT, "%016x%016x", h, h2);
  }

  static Document encode(TranslationUnit u) {
    Document d = new Document();
    d.add(new StringField(ID, u.id(), Field.Store.YES));
    d.add(new StringField(MEMORY, u.memory(), Field.Store.NO));
    if (u.origin().edited()) {
      if (!u.file().isEmpty()) d.add(new StringField(DETACHED, u.file(), Field.Store.NO));
    } else {
      d.add(new StringField(FILE, u.file(), Field.Store.NO));
    }
    d.add(new StringField(ORIGIN, u.origin().kind().name(), Field.Store.NO));
    d.add(new StringField(SOURCE_LANGUAGE, u.sourceLanguage().language().code(), Field.Store.NO));
    UnitProperties p = u.properties();
    for (String[] kv : new String[][] {{"domain", p.domain()}, {"client", p.client()}, {"project", p.project()},
        {"document", p.document()}, {"status", p.status()}}) {
      if (!kv[1].isEmpty()) d.add(new StringField(kv[0], kv[1], Field.Store.NO));
    }
    for (Language l : Language.values()) {
      InlineText t = u.text(l);
      AnalyzedText a = AnalyzedText.of(t, l);
      // tokenised once: the concordance field (numbers as written) and the matching field (numbers as #)
      int n = a.words().size();
      int[] starts = new int[n];
      int[] ends = new int[n];
      List<String> concordance = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Token w = a.words().get(i);
        starts[i] = w.start();
        ends[i] = w.end();
        concordance.add(w.type() == Token.Type.NUMBER ? TextNormalizer.MATCHING.apply(w.text()) : a.terms().get(i));
      }
      d.add(new TextField(text(l), new TokenListStream(concordance, starts, ends, t.plain().length())));
      d.add(new Field(matching(l), new TokenListStream(a.terms(), starts, ends, t.plain().length()), MATCHING_TYPE));
      d.add(new StringField(key(l), hash(a.key()), Field.Store.NO));
      d.add(new StringField(exact(l), hash(a.exactKey()), Field.Store.NO));
      d.add(new IntField(length(l), a.terms().size(), Field.Store.NO));
      d.add(new BinaryDocValuesField(sequence(l), new BytesRef(String.join(SEP, a.terms()))));
    }
    d.add(new NumericDocValuesField(USAGE, u.usageCount()));
    d.add(new NumericDocValuesField(LAST_USED, u.lastUsed() == null ? 0 : u.lastUsed().toEpochMilli()));
    d.add(new StoredField(BLOB, blob(u)));
    return d;
  }

  private static final byte LOG_PUT = 1;
  private static final byte LOG_DELETE = 2;

  /** The write-ahead log record "the unit is now {@code u}" (an add or an update). */
  static byte[] putRecord(TranslationUnit u) {
    byte[] blob = blob(u);
    return java.nio.ByteBuffer.allocate(1 + 16 + blob.length).put(LOG_PUT).putLong(u.usageCount())
        .putLong(u.lastUsed() == null ? 0 : u.lastUsed().toEpochMilli()).put(blob).array();
  }

  /** The write-ahead log record "unit {@code id} is deleted". */
  static byte[] deleteRecord(String id) {
    byte[] b = id.getBytes(StandardCharsets.UTF_8);
    return java.nio.ByteBuffer.allocate(1 + b.length).put(LOG_DELETE).put(b).array();
  }

  /** Applies a log record again: the same end state however often it is applied. */
  static void replay(org.apache.lucene.index.IndexWriter w, byte[] record) throws IOException {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(record);
    byte op = b.get();
    if (op == LOG_PUT) {
      long usage = b.getLong();
      long last = b.getLong();
      TranslationUnit u = decode(new BytesRef(record, b.position(), b.remaining()), usage, last);
      w.updateDocument(new org.apache.lucene.index.Term(ID, u.id()), encode(u));
    } else if (op == LOG_DELETE) {
      w.deleteDocuments(new org.apache.lucene.index.Term(ID,
          new String(record, 1, record.length - 1, StandardCharsets.UTF_8)));
    } else {
      throw new IOException("the memory's write-ahead log holds a record of unknown kind " + op);
    }
  }

  static byte[] blob(TranslationUnit u) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      str(out, u.id());
      str(out, u.memory());
      str(out, u.sourceLanguage().tag());
      str(out, u.source().markup());
      str(out, u.targetLanguage().tag());
      str(out, u.target().markup());
      out.writeLong(u.created().toEpochMilli());
      str(out, u.createdBy());
      out.writeLong(u.changed().toEpochMilli());
      str(out, u.changedBy());
      str(out, u.origin().kind().name());
      out.writeBoolean(u.origin().edited());
      str(out, u.origin().name());
      out.writeDouble(u.origin().beadScore() == null ? -1 : u.origin().beadScore());
      UnitProperties p = u.properties();
      str(out, p.domain());
      str(out, p.client());
      str(out, p.project());
      str(out, p.document());
      str(out, p.status());
      str(out, u.context().previous());
      str(out, u.context().next());
      str(out, u.tuid());
      str(out, u.file());
      out.writeInt(u.otherProps().size());
      for (TmxProp prop : u.otherProps()) {
        str(out, prop.type());
        str(out, prop.lang());
        str(out, prop.value());
      }
      out.writeInt(u.notes().size());
      for (String n : u.notes()) str(out, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static TranslationUnit decode(BytesRef blob, long usage, long lastUsed) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(blob.bytes, blob.offset, blob.length))) {
      int format = in.readUnsignedByte();
      if (format != 1 && format != FORMAT) {
        throw new IllegalStateException("a unit is stored in format " + format + ", and this Entente reads formats 1 "
            + "and " + FORMAT + ": the memory index was written by a newer Entente; run that version, or rebuild the "
            + "memory from its TMX files");
      }
      String id = str(in);
      String memory = str(in);
      LanguageCode srcLang = LanguageCode.parse(str(in), "sourceLanguage");
      InlineText source = inline(str(in));
      LanguageCode tgtLang = LanguageCode.parse(str(in), "targetLanguage");
      InlineText target = inline(str(in));
      Instant created = Instant.ofEpochMilli(in.readLong());
      String createdBy = str(in);
      Instant changed = Instant.ofEpochMilli(in.readLong());
      String changedBy = str(in);
      Origin.Kind kind;
      boolean edited = false;
      if (format == 1) {
        kind = Origin.Kind.values()[in.readByte()];
      } else {
        kind = Origin.Kind.valueOf(str(in));
        edited = in.readBoolean();
      }
      String originName = str(in);
      double bead = in.readDouble();
      Origin origin = new Origin(kind, originName, bead < 0 ? null : bead, edited);
      UnitProperties props = new UnitProperties(str(in), str(in), str(in), str(in), str(in));
      Context context = new Context(str(in), str(in));
      String tuid = str(in);
      String file = str(in);
      int n = in.readInt();
      List<TmxProp> other = new ArrayList<>(n);
      for (int i = 0; i < n; i++) other.add(new TmxProp(str(in), str(in), str(in)));
      int k = in.readInt();
      List<String> notes = new ArrayList<>(k);
      for (int i = 0; i < k; i++) notes.add(str(in));
      return new TranslationUnit(id, memory, srcLang, source, tgtLang, target, created, createdBy, changed, changedBy,
          origin, props, context, usage, lastUsed == 0 ? null : Instant.ofEpochMilli(lastUsed), tuid, file, other,
          notes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Our stored markup: plain when it has no element (only our three escapes), else parsed. */
  static InlineText inline(String markup) {
    if (markup.indexOf('<') < 0) {
      String plain = markup.indexOf('&') < 0 ? markup
          : markup.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
      return new InlineText(markup, plain, List.of());
    }
    return InlineText.parse(markup, "stored unit");
  }

  private static void str(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String str(DataInputStream in) throws IOException {
    int n = in.readInt();
    byte[] b = in.readNBytes(n);
    return new String(b, StandardCharsets.UTF_8);
  }
}
