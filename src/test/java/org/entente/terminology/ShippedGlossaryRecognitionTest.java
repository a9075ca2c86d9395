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

  @Test
  void thePressesLowerCaseAllianceIsTheAllianceButNotEveryAlliance() {
    // NATO press texts (corpus documents 003 and 004) write "l'alliance" in lower case for the organisation
    assertThat(found("Les ministres approuvent un plan permettant à l'alliance de diriger la coordination.", Language.FR))
        .contains("nato-alliance=alliance");
    assertThat(found("Les livraisons d'armes, l’alliance dirigée par les États-Unis.", Language.FR)).contains("nato-alliance=alliance");
    assertThat(found("Ministers ensured that the alliance has the capabilities it needs.", Language.EN))
        .contains("nato-alliance=alliance");
    // an alliance, alliances, an alliance between parties, and "the turkey" (no longer name of Türkiye ends with it)
    assertThat(found("Une alliance entre les deux partis; l'alliance entre les centristes; des alliances.", Language.FR)).isEmpty();
    assertThat(found("The alliance with the Greens failed.", Language.EN)).isEmpty();
    assertThat(found("For dinner they carved the turkey.", Language.EN)).isEmpty();
  }
}
