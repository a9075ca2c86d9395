package org.entente.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.formats.DraftText.Anchor;
import org.entente.formats.DraftText.Position;
import org.junit.jupiter.api.Test;

class DraftTextTest {
  @Test
  void linesAndCodePointColumnsFromOneWithEveryKindOfLineBreak() {
    DraftText.Locator l = DraftText.document("ab\r\ncd\ré\uD835\uDC9Cx\nlast").locator();
    assertThat(l.position(0, 0)).isEqualTo(new Position(1, 1));
    assertThat(l.position(0, 4)).isEqualTo(new Position(2, 1));
    assertThat(l.position(0, 7)).isEqualTo(new Position(3, 1));
    // é, then the two UTF-16 units of 𝒜 count as one column: x is column 3
    assertThat(l.position(0, 10)).isEqualTo(new Position(3, 3));
    assertThat(l.position(0, 12)).isEqualTo(new Position(4, 1));
    assertThat(l.position(0, 99)).isEqualTo(new Position(4, 5));
  }

  @Test
  void aFileOnOneLongLineIsLocatedThroughCheckpoints() {
    String text = "é".repeat(10_000) + "\uD835\uDC9C".repeat(5_000) + "Kiev";
    DraftText.Locator l = DraftText.document(text).locator();
    assertThat(l.position(0, text.indexOf("Kiev"))).isEqualTo(new Position(1, 15_001));
    assertThat(l.position(0, 10_000 + 2 * 4_000)).isEqualTo(new Position(1, 14_001));
  }

  @Test
  void anchorsPlaceStretchesOfASegmentAnywhereInTheFile() {
    DraftText t = new DraftText(List.of("Hello big\nworld"), List.of(), List.of(List.of(
        new Anchor(0, new Position(7, 20)), new Anchor(6, new Position(7, 40)))), false);
    DraftText.Locator l = t.locator();
    assertThat(l.position(0, 1)).isEqualTo(new Position(7, 21));
    assertThat(l.position(0, 7)).isEqualTo(new Position(7, 41));
    assertThat(l.position(0, 11)).isEqualTo(new Position(8, 2));
  }

  @Test
  void markdownProseKeepsOffsetsAndDropsCodeAndAddresses() {
    String md = "# Title\n\nSee `code()` and [the guide](https://example.org/x) or https://nato.int now.\n";
    String prose = MarkdownProse.of(md);
    assertThat(prose).hasSameSizeAs(md);
    assertThat(prose).contains("Title").contains("See").contains("the guide").contains("now.")
        .doesNotContain("code").doesNotContain("example.org").doesNotContain("nato.int").doesNotContain("#");
    assertThat(prose.indexOf("guide")).isEqualTo(md.indexOf("guide"));
  }

  @Test
  void xliffOnePointTwoAndCodePointsAndNoAltTrans() {
    String x = """
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file source-language="fr" target-language="en" datatype="plaintext" original="a">
            <body>
              <trans-unit id="1"><source>Un</source><target>One<x id="1"/> two</target>
                <alt-trans><source>Un</source><target>Other</target></alt-trans></trans-unit>
              <trans-unit id="2"><source>Vide</source></trans-unit>
            </body>
          </file>
        </xliff>
        """;
    XliffReader.Xliff read = new XliffReader().read(x.getBytes(StandardCharsets.UTF_8), "a.xlf");
    assertThat(read.targetLanguage()).isEqualTo("en");
    assertThat(read.text().segments()).containsExactly("One two");
    assertThat(read.text().sources()).containsExactly("Un");
    // "two" after the inline code, on line 4
    assertThat(read.text().locator().position(0, 4)).isEqualTo(new Position(4, 68));
  }

  @Test
  void xliffTwoCodePointElementIsItsCharacter() {
    String x = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"fr\" trgLang=\"en\">"
        + "<file id=\"f\"><unit id=\"u\"><segment><source>A</source><target>A<cp hex=\"0009\"/>B</target></segment>"
        + "</unit></file></xliff>";
    XliffReader.Xliff read = new XliffReader().read(x.getBytes(StandardCharsets.UTF_8), "b.xlf");
    assertThat(read.text().segments()).containsExactly("A\tB");
  }
}
