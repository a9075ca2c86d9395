package org.entente.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;

class ModelAndRulesSegmenterTest {
  static final ModelAndRulesSegmenter SEGMENTER = new ModelAndRulesSegmenter();

  static List<String> fr(String text) {
    return texts(SEGMENTER, text, Language.FR);
  }

  static List<String> en(String text) {
    return texts(SEGMENTER, text, Language.EN);
  }

  static List<String> texts(Segmenter segmenter, String text, Language lang) {
    List<Sentence> sentences = segmenter.segment(text, lang);
    assertSpansValid(text, sentences);
    return sentences.stream().map(Sentence::text).toList();
  }

  /** Every sentence is its span of the text, trimmed, in order, without overlap; paragraphs never decrease. */
  static void assertSpansValid(String text, List<Sentence> sentences) {
    int prevEnd = 0;
    int prevParagraph = 0;
    for (Sentence s : sentences) {
      assertThat(s.start()).as("start after previous end in %s", s).isGreaterThanOrEqualTo(prevEnd);
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      assertThat(s.text()).isNotBlank().isEqualTo(s.text().strip());
      assertThat(s.paragraph()).isGreaterThanOrEqualTo(prevParagraph);
      prevEnd = s.end();
      prevParagraph = s.paragraph();
    }
  }

  @Test
  void splitsPlainSentences() {
    assertThat(fr("Les ministres se sont réunis. Ils ont approuvé le plan ! Et après ?"))
        .containsExactly("Les ministres se sont réunis.", "Ils ont approuvé le plan !", "Et après ?");
  }

  @Test
  void frenchAbbreviationsDoNotEndSentences() {
    assertThat(fr("M. Stoltenberg et Mme Dupont ont vu MM. Martin et Durand. Le Dr Kahn cite l’art. 5, cf. Annexe B."))
        .containsExactly("M. Stoltenberg et Mme Dupont ont vu MM. Martin et Durand.",
            "Le Dr Kahn cite l’art. 5, cf. Annexe B.");
    assertThat(fr("Voir le n° 12, p. ex. la p. 4 du texte, etc. et la suite. Fin."))
        .containsExactly("Voir le n° 12, p. ex. la p. 4 du texte, etc. et la suite.", "Fin.");
    assertThat(fr("Les derniers ouvrages de Intercept Ltd. sont ici."))
        .containsExactly("Les derniers ouvrages de Intercept Ltd. sont ici.");
  }

  @Test
  void englishAbbreviationsDoNotEndSentences() {
    assertThat(en("Mr Smith met Dr. Jones on 15 Feb. 2023, e.g. at No. 10 Downing Street. It went well."))
        .containsExactly("Mr Smith met Dr. Jones on 15 Feb. 2023, e.g. at No. 10 Downing Street.", "It went well.");
    assertThat(en("Allies, i.e. all 32 of them, agreed. Jens F. Stoltenberg said so."))
        .containsExactly("Allies, i.e. all 32 of them, agreed.", "Jens F. Stoltenberg said so.");
  }

  @Test
  void aSemicolonEndsASentenceOnlyBeforeACapital() {
    assertThat(fr("Il semblait seulement exister ; Le poème en prose est né au XIXe siècle."))
        .containsExactly("Il semblait seulement exister ;", "Le poème en prose est né au XIXe siècle.");
    assertThat(fr("Considérant que la diversité est menacée ; Que l'avenir en dépend ; que tout se tient.")).hasSize(1);
  }

  @Test
  void numbersAndDatesStayWhole() {
    assertThat(fr("Le budget atteint 1.000 millions, soit 40,5 % de plus, le 13.06.2024. Il sera revu."))
        .containsExactly("Le budget atteint 1.000 millions, soit 40,5 % de plus, le 13.06.2024.", "Il sera revu.");
    assertThat(en("• 15 Feb. 2023 -")).containsExactly("• 15 Feb. 2023 -");
  }

  @Test
  void neverSplitsBeforeAClosingGuillemet() {
    assertThat(fr("« La raison est la situation en Ukraine. C’est grave. » M. Stoltenberg l’a dit. « Oui ! », dit-il."))
        .containsExactly("« La raison est la situation en Ukraine.", "C’est grave. »", "M. Stoltenberg l’a dit.",
            "« Oui ! », dit-il.");
    assertThat(en("“We see how Russia is pushing.” Stoltenberg said so. He added: “It is serious.”"))
        .containsExactly("“We see how Russia is pushing.”", "Stoltenberg said so.", "He added: “It is serious.”");
  }

  @Test
  void ellipsesEndSentencesOnlyBeforeANewOne() {
    assertThat(fr("Il hésite… puis il part. Les textes cités (...) Les universités réclament."))
        .containsExactly("Il hésite… puis il part.", "Les textes cités (...) Les universités réclament.");
  }

