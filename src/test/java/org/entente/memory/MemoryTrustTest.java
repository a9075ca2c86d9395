package org.entente.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.entente.text.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cases of issue 10, each one a wrong 100% match, a lost edit or a lost unit on the old memory. */
class MemoryTrustTest {
  @TempDir Path tmp;
  LuceneTranslationMemory tm;

  @BeforeEach
  void open() {
    tm = LuceneTranslationMemory.open(tmp.resolve("tm"));
  }

  @AfterEach
  void close() {
    tm.close();
  }

  TranslationUnit add(String fr, String en) {
    return tm.add(TranslationUnit.of(Language.FR, fr, Language.EN, en));
  }

  List<TmMatch> lookup(String text, int min) {
    return tm.lookup(new LookupQuery(text, Language.FR, "", "", min, 10, List.of()));
  }

  ImportReport importString(String xml, String name) {
    return tm.importTmx(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), name, ImportOptions.DEFAULT);
  }

  static String tmx(String... pairs) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) b.append(LuceneTranslationMemoryTest.tu(pairs[i], pairs[i + 1]));
    return LuceneTranslationMemoryTest.tmx(b.toString());
  }

  @Test
  void substitutionNeverRewritesTheDigitsOfAnotherNumber() {
    add("Les 3 navires et 13 avions.", "The 3 ships and 13 aircraft.");
    TmMatch m = lookup("Les 4 navires et 13 avions.", 70).get(0);
    assertThat(m.target()).isEqualTo("The 4 ships and 13 aircraft.");
    assertThat(m.explanation().numbersSubstituted()).isTrue();
  }

  @Test
  void substitutionOfASecondNumberLeavesTheFirstAlone() {
    add("12 navires et 2 frégates.", "12 ships and 2 frigates.");
    TmMatch m = lookup("12 navires et 3 frégates.", 70).get(0);
    assertThat(m.target()).isEqualTo("12 ships and 3 frigates.");
  }

  @Test
  void swappedNumbersAreSubstitutedAtTheirOwnPlaces() {
    add("Entre 3 et 13 navires.", "Between 3 and 13 ships.");
    assertThat(lookup("Entre 13 et 3 navires.", 70).get(0).target()).isEqualTo("Between 13 and 3 ships.");
  }

  @Test
  void aNumberThatOccursTwiceIsPenalisedNotSubstituted() {
    add("Les 3 navires et 3 avions.", "The 3 ships and 3 aircraft.");
    TmMatch m = lookup("Les 4 navires et 3 avions.", 70).get(0);
    assertThat(m.explanation().numbersSubstituted()).isFalse();
    assertThat(m.target()).isEqualTo("The 3 ships and 3 aircraft.");
    assertThat(m.score()).isEqualTo(100 - FuzzyScorer.NUMBER);
  }

  @Test
  void aSubstitutedMatchIsNeverOneHundredAndOne() {
    TranslationUnit u = TranslationUnit.of(Language.FR, "Voir l'article 7 du traité.", Language.EN,
        "See Article 7 of the Treaty.").withProperties(UnitProperties.NONE, new Context("Avant.", "Après."));
    tm.add(u);
    List<TmMatch> ms = tm.lookup(new LookupQuery("Voir l'article 5 du traité.", Language.FR, "Avant.", "Après.", 70, 10,
        List.of()));
    assertThat(ms.get(0).explanation().numbersSubstituted()).isTrue();
    assertThat(ms.get(0).score()).isLessThanOrEqualTo(100);
  }

  @Test
  void aQueryOfSixHundredDistinctWordsIsAnsweredNotAnError() {
    // 600 distinct letter-only words: mot + i written in the letters a to j
    String words = IntStream.range(0, 600).mapToObj(i -> "mot" + Integer.toString(i).chars()
        .mapToObj(c -> Character.toString('a' + c - '0')).collect(Collectors.joining())).collect(Collectors.joining(" "));
    add(words.substring(0, 200) + ".", "Words.");
    assertThat(lookup(words + ".", 50)).isNotNull();
    assertThat(lookup(words + ".", 0)).isNotNull();
  }

  @Test
  void folderSyncKeysOnTheRelativePathSoTwoFilesOfTheSameNameAreBothKept() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("tmx"));
    Files.createDirectories(folder.resolve("air"));
    Files.createDirectories(folder.resolve("sea"));
    Files.writeString(folder.resolve("air/glossary.tmx"), tmx("Les avions décollent.", "The aircraft take off."));
    Files.writeString(folder.resolve("sea/glossary.tmx"), tmx("Les navires appareillent.", "The ships sail."));
    tm.synchronize(folder, null);
    assertThat(lookup("Les avions décollent.", 100)).hasSize(1);
    assertThat(lookup("Les navires appareillent.", 100)).hasSize(1);
  }

  @Test
  void anEmptiedFolderRemovesNothingAndSaysSo() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("tmx"));
    Files.writeString(folder.resolve("a.tmx"), tmx("Les avions décollent.", "The aircraft take off."));
    tm.synchronize(folder, null);
    Files.delete(folder.resolve("a.tmx"));
    List<ImportReport> reports = tm.synchronize(folder, null);
    assertThat(lookup("Les avions décollent.", 100)).hasSize(1);
    assertThat(reports).anySatisfy(r -> assertThat(r.summary()).contains("no TMX file").contains("kept"));
  }

  @Test
  void oneUnreadableFileDoesNotStopTheOthersFromLoading() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("tmx"));
    Files.createSymbolicLink(folder.resolve("a-broken.tmx"), folder.resolve("nowhere.tmx"));
    Files.writeString(folder.resolve("b.tmx"), tmx("Les avions décollent.", "The aircraft take off."));
    List<ImportReport> reports = tm.synchronize(folder, null);
    assertThat(lookup("Les avions décollent.", 100)).hasSize(1);
    assertThat(reports).anySatisfy(r -> {
      assertThat(r.file()).endsWith("a-broken.tmx");
      assertThat(r.error()).isNotEmpty();
    });
  }

  @Test
  void keyHashesHaveAFixedWidth() {
    for (int i = 0; i < 2_000; i++) assertThat(UnitCodec.hash("clé " + i)).hasSize(32);
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"00A0", "202F", "2007", "2009", "2002", "2003", "2004", "2005", "2006", "2008", "200A",
      "205F", "3000"})
  void everyKindOfSpaceMeetsAPlainSpaceAtOneHundred(String hex) {
    String space = Character.toString(Integer.parseInt(hex, 16));
    add("« Nous sommes prêts ? »", "“Are we ready?”");
    TmMatch m = lookup("«" + space + "Nous sommes prêts" + space + "? »", 70).get(0);
    assertThat(m.score()).as("U+%s", hex).isEqualTo(100);
    assertThat(m.explanation().penalties()).isEmpty();
  }

  @Test
  void usageCountsPendingInMemoryAreClearedOnceCommitted() {
    TranslationUnit u = add("Le Conseil se réunit.", "The Council meets.");
    tm.recordUse(u.id());
    assertThat(tm.pendingUsage()).isEqualTo(1);
    assertThat(tm.get(u.id()).orElseThrow().usageCount()).isEqualTo(1);
    tm.flush();
    assertThat(tm.pendingUsage()).isZero();
    assertThat(tm.get(u.id()).orElseThrow().usageCount()).isEqualTo(1);
  }

  @Test
  void concurrentWritersAreAllAcknowledgedVisibleAndDurable() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<List<String>>> done = new java.util.ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
          TranslationUnit u = add("Le navire " + thread + " porte le numéro " + i + ".", "Ship " + thread + " is " + i + ".");
          assertThat(tm.get(u.id())).isPresent();
          assertThat(lookup("Le navire " + thread + " porte le numéro " + i + ".", 100)).extracting(TmMatch::unitId)
              .contains(u.id());
          ids.add(u.id());
        }
        return ids;
      }));
    }
    List<String> all = new java.util.ArrayList<>();
    for (Future<List<String>> f : done) all.addAll(f.get());
    pool.shutdown();
    tm.close();
    tm = LuceneTranslationMemory.open(tmp.resolve("tm"));
    for (String id : all) assertThat(tm.get(id)).as(id).isPresent();
    assertThat(tm.size()).isEqualTo(160);
  }

  @Test
  void aUnitOfAnUnknownStoredFormatIsAClearErrorNotGarbage() {
    byte[] blob = {9, 0, 0, 0, 1, 'x'};
    assertThatThrownBy(() -> UnitCodec.decode(new org.apache.lucene.util.BytesRef(blob), 0, 0))
        .hasMessageContaining("format 9").hasMessageContaining("newer Entente");
  }

  @Test
  void aUnitStoredInFormatOneIsReadWithItsOriginKind() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
      out.writeByte(1);
      for (String v : new String[] {"id-1", "default", "fr", "Bonjour.", "en", "Hello."}) str(out, v);
      out.writeLong(0);
      str(out, "");
      out.writeLong(0);
      str(out, "");
      out.writeByte(Origin.Kind.ALIGNED_DOCUMENTS.ordinal());
      str(out, "001/fr.txt|001/en.txt");
      out.writeDouble(0.5);
      for (int k = 0; k < 10; k++) str(out, "");
      out.writeInt(0);
      out.writeInt(0);
    }
    TranslationUnit u = UnitCodec.decode(new org.apache.lucene.util.BytesRef(bytes.toByteArray()), 0, 0);
    assertThat(u.origin()).isEqualTo(new Origin(Origin.Kind.ALIGNED_DOCUMENTS, "001/fr.txt|001/en.txt", 0.5, false));
    assertThat(u.target().plain()).isEqualTo("Hello.");
  }

  private static void str(java.io.DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  @Test
  void originKindAndEditedFlagSurviveReopening() {
    TranslationUnit u = add("Le Conseil se réunit.", "The Council meet.");
    tm.update(u.withChange(java.time.Instant.now(), "reviewer"));
    tm.close();
    tm = LuceneTranslationMemory.open(tmp.resolve("tm"));
    assertThat(tm.get(u.id()).orElseThrow().origin().edited()).isTrue();
    assertThat(tm.get(u.id()).orElseThrow().origin().kind()).isEqualTo(Origin.Kind.API_USER);
  }
}
