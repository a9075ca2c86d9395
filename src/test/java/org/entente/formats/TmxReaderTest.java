package org.entente.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.text.BadInputException;
import org.entente.text.TooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TmxReaderTest {
  @TempDir Path tmp;

  record Read(TmxHeader header, List<TmxUnit> units) {}

  static Read read(InputStream in, String name, Xml.Limits limits) throws IOException {
    List<TmxUnit> units = new ArrayList<>();
    TmxHeader[] header = new TmxHeader[1];
    TmxReader.read(in, name, limits, new TmxReader.Handler() {
      @Override
      public void header(TmxHeader h) {
        header[0] = h;
      }

      @Override
      public void unit(TmxUnit u) {
        units.add(u);
      }
    });
    return new Read(header[0], units);
  }

  static Read read(String xml) throws IOException {
    return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.tmx", Xml.DEFAULT_LIMITS);
  }

  static Read resource(String name) throws IOException {
    try (InputStream in = TmxReaderTest.class.getResourceAsStream("/tmx/" + name)) {
      return read(in, name, Xml.DEFAULT_LIMITS);
    }
  }

  static String tmx(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\" "
        + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"fr\" "
        + "datatype=\"plaintext\"/>\n<body>" + body + "</body></tmx>";
  }

  @Test
  void readsHeaderUnitsPropsNotesDatesAndInlineMarkup() throws IOException {
    Read r = resource("inline.tmx");
    assertThat(r.header().creationTool()).isEqualTo("Test");
    assertThat(r.header().props()).containsExactly(TmxProp.of("x-source", "NATO press"));
    assertThat(r.header().notes()).containsExactly("Header note");
    assertThat(r.units()).hasSize(3);
    TmxUnit u = r.units().get(0);
    assertThat(u.tuid()).isEqualTo("tu-1");
    assertThat(u.creationDate()).isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
    assertThat(u.changeId()).isEqualTo("asmith");
    assertThat(u.usageCount()).isEqualTo(3);
    assertThat(u.props()).contains(TmxProp.of("x-custom", "kept & escaped"));
    assertThat(u.variants()).extracting(TmxVariant::lang).containsExactly("fr-FR", "en-GB", "de-DE");
    InlineText fr = u.variants().get(0).segment();
    assertThat(fr.plain()).isEqualTo("Le Groupe des plans nucléaires s'est réuni à Bruxelles.");
    assertThat(fr.tags()).extracting(InlineText.Tag::kind).containsExactly("bpt", "ept", "ph", "hi", "/hi");
    assertThat(fr.markup()).contains("<bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>").contains("<hi type=\"italic\">Bruxelles</hi>");
  }

  @Test
  void subFlowsAndNativeCodesAreNotPartOfThePlainText() throws IOException {
    Read r = resource("inline.tmx");
    assertThat(r.units().get(1).variants().get(0).segment().plain()).isEqualTo("Voir la note 12.");
    assertThat(r.units().get(2).variants().get(0).segment().plain()).isEqualTo("Un  logo.");
    assertThat(r.units().get(2).variants().get(0).segment().markup()).contains("<sub>Texte alternatif</sub>");
  }

  @Test
  void readsTmx11LangAttributes() throws IOException {
    Read r = resource("tmx11.tmx");
    assertThat(r.header().version()).isEqualTo("1.1");
    assertThat(r.units().get(0).variants()).extracting(TmxVariant::lang).containsExactly("EN-US", "FR-CA");
  }

  @Test
  void writingAndReadingAgainKeepsTextTagsPropsAndDates() throws IOException {
    Read first = resource("inline.tmx");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TmxWriter w = TmxWriter.open(out, first.header())) {
      first.units().forEach(w::write);
    }
    Read second = read(new ByteArrayInputStream(out.toByteArray()), "again.tmx", Xml.DEFAULT_LIMITS);
    assertThat(second.header().props()).isEqualTo(first.header().props());
    assertThat(second.units()).hasSize(3);
    for (int i = 0; i < 3; i++) {
      TmxUnit a = first.units().get(i);
      TmxUnit b = second.units().get(i);
      assertThat(b.variants()).isEqualTo(a.variants());
      assertThat(b.props()).isEqualTo(a.props());
      assertThat(b.notes()).isEqualTo(a.notes());
      assertThat(b.creationDate()).isEqualTo(a.creationDate());
      assertThat(b.changeDate()).isEqualTo(a.changeDate());
      assertThat(b.lastUsageDate()).isEqualTo(a.lastUsageDate());
      assertThat(b.usageCount()).isEqualTo(a.usageCount());
    }
  }

  @Test
  void theWriterPutsEveryRequiredHeaderAttribute() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TmxWriter w = TmxWriter.open(out, TmxHeader.of("Entente", "0.1", "fr", Instant.parse("2024-05-01T12:00:00Z")))) {
      w.write(TmxUnit.of("fr", "Bonjour <les> & amis.", "en", "Hello friends.", Map.of("x-document", "001")));
    }
    String xml = out.toString(StandardCharsets.UTF_8);
    for (String a : List.of("creationtool=", "creationtoolversion=", "segtype=", "o-tmf=", "adminlang=", "srclang=",
        "datatype=")) {
      assertThat(xml).contains(a);
    }
    assertThat(xml).contains("creationdate=\"20240501T120000Z\"").contains("<prop type=\"x-document\">001</prop>")
        .contains("Bonjour &lt;les&gt; &amp; amis.");
    Read r = read(new ByteArrayInputStream(out.toByteArray()), "w.tmx", Xml.DEFAULT_LIMITS);
    assertThat(r.units().get(0).variants().get(0).segment().plain()).isEqualTo("Bonjour <les> & amis.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8-BOM", "UTF-16LE", "UTF-16BE", "windows-1252"})
  void readsTheEncodingsRealFilesUse(String encoding) throws IOException {
    String text = "Défense « collective » — 5 €";
    byte[] bytes = switch (encoding) {
      case "UTF-8-BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
          tmxIn("UTF-8", text).getBytes(StandardCharsets.UTF_8));
      case "UTF-16LE" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
          tmxIn("UTF-16", text).getBytes(StandardCharsets.UTF_16LE));
      case "UTF-16BE" -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
          tmxIn("UTF-16", text).getBytes(StandardCharsets.UTF_16BE));
      default -> tmxIn("windows-1252", text).getBytes(Charset.forName("windows-1252"));
    };
    Read r = read(new ByteArrayInputStream(bytes), "enc.tmx", Xml.DEFAULT_LIMITS);
    assertThat(r.units().get(0).variants().get(0).segment().plain()).isEqualTo(text);
  }

  private static String tmxIn(String encoding, String frText) {
    return tmx("<tu><tuv xml:lang=\"fr\"><seg>" + frText + "</seg></tuv><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>")
        .replace("encoding=\"UTF-8\"", "encoding=\"" + encoding + "\"");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void bytesThatDoNotMatchTheDeclaredEncodingAreRejectedWithTheirPosition() {
    byte[] latin1 = tmxIn("UTF-8", "Défense").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> read(new ByteArrayInputStream(latin1), "wrong.tmx", Xml.DEFAULT_LIMITS))
        .isInstanceOf(BadInputException.class)
        .satisfies(e -> assertThat(((BadInputException) e).where()).matches("wrong\\.tmx:\\d+:\\d+"));
  }

  @Test
  void aTruncatedFileIsRejectedWithFileLineAndColumn() {
    String xml = tmx("<tu><tuv xml:lang=\"fr\"><seg>Bonjour</seg></tuv>");
    String truncated = xml.substring(0, xml.length() - 20);
    assertThatThrownBy(() -> read(truncated))
        .isInstanceOf(BadInputException.class)
        .satisfies(e -> assertThat(((BadInputException) e).where()).matches("t\\.tmx:\\d+:\\d+"));
  }

  @Test
  void malformedXmlIsRejectedWithWhereAndHowToFix() {
    assertThatThrownBy(() -> read(tmx("<tu><tuv xml:lang=\"fr\"><seg>a < b</seg></tuv></tu>")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not a valid TMX file")
        .satisfies(e -> assertThat(((BadInputException) e).hint()).isNotEmpty());
  }

  @Test
  void anUnknownElementInsideASegmentIsRejected() {
    assertThatThrownBy(() -> read(tmx("<tu><tuv xml:lang=\"fr\"><seg>a <b>b</b></seg></tuv></tu>")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("<b>");
  }

  @Test
  void anExternalEntityIsNeverReadButTheDoctypeIsAccepted() throws IOException {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP SECRET");
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
        + tmx("<tu><tuv xml:lang=\"fr\"><seg>&xxe;</seg></tuv><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>")
            .replaceFirst("<\\?xml[^>]*>", "");
    assertThatThrownBy(() -> read(xml)).isInstanceOf(BadInputException.class).hasMessageContaining("xxe")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP SECRET"));
    String withDoctype = "<?xml version=\"1.0\"?><!DOCTYPE tmx SYSTEM \"http://unreachable.invalid/tmx14.dtd\">"
        + tmx("").replaceFirst("<\\?xml[^>]*>", "");
    assertThat(read(withDoctype).units()).isEmpty();
  }

  @Test
  void aBillionLaughsIsNeverExpanded() {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY lol \"lol\">");
    for (int i = 1; i < 10; i++) {
      b.append("<!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) b.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      b.append("\">");
    }
    b.append("]>").append(tmx("<tu><tuv xml:lang=\"fr\"><seg>&lol9;</seg></tuv></tu>").replaceFirst("<\\?xml[^>]*>", ""));
    assertThatThrownBy(() -> read(b.toString())).isInstanceOf(BadInputException.class);
  }

  @Test
  void aFileOverTheSizeLimitIsRejectedAsTooLarge() {
    String xml = tmx("<tu><tuv xml:lang=\"fr\"><seg>" + "mot ".repeat(1000) + "</seg></tuv></tu>");
    assertThatThrownBy(() -> read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "big.tmx",
        new Xml.Limits(1_000, 64))).isInstanceOf(TooLargeException.class).hasMessageContaining("1000 bytes");
  }

  @Test
  void aFileWithoutTmxRootIsRejected() {
    assertThatThrownBy(() -> read("<?xml version=\"1.0\"?><html/>"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("not <tmx>");
  }

  /** Found by fuzzing (tbxReader): the JDK's parser threw MissingResourceException, a 500 for an upload. */
  @Test
  void aNulInADoctypePublicIdIsMalformedXmlNotACrash() {
    byte[] bytes = "\n<!DOCTYPE x[PUBLIC \"\" \"htp://foo\u0000\">".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(new ByteArrayInputStream(bytes), "nul.tmx", Xml.DEFAULT_LIMITS))
        .isInstanceOf(BadInputException.class).hasMessageContaining("malformed XML")
        .satisfies(e -> assertThat(((BadInputException) e).where()).startsWith("nul.tmx"));
    assertThatThrownBy(() -> new TbxReader().read(new ByteArrayInputStream(bytes), "nul.tbx"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("malformed XML");
  }
}