  @Test
  void headingsAndWebNoiseStaySeparate() {
    String text = """
        Suivez nous sur

        NATO
        L'OTAN approuve un plan pour l'Ukraine
        PARTAGEZ:
        Les ministres ont conclu une réunion. Ils ont discuté.

        Publicité
        Lors d'une réunion, ils ont parlé.
        """;
    assertThat(fr(text)).containsExactly("Suivez nous sur", "NATO", "L'OTAN approuve un plan pour l'Ukraine",
        "PARTAGEZ:", "Les ministres ont conclu une réunion.", "Ils ont discuté.", "Publicité",
        "Lors d'une réunion, ils ont parlé.");
  }

  @Test
  void hardWrappedTextIsJoinedBack() {
    String text = """
        Le Conseil constitutionnel peut proroger les délais prévus aux troisième et
        cinquième alinéas sans que le scrutin puisse avoir lieu plus de trente-cinq
        jours après la date de la décision du Conseil constitutionnel. Il statue dans
        un délai de huit jours.
        Article 8
        Le Président de la République nomme le Premier ministre.
        """;
    List<Sentence> auto = SEGMENTER.segment(text, Language.FR);
    assertSpansValid(text, auto);
    assertThat(auto).extracting(Sentence::text).extracting(s -> s.replace('\n', ' ')).containsExactly(
        "Le Conseil constitutionnel peut proroger les délais prévus aux troisième et cinquième alinéas sans que le "
            + "scrutin puisse avoir lieu plus de trente-cinq jours après la date de la décision du Conseil "
            + "constitutionnel.",
        "Il statue dans un délai de huit jours.", "Article 8",
        "Le Président de la République nomme le Premier ministre.");
    assertThat(auto.get(0).paragraph()).isEqualTo(auto.get(1).paragraph());
    assertThat(SEGMENTER.withWrap(WrapMode.LINES).segment(text, Language.FR)).hasSize(7);
    assertThat(SEGMENTER.withWrap(WrapMode.JOINED).segment("Article 8\nLe Président nomme.", Language.FR))
        .extracting(Sentence::text).containsExactly("Article 8\nLe Président nomme.");
  }

  @Test
  void listItemsAndCapitalHeadingsRunIntoTheTextAreSeparated() {
    assertThat(fr("Effets indésirables - Maux de tête - Variation de la pression sanguine"))
        .containsExactly("Effets indésirables", "- Maux de tête", "- Variation de la pression sanguine");
    assertThat(fr("Résumé à l'intention du public RAPPORT EUROPÉEN PUBLIC D'ÉVALUATION Ce document est un résumé."))
        .containsExactly("Résumé à l'intention du public", "RAPPORT EUROPÉEN PUBLIC D'ÉVALUATION",
            "Ce document est un résumé.");
    assertThat(fr("Résumé EPAR à l'intention du public Ce document est un résumé."))
        .containsExactly("Résumé EPAR à l'intention du public", "Ce document est un résumé.");
    assertThat(fr("Le parti Les Républicains a voté.")).hasSize(1);
    assertThat(fr("Très fréquent (1/10) Fréquent (1/100 à 1/10) Rare")).hasSize(3);
    assertThat(en("The North Atlantic Treaty Organization (NATO) Secretary General spoke.")).hasSize(1);
    // acronyms and names in capitals are no headings; a list of ";" items is one sentence
    assertThat(fr("Le programme NATO DIANA avance avec le général DE LADMIRAULT.")).hasSize(1);
    assertThat(fr("La loi fixe les règles concernant : - la nationalité ; - les régimes matrimoniaux ; - les successions."))
        .hasSize(2);
  }

  @Test
  void dashesTitlesAndNamesInsideASentenceStayInsideIt() {
    assertThat(fr("Le ministre - qui était présent - a parlé.")).hasSize(1);
    assertThat(fr("Le ministre - Jean Dupont - a parlé aux journalistes.")).hasSize(1);
    assertThat(fr("Cette semaine, le magazine Elle consacre sa une à l'OTAN.")).hasSize(1);
    assertThat(fr("Le magazine Elle consacre sa une à l'OTAN.")).hasSize(1);
    assertThat(fr("Il a publié le livre Pour une Europe solidaire en 2019.")).hasSize(1);
    assertThat(fr("Lundi le magazine Elle consacre un numéro aux Alliés.")).hasSize(1);
    assertThat(fr("Le disque est sorti sur le label Avant de John Zorn.")).hasSize(1);
    assertThat(fr("Le groupe LES RITA MITSOUKO a chanté à Bruxelles.")).hasSize(1);
    assertThat(fr("Son fils William (Willy) Ostijn est compositeur.")).hasSize(1);
  }

