package org.entente.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.text.Span;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {
  static List<String> paragraphs(String text, WrapMode mode) {
    return ParagraphSplitter.split(text, mode).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void webLinesStaySeparateButCommaAndLowerCaseContinuationsJoin() {
    String text = "Jean Delaunay\nShare this article\nLe Gouvernement a proposé,\nLe peuple a adopté,\nLe Président promulgue"
        + "\nla loi.\n\n  • 15 Feb. 2023 -  \n";
    assertThat(paragraphs(text, WrapMode.AUTO)).containsExactly("Jean Delaunay", "Share this article",
        "Le Gouvernement a proposé,\nLe peuple a adopté,\nLe Président promulgue\nla loi.", "• 15 Feb. 2023 -");
  }

  @Test
  void aPageNumberInsideASentenceIsJoined() {
    assertThat(paragraphs("sans que le scrutin puisse avoir lieu plus de trente-cinq jours après\n3\nla date.",
        WrapMode.AUTO)).hasSize(1);
  }

  @Test
  void detectsBlocksHardWrappedAtAFixedWidth() {
    String wrapped = """
        The Alliance agreed at the Vilnius Summit that each member would commit a
        minimum of two per cent of its gross domestic product to defence spending
        annually. In many cases, expenditure beyond this level will be needed to
        remedy shortfalls.
        Next Heading
        """;
    List<Span> lines = ParagraphSplitter.split(wrapped, WrapMode.LINES);
    assertThat(ParagraphSplitter.hardWrapWidth(wrapped, lines)).isEqualTo(lines.getFirst().length());
    assertThat(paragraphs(wrapped, WrapMode.AUTO)).hasSize(2).last().isEqualTo("Next Heading");
    String bylines = "Jean Delaunay\nPublished 12 June\nShare this article\n";
    assertThat(ParagraphSplitter.hardWrapWidth(bylines, ParagraphSplitter.split(bylines, WrapMode.LINES))).isZero();
  }

  @Test
  void windowsAndOldMacLineBreaksAreLineBreaks() {
    assertThat(paragraphs("Titre\r\nTexte.\r\n\r\nFin\rEncore", WrapMode.LINES))
        .containsExactly("Titre", "Texte.", "Fin", "Encore");
    assertThat(paragraphs("Titre\r\nTexte.\r\n\r\nFin", WrapMode.JOINED)).containsExactly("Titre\r\nTexte.", "Fin");
  }
}
