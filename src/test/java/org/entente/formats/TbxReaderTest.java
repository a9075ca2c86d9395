package org.entente.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;

class TbxReaderTest {
  static byte[] resource(String name) throws IOException {
    try (InputStream in = TbxReaderTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  static TermFile read(byte[] bytes, String name) {
    return new TbxReader().read(new ByteArrayInputStream(bytes), name);
  }

  static TermFile read(String xml) {
    return read(xml.getBytes(StandardCharsets.UTF_8), "test.tbx");
  }

  static String entry(String inner) {
    return "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed:3.0\"><text><body>"
        + inner + "</body></text></tbx>";
  }

  @Test
  void readsEveryFieldOfATbxBasicDcaEntry() throws IOException {
    TermFile f = read(resource("nato-sample.tbx"), "nato-sample.tbx");
    assertThat(f.format()).isEqualTo("TBX-Basic v3 (DCA)");
    assertThat(f.entries()).extracting(TermEntry::id).containsExactly("c-npg", "c-kyiv", "c-allies", "c-old", "c-ddp");
    TermEntry npg = f.entries().get(0);
    assertThat(npg.subjectField()).isEqualTo("Nuclear policy");
    assertThat(npg.created()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
    assertThat(npg.modified()).isEqualTo(Instant.parse("2024-06-12T09:30:00Z"));
    assertThat(npg.source()).isEqualTo("NATO press releases");
    assertThat(npg.definitions().get(Language.FR)).isEqualTo("Organe de l’OTAN chargé de la politique nucléaire.");
    assertThat(npg.definitions().get(Language.EN)).isEqualTo("The NATO body for nuclear policy.");
    assertThat(npg.notes().get(Language.FR)).isEqualTo("Toujours avec une majuscule.");
    TermEntry.Term fr = npg.terms().get(0);
    assertThat(fr.text()).isEqualTo("Groupe des plans nucléaires");
    assertThat(fr.language()).isEqualTo(Language.FR);
    assertThat(fr.status()).isEqualTo("preferred");
    assertThat(fr.partOfSpeech()).isEqualTo("noun");
    assertThat(fr.gender()).isEqualTo("masculine");
    assertThat(fr.context()).isEqualTo("Le Groupe des plans nucléaires s’est réuni.");
    assertThat(npg.terms().get(2).type()).isEqualTo("acronym");
    assertThat(npg.terms().get(2).text()).isEqualTo("NPG");
    assertThat(f.entries().get(1).terms()).extracting(TermEntry.Term::status)
        .as("French first").containsExactly("preferred", "superseded", "preferred", "deprecated");
    assertThat(f.entries().get(1).terms().get(3).usageNote()).startsWith("Transliteration");
    assertThat(f.entries().get(2).subsets()).containsExactly("no-check");
    assertThat(f.entries().get(2).terms().get(0).status()).as("admitted is the default").isEqualTo("admitted");
    assertThat(f.entries().get(3).supersededBy()).isEqualTo("c-npg");
    assertThat(f.entries().get(4).terms().get(3).text()).isEqualTo("DDP");
    assertThat(f.entries().get(4).terms().get(3).status()).isEqualTo("proposed");
  }

  @Test
  void readsTheDctStyleLikeTheDcaStyle() throws IOException {
    TermEntry dct = read(resource("nato-sample-dct.tbx"), "dct.tbx").entries().get(0);
    TermEntry dca = read(resource("nato-sample.tbx"), "dca.tbx").entries().get(0);
    assertThat(dct.subjectField()).isEqualTo(dca.subjectField());
    assertThat(dct.definitions().get(Language.FR)).isEqualTo(dca.definitions().get(Language.FR));
    assertThat(dct.terms()).extracting(TermEntry.Term::text, TermEntry.Term::status, TermEntry.Term::type,
        TermEntry.Term::gender).containsExactlyElementsOf(dca.terms().stream()
        .map(t -> org.assertj.core.groups.Tuple.tuple(t.text(), t.status(), t.type(), t.gender())).toList());
  }

  @Test
  void readsTbxV2WithTigAndNtigAndKeepsOnlyFrenchAndEnglish() throws IOException {
    TermFile f = read(resource("iate-style-v2.tbx"), "iate.tbx");
    assertThat(f.format()).startsWith("TBX v2");
    assertThat(f.entries()).hasSize(2);
    assertThat(f.entries().get(0).terms()).extracting(TermEntry.Term::text).containsExactly("état-major", "staff");
    assertThat(f.entries().get(0).terms().get(0).status()).isEqualTo("preferred");
    assertThat(f.entries().get(1).terms()).extracting(TermEntry.Term::status).containsExactly("preferred", "superseded");
    assertThat(f.warnings()).anyMatch(w -> w.contains("'de' skipped"));
  }

  @Test
  void exportedTbxReadsBackWithoutLossAndFollowsTbxBasicRules() throws IOException {
    TermFile first = read(resource("nato-sample.tbx"), "nato-sample.tbx");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TbxWriter.write(first.entries(), "round trip", out);
    // read back under the TBX-Basic rules (the writer declares TBX-Basic): a misplaced data category would be
    // rejected, an unknown one or a value outside a picklist would be a warning
    TermFile second = read(out.toByteArray(), "export.tbx");
    assertThat(second.format()).isEqualTo("TBX-Basic v3 (DCA)");
    assertThat(second.warnings()).isEmpty();
    assertSameEntries(second.entries(), first.entries());
  }

  static void assertSameEntries(List<TermEntry> actual, List<TermEntry> expected) {
    List<TermEntry> a = withoutLocations(actual);
    List<TermEntry> e = withoutLocations(expected);
    assertThat(a).hasSameSizeAs(e);
    for (int i = 0; i < e.size(); i++) assertThat(a.get(i).toString()).isEqualTo(e.get(i).toString());
  }

  static List<TermEntry> withoutLocations(List<TermEntry> entries) {
    return entries.stream().map(e -> new TermEntry(e.id(), e.subjectField(), e.definitions(), e.notes(), e.source(),
        e.created(), e.modified(), e.supersededBy(), e.subsets(), e.terms().stream().map(t -> new TermEntry.Term(t.text(),
        t.language(), t.status(), t.type(), t.partOfSpeech(), t.gender(), t.usageNote(), t.context(), "")).toList(), ""))
        .toList();
  }

  @Test
  void truncatedFileIsRejectedWithLineAndColumn() throws IOException {
    String whole = new String(resource("nato-sample.tbx"), StandardCharsets.UTF_8);
    String cut = whole.substring(0, whole.indexOf("<conceptEntry id=\"c-allies\">") + 40);
    assertThatThrownBy(() -> read(cut.getBytes(StandardCharsets.UTF_8), "cut.tbx"))
        .isInstanceOf(BadInputException.class)
        .satisfies(e -> assertThat(((BadInputException) e).where()).matches("cut\\.tbx:\\d+:\\d+"));
  }

  @Test
  void unknownStatusIsRejectedWithItsLocationAndTheValidValues() {
    String xml = entry("<conceptEntry id=\"c1\">\n<langSec xml:lang=\"en\"><termSec><term>NATO</term>\n"
        + "<termNote type=\"administrativeStatus\">favouriteTerm</termNote></termSec></langSec></conceptEntry>");
    assertThatThrownBy(() -> read(xml)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("favouriteTerm")
        .satisfies(e -> {
          assertThat(((BadInputException) e).where()).startsWith("test.tbx:3:");
          assertThat(((BadInputException) e).hint()).contains("preferredTerm-admn-sts");
        });
  }

  @Test
  void conceptWithoutTermsIsRejected() {
    assertThatThrownBy(() -> read(entry("<conceptEntry id=\"c1\"><descrip type=\"subjectField\">x</descrip></conceptEntry>")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("has no term");
  }

  @Test
  void duplicateIdsAreRejected() {
    String c = "<conceptEntry id=\"c1\"><langSec xml:lang=\"en\"><termSec><term>NATO</term></termSec></langSec></conceptEntry>";
    assertThatThrownBy(() -> read(entry(c + "\n" + c))).isInstanceOf(BadInputException.class)
        .hasMessageContaining("duplicate concept id 'c1'");
  }

  @Test
  void aTermOfTenThousandCharactersIsRejected() {
    String big = "a".repeat(10_000);
    assertThatThrownBy(() -> read(entry("<conceptEntry id=\"c1\"><langSec xml:lang=\"en\"><termSec><term>" + big
        + "</term></termSec></langSec></conceptEntry>"))).isInstanceOf(BadInputException.class)
        .hasMessageContaining("10000 characters");
  }

  @Test
  void misplacedDataCategoryIsRejected() {
    assertThatThrownBy(() -> read(entry("<conceptEntry id=\"c1\"><descrip type=\"context\">x</descrip>"
        + "<langSec xml:lang=\"en\"><termSec><term>NATO</term></termSec></langSec></conceptEntry>")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("belongs in a term section");
  }

  @Test
  void valuesOutsideAPicklistAndUnknownCategoriesAreWarningsNotRejections() {
    TermFile f = read(entry("<conceptEntry id=\"c1\"><descrip type=\"relatedConcept\">c2</descrip>"
        + "<langSec xml:lang=\"en\"><termSec><term>NATO</term><termNote type=\"termType\">longForm</termNote>"
        + "<termNote type=\"pos\">noun</termNote><termNote type=\"pos\">noun</termNote></termSec></langSec></conceptEntry>"));
    assertThat(f.entries()).singleElement().satisfies(e -> assertThat(e.terms().get(0).type()).isEqualTo("variant"));
    assertThat(f.warnings()).contains("'relatedConcept' is not a TBX-Basic data category, ignored (1 time, first at test.tbx:1:151)",
        "'pos' is not a TBX-Basic data category, ignored (2 times, first at test.tbx:1:278)");
    assertThat(f.warnings()).anyMatch(w -> w.startsWith("termType 'longForm' is not in the TBX-Basic picklist"));
  }

  @Test
  void aProperNounRoundTripsThroughTbxAndCsv() throws IOException {
    TermEntry e = new TermEntry("c-tr", "", null, null, "", null, null, "", List.of(),
        List.of(new TermEntry.Term("Turkey", org.entente.text.Language.EN, "superseded", "fullForm", "properNoun", "", "",
            "", "")), "");
    ByteArrayOutputStream tbx = new ByteArrayOutputStream();
    TbxWriter.write(List.of(e), "proper noun", tbx);
    assertThat(read(tbx.toByteArray(), "p.tbx").entries().get(0).terms().get(0).partOfSpeech()).isEqualTo("properNoun");
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    CsvTermWriter.write(List.of(e), csv);
    assertThat(new CsvTermReader().read(csv.toByteArray(), "p.csv", CsvTermReader.Options.DEFAULT).entries().get(0)
        .terms().get(0).partOfSpeech()).isEqualTo("properNoun");
  }

  @Test
  void usageStatusIsReadAsOurStatus() {
    TermFile f = read(entry("<conceptEntry id=\"c1\"><langSec xml:lang=\"en\">"
        + "<termSec><term>Kyiv</term><termNote type=\"usageStatus\">preferred</termNote></termSec>"
        + "<termSec><term>Kiev</term><termNote type=\"usageStatus\">notRecommended</termNote></termSec>"
        + "<termSec><term>Kieff</term><termNote type=\"Usage Status\">obsolete</termNote></termSec>"
        + "</langSec></conceptEntry>"));
    assertThat(f.entries().get(0).terms()).extracting(TermEntry.Term::status)
        .containsExactly("preferred", "deprecated", "superseded");
    assertThat(f.warnings()).isEmpty();
  }

  @Test
  void tbxMinStatusesAreReadAndTbxMinIsNotJudgedByTbxBasicCategories() {
    String min = "<tbx type=\"TBX-Min\" style=\"dct\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\" "
        + "xmlns:min=\"http://www.tbxinfo.net/ns/min\"><text><body><conceptEntry id=\"c1\"><langSec xml:lang=\"en\">"
        + "<termSec><term>open cluster</term><min:usageStatus>preferred</min:usageStatus></termSec>"
        + "<termSec><term>galactic cluster</term><min:termStatus>notRecommended</min:termStatus></termSec>"
        + "</langSec><langSec xml:lang=\"fr\"><termSec><term>amas ouvert</term>"
        + "<termNote type=\"usageStatus\">admitted</termNote></termSec></langSec></conceptEntry></body></text></tbx>";
    TermFile f = read(min);
    assertThat(f.format()).startsWith("TBX-Min");
    assertThat(f.entries().get(0).terms()).extracting(t -> t.text() + "=" + t.status())
        .containsExactly("amas ouvert=admitted", "open cluster=preferred", "galactic cluster=deprecated");
    assertThat(f.warnings()).isEmpty();
  }

  @Test
  void aFilesTypeComesFromItsRootElementWhateverItsExtension() {
    byte[] tbx = entry("<conceptEntry id=\"c1\"><langSec xml:lang=\"en\"><termSec><term>NATO</term></termSec>"
        + "</langSec></conceptEntry>").getBytes(StandardCharsets.UTF_8);
    assertThat(TermFiles.read(tbx, "iate-export.xml", null).entries()).hasSize(1);
    assertThat(TermFiles.read(tbx, "glossary.txt", null).entries()).hasSize(1);
    assertThat(TermFiles.kind("\uFEFF<?xml version=\"1.0\"?><martif type=\"TBX\"/>".getBytes(StandardCharsets.UTF_8), "x.dat"))
        .isEqualTo(TermFiles.Kind.TBX);
    byte[] tmx = "<?xml version=\"1.0\"?><tmx version=\"1.4\"><header/><body/></tmx>".getBytes(StandardCharsets.UTF_8);
    assertThat(TermFiles.kind(tmx, "memory.xml")).isEqualTo(TermFiles.Kind.TMX);
    assertThatThrownBy(() -> TermFiles.read(tmx, "memory.tbx", null)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("a TMX file");
    assertThat(TermFiles.kind("fr,en\nOTAN,NATO\n".getBytes(StandardCharsets.UTF_8), "g.csv"))
        .isEqualTo(TermFiles.Kind.GLOSSARY);
  }

  @Test
  void entitiesAreNeverExpanded() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE tbx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + entry("<conceptEntry id=\"c1\"><langSec xml:lang=\"en\"><termSec><term>&x;</term></termSec></langSec></conceptEntry>");
    assertThatThrownBy(() -> read(xxe)).isInstanceOf(BadInputException.class);
  }

  @Test
  void notTbxIsRejected() {
    assertThatThrownBy(() -> read("<tmx version=\"1.4\"/>")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("not a TBX file");
  }
}
