package org.entente.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.entente.eval.AlignScore;
import org.entente.eval.SyntheticPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntenteAlignerTest {
  @TempDir Path dir;

  static final List<String> FR = PressRelease.FR;
  static final List<String> EN = PressRelease.EN;

  @Test
  void alignsAShortPressReleaseWithAnOmittedNoiseLine() {
    Alignment a = AlignmentInvariants.check(new EntenteAligner().align(Document.of("t", FR, EN)));
    assertThat(a.beads().stream().map(a::vecalign)).containsExactly(
        "[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[]", "[5]:[4]", "[6]:[5]");
    assertThat(a.beads().get(0).score()).isGreaterThan(0.5);
    assertThat(a.beads().get(4).flagged()).isTrue();
  }

  @Test
  void findsAMergeAndASplit() {
    List<String> fr = List.of(FR.get(0), FR.get(1), FR.get(2) + " " + FR.get(3), FR.get(5), FR.get(6));
    List<String> en = List.of(EN.get(0) + " " + EN.get(1), EN.get(2), EN.get(3), EN.get(4), EN.get(5));
    Alignment a = AlignmentInvariants.check(new EntenteAligner().align(Document.of("t", fr, en)));
    assertThat(a.beads().stream().map(a::vecalign)).containsExactly(
        "[0,1]:[0]", "[2]:[1,2]", "[3]:[3]", "[4]:[4]");
  }

  @Test
  void oneEmptySideGivesOnlyOmissionsAndTwoEmptySidesNothing() {
    Alignment a = AlignmentInvariants.check(new EntenteAligner().align(Document.of("t", FR, List.of())));
    assertThat(a.beads()).hasSize(FR.size()).allMatch(b -> b.shape().equals("1-0") && b.flagged());
    Alignment b = AlignmentInvariants.check(new EntenteAligner().align(Document.of("t", List.of(), EN)));
    assertThat(b.beads()).hasSize(EN.size()).allMatch(x -> x.shape().equals("0-1"));
    assertThat(new EntenteAligner().align(Document.of("t", List.of(), List.of())).beads()).isEmpty();
    assertThat(new GaleChurchAligner().align(Document.of("t", FR, List.of())).beads()).hasSize(FR.size());
  }

  @Test
  void wildlyDifferentLengthsStayLinearAndCoverEverySentence() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 6000; i++) many.add("Sentence number " + i + " of a very long English text.");
    AlignmentInvariants.check(new EntenteAligner().align(Document.of("t", List.of(FR.get(0)), many)));
    AlignmentInvariants.check(new GaleChurchAligner().align(Document.of("t", many, List.of(EN.get(0)))));
  }

  @Test
  void sameLanguageOnBothSidesAlignsAndWarns() {
    Document d = Document.of("t", EN, EN);
    Alignment a = AlignmentInvariants.check(new EntenteAligner().align(d));
    assertThat(a.beads()).allMatch(b -> b.shape().equals("1-1"));
    assertThat(LanguageCheck.warnings(d)).anyMatch(w -> w.contains("French side looks English"));
  }

  @Test
  void randomPairsAlignMonotonicallyWithScoresInRange() {
    long seed = System.nanoTime();
    System.out.println("randomPairsAlignMonotonicallyWithScoresInRange seed " + seed);
    Random r = new Random(seed);
    for (int round = 0; round < 20; round++) {
      List<String> fr = randomSentences(r, r.nextInt(60));
      List<String> en = randomSentences(r, r.nextInt(60));
      Document d = Document.of("r", fr, en);
      AlignmentInvariants.check(new EntenteAligner().align(d));
      AlignmentInvariants.check(new GaleChurchAligner().align(d));
    }
  }

  @Test
  void generatedPairsAreAlignedWellInACorridor() {
    List<String> fr = new ArrayList<>();
    List<String> en = new ArrayList<>();
    Random r = new Random(7);
    for (int i = 0; i < 1500; i++) {
      int n = r.nextInt(1000);
      String name = "Nom" + (char) ('A' + r.nextInt(26)) + (char) ('a' + r.nextInt(26)) + "ville";
      String pad = "x".repeat(r.nextInt(80));
      fr.add("La réunion " + n + " s’est tenue à " + name + " avec les délégations " + pad + ".");
      en.add("Meeting " + n + " was held in " + name + " with the delegations " + pad + ".");
    }
    SyntheticPair pair = SyntheticPair.build(fr, en, 1500, 42);
    // a small full-matrix limit forces the corridor on this pair
    Alignment a = AlignmentInvariants.check(new EntenteAligner(
        AlignerSettings.DEFAULTS.withFullMatrixCells(10_000), null, null).align(pair.document()));
    assertThat(AlignScore.of(pair.gold(), AlignScore.pairs(a)).strictF1()).isGreaterThan(0.9);
  }

  @Test
  void corridorCellsGrowLinearlyNotQuadratically() {
    Corridor c = Corridor.around(10_000, 10_000, List.of(new int[] {0, 0}, new int[] {10_000, 10_000}), 32);
    assertThat(c.cells).isLessThan(1_000_000L);
    assertThat(c.contains(5000, 5000)).isTrue();
    assertThat(c.contains(5000, 9000)).isFalse();
  }

  @Test
  void termbaseConceptsBecomeSharedKeys() {
    FakeTermBase terms = new FakeTermBase().add("c-npg", "Groupe des plans nucléaires", "Nuclear Planning Group");
    PreparedDocument d = new PreparedDocument(Document.of("t",
        List.of("Le Groupe des plans nucléaires s’est réuni."), List.of("The Nuclear Planning Group met.")), terms);
    assertThat(d.frKeys.get(0)).contains("t:c-npg");
    assertThat(d.enKeys.get(0)).contains("t:c-npg");
    Alignment a = new EntenteAligner(AlignerSettings.DEFAULTS, terms, null).align(d.document);
    assertThat(a.beads().get(0).score()).isGreaterThan(0.5);
  }

  @Test
  void learntLexiconIsKeptInTheGivenFileAndGrows() {
    Path file = dir.resolve("align/lexicon.tsv");
    List<String> fr = new ArrayList<>();
    List<String> en = new ArrayList<>();
    String[][] animals = {{"chat", "cat"}, {"chien", "dog"}, {"cheval", "horse"}, {"vache", "cow"}};
    String[][] foods = {{"pain", "bread"}, {"herbe", "grass"}, {"viande", "meat"}};
    for (int i = 0; i < 36; i++) {
      String[] a = animals[i % 4];
      String[] f = foods[i % 3];
      fr.add("Le " + a[0] + " " + i + " mange du " + f[0] + ".");
      en.add("The " + a[1] + " " + i + " eats " + f[1] + ".");
    }
    new EntenteAligner(AlignerSettings.DEFAULTS, null, file).align(Document.of("t", fr, en));
    Lexicon once = Lexicon.load(file);
    assertThat(once.translations(2, 0.3, 3).get("chat")).contains("cat");
    new EntenteAligner(AlignerSettings.DEFAULTS, null, file).align(Document.of("t", fr, en));
    assertThat(Lexicon.load(file).beads()).isGreaterThan(once.beads());
  }

  static List<String> randomSentences(Random r, int n) {
    List<String> out = new ArrayList<>();
    String[] words = {"OTAN", "NATO", "défense", "defence", "2024", "«", "»", "Alliés", "Allies", "le", "the", "12,5"};
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(25);
      for (int w = 0; w < len; w++) b.append(words[r.nextInt(words.length)]).append(' ');
      out.add(r.nextInt(10) == 0 ? "" : b.toString().strip() + (r.nextBoolean() ? "." : ""));
    }
    return out;
  }
}
