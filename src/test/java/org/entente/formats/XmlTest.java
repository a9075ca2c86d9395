package org.entente.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlTest {
  @TempDir Path tmp;

  static String readAll(String xml, Xml.Limits limits) throws Exception {
    XMLStreamReader r = Xml.reader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), limits);
    StringBuilder text = new StringBuilder();
    while (r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.CHARACTERS) text.append(r.getText());
    }
    return text.toString();
  }

  @Test
  void acceptsADoctypeWithoutLoadingIt() throws Exception {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE tmx SYSTEM \"http://unreachable.invalid/tmx14.dtd\"><tmx>a &amp; b</tmx>";
    assertThat(readAll(xml, Xml.DEFAULT_LIMITS)).isEqualTo("a & b");
  }

  @Test
  void neverReadsAnExternalEntity() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP SECRET");
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><x>&xxe;</x>";
    assertThatThrownBy(() -> readAll(xml, Xml.DEFAULT_LIMITS)).isInstanceOf(XMLStreamException.class);
  }

  @Test
  void neverExpandsABillionLaughs() {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i < 10; i++) {
      b.append("<!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) b.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      b.append("\">");
    }
    b.append("]><lolz>&lol9;</lolz>");
    assertThatThrownBy(() -> readAll(b.toString(), Xml.DEFAULT_LIMITS)).isInstanceOf(XMLStreamException.class);
  }

  @Test
  void enforcesDepthAndSizeLimits() {
    String deep = "<a>".repeat(20) + "</a>".repeat(20);
    assertThatThrownBy(() -> readAll(deep, new Xml.Limits(1_000_000, 10))).hasMessageContaining("deeper");
    String big = "<a>" + "x".repeat(10_000) + "</a>";
    assertThatThrownBy(() -> readAll(big, new Xml.Limits(1_000, 10))).hasMessageContaining("limit");
  }
}
