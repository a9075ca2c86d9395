package org.entente.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real recogniser with the shipped glossary ({@code glossaries/nato.tbx}) on ordinary text. */
class ShippedGlossaryRecognitionTest {
  static TermRecognizer recognizer;

  @BeforeAll
  static void load() throws Exception {
    var file = TermImport.read(Files.readAllBytes(Path.of("glossaries", "nato.tbx")), "nato.tbx", null);
    recognizer = TermRecognizer.of(TermImport.concepts(file, "nato"));
  }

  static List<String> found(String text, Language language) {
    return recognizer.recognise(text, language).stream().map(h -> h.conceptId() + "=" + h.text()).toList();
  }

  @Test
  void aGenericWordSharingACountrysNameIsNotTheCountry() {
    assertThat(found("For the holiday dinner they ate roast turkey.", Language.EN)).isEmpty();
    assertThat(found("Turkey hosted the meeting.", Language.EN)).containsExactly("nato-turkiye=Turkey");
  }

  @Test
  void titleCaseDictionaryWordsAreNotAcronyms() {
    assertThat(found("Shape the future together. Sofa beds are cheap. Diana smiled.", Language.EN)).isEmpty();
    assertThat(found("SHAPE is in Mons; DIANA funds start-ups.", Language.EN))
        .containsExactly("nato-shape=SHAPE", "nato-diana=DIANA");
  }

  @Test
  void acronymsWrittenAsNamesAreStillFound() {
    assertThat(found("Nato leaders met.", Language.EN)).contains("nato-nato=Nato");
    assertThat(found("Les dirigeants de l’Otan.", Language.FR)).contains("nato-nato=Otan");
  }

  @Test
  void anAllianceOfFirmsIsNotTheAlliance() {
    assertThat(found("The firms formed an alliance.", Language.EN)).isEmpty();
    assertThat(found("The Alliance is strong.", Language.EN)).containsExactly("nato-alliance=Alliance");
  }
}