  @Test
  void unpunctuatedStartsNeedEvidenceOfAListOrTableNearby() {
    // two items support each other; one spaced hyphen before a capital alone is a dash in a sentence
    assertThat(fr("Voir aussi - Révolution roumaine de 1989 - Ceausescu - Timisoara"))
        .containsExactly("Voir aussi", "- Révolution roumaine de 1989", "- Ceausescu", "- Timisoara");
    assertThat(fr("Le sommet de Vilnius - Lituanie a accueilli les Alliés.")).hasSize(1);
    // a short title before a sentence starter; a capitals heading nearby
    assertThat(fr("Insuffisance hépatique Aucune adaptation de la dose n'est nécessaire."))
        .containsExactly("Insuffisance hépatique", "Aucune adaptation de la dose n'est nécessaire.");
    assertThat(fr("DONNEES CLINIQUES Emballage extérieur (emballage de 10 flacons) Angiox 250 mg poudre."))
        .containsExactly("DONNEES CLINIQUES", "Emballage extérieur (emballage de 10 flacons)", "Angiox 250 mg poudre.");
    assertThat(fr("Le trafic (1948-1953) La piastre était la monnaie.")).hasSize(1);
  }

  @Test
  void aBlankLineAlwaysEndsAParagraph() {
    List<Sentence> s = SEGMENTER.withWrap(WrapMode.JOINED).segment("Le plan serait\n\napprouvé en juillet.", Language.FR);
    assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 1);
  }

  @Test
  void emptyAndBlankInputGiveNoSentences() {
    assertThat(SEGMENTER.segment("", Language.FR)).isEmpty();
    assertThat(SEGMENTER.segment(" \n\u00a0\t\n ", Language.EN)).isEmpty();
  }

  @Test
  void aHugeSingleLineFinishesWithASaneNumberOfSegments() {
    String unit = "M. Stoltenberg a déclaré le 15 Feb. 2023 que « les Alliés fournissent 40,5 % de l’aide. » Pourquoi ? ";
    String text = unit.repeat(1024 * 1024 / unit.length());
    List<Sentence> sentences = SEGMENTER.segment(text, Language.FR);
    int units = text.length() / unit.length();
    assertThat(sentences).hasSize(2 * units);
    assertThat(sentences.getLast().end()).isEqualTo(text.stripTrailing().length());
    // no spaces at all: one segment, no quadratic rescans
    String dots = "a.".repeat(512 * 1024);
    assertThat(SEGMENTER.segment(dots, Language.EN)).hasSize(1);
  }

  @Test
  void spansPointIntoTheTextOnRandomInput() {
    long seed = System.nanoTime();
    System.out.println("spansPointIntoTheTextOnRandomInput seed " + seed);
    Random r = new Random(seed);
    String[] pieces = {"M.", " ", "Les", "ministres", ".", "?", "!", "…", "...", "«", "»", "“", "”", "\"", "\n", "\n\n",
        "\u00a0", "15", "Feb.", "art.", "1.000", "l’OTAN", "(", ")", "e.g.", "a", "Il", "x", "😀", "\uD800", "\r",
        " - ", "RAPPORT EUROPÉEN", "Ce", "\u202F»", "é\u0301"};
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(60); k > 0; k--) {
        b.append(pieces[r.nextInt(pieces.length)]);
        if (r.nextBoolean()) b.append(' ');
      }
      String text = b.toString();
      for (WrapMode mode : WrapMode.values()) {
        for (Language lang : Language.values()) {
          List<Sentence> sentences = SEGMENTER.withWrap(mode).segment(text, lang);
          try {
            assertSpansValid(text, sentences);
          } catch (AssertionError e) {
            throw new AssertionError("seed " + seed + ", text [" + text + "]: " + e.getMessage(), e);
          }
        }
      }
    }
  }

  @Test
  void isThreadSafe() throws Exception {
    List<String> texts = List.of("M. Stoltenberg est arrivé. « C’est grave. » Il a parlé le 15 Feb. 2023.",
        "Mr Smith left. He said: “No.” Then he went home... Really? Yes!", "Publicité\nLe plan serait\napprouvé.");
    List<List<Sentence>> expected = texts.stream().map(t -> SEGMENTER.segment(t, Language.FR)).toList();
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
      for (int k = 0; k < 200; k++) {
        int n = k % texts.size();
        runs.add(pool.submit(() -> SEGMENTER.segment(texts.get(n), Language.FR).equals(expected.get(n))));
      }
      for (var run : runs) assertThat(run.get()).isTrue();
    }
  }

  @Test
  void theBaselineIsTheModelAloneLineByLine() {
    OpenNlpSegmenter baseline = new OpenNlpSegmenter();
    assertThat(texts(baseline, "Il a parlé. Les ministres sont là.\nPublicité", Language.FR))
        .containsExactly("Il a parlé.", "Les ministres sont là.", "Publicité");
    // the model alone splits after "Feb." in a date: what the rules fix
    assertThat(texts(baseline, "Publié le 15 Feb. 2023 à Bruxelles.", Language.FR)).hasSize(2);
  }
}
