package org.entente.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.text.BadInputException;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;

/** The validity dates of terms in TBX: term-level notes {@code entente:validFrom=} and {@code entente:supersededFrom=}. */
class TbxValidityDatesTest {
  static TermFile read(String xml) {
    return new TbxReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "dates.tbx");
  }

  static String tbx(String enTerms) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed:3.0">
         <tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader>
         <text><body>
          <conceptEntry id="nato-turkiye">
           <langSec xml:lang="en">
        """ + enTerms + """
           </langSec>
          </conceptEntry>
         </body></text>
        </tbx>
        """;
  }

  @Test
  void readsValidFromAndSupersededFromNotes() {
    TermFile f = read(tbx("""
        <termSec><term>Türkiye</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
         <note>entente:validFrom=2022-06-01</note></termSec>
        <termSec><term>Turkey</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
         <note>entente:supersededFrom=2022-06-01</note><note>Former name.</note></termSec>
        """));
    List<TermEntry.Term> terms = f.entries().get(0).terms();
    assertThat(terms.get(0).validFrom()).isEqualTo(LocalDate.of(2022, 6, 1));
    assertThat(terms.get(0).supersededFrom()).isNull();
    assertThat(terms.get(1).supersededFrom()).isEqualTo(LocalDate.of(2022, 6, 1));
    assertThat(terms.get(1).usageNote()).isEqualTo("Former name.");
  }

  @Test
  void datesSurviveAWriteAndReadUnderTheStrictTbxBasicRules() {
    TermEntry e = new TermEntry("nato-north-macedonia", "places", Map.of(), Map.of(), "", null, null, "", List.of(),
        List.of(new TermEntry.Term("North Macedonia", Language.EN, "preferred", "", "", "", "", "", "", LocalDate.of(2019, 2, 12), null),
            new TermEntry.Term("the former Yugoslav Republic of Macedonia", Language.EN, "superseded", "", "", "", "", "", "",
                null, LocalDate.of(2019, 2, 12)),
            new TermEntry.Term("Macédoine du Nord", Language.FR, "proposed", "", "", "", "note", "", "", LocalDate.of(2019, 2, 12), null)),
        "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TbxWriter.write(List.of(e), "dates", out);
    String xml = out.toString(StandardCharsets.UTF_8);
    assertThat(xml).contains("<note>entente:validFrom=2019-02-12</note>", "<note>entente:supersededFrom=2019-02-12</note>");
    TermFile back = read(xml);
    assertThat(back.format()).isEqualTo("TBX-Basic v3 (DCA)");
    TbxReaderTest.assertSameEntries(back.entries(), List.of(e));
  }

  @Test
  void anUnreadableDateIsRejectedWithItsLocationAndTheForm() {
    assertThatThrownBy(() -> read(tbx("""
        <termSec><term>Turkey</term><note>entente:supersededFrom=June 2022</note></termSec>
        """))).isInstanceOf(BadInputException.class)
        .hasMessageContaining("June 2022")
        .satisfies(x -> {
          assertThat(((BadInputException) x).where()).startsWith("dates.tbx:");
          assertThat(((BadInputException) x).hint()).contains("entente:supersededFrom=2022-06-01");
        });
  }

  @Test
  void aTermSupersededBeforeItIsValidIsRejected() {
    assertThatThrownBy(() -> read(tbx("""
        <termSec><term>Turkey</term><note>entente:validFrom=2022-06-01</note><note>entente:supersededFrom=2020-01-01</note></termSec>
        """))).isInstanceOf(BadInputException.class).hasMessageContaining("superseded (2020-01-01) before it is valid");
  }

  @Test
  void theShippedGlossaryDatesTurkiyeAndNorthMacedonia() throws Exception {
    TermFile f;
    try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("glossaries/nato.tbx"))) {
      f = new TbxReader().read(in, "nato.tbx");
    }
    TermEntry turkiye = f.entries().stream().filter(x -> x.id().equals("nato-turkiye")).findFirst().orElseThrow();
    assertThat(turkiye.terms()).filteredOn(t -> t.text().equals("Turkey")).singleElement()
        .satisfies(t -> assertThat(t.supersededFrom()).isEqualTo(LocalDate.of(2022, 6, 1)));
    TermEntry nm = f.entries().stream().filter(x -> x.id().equals("nato-north-macedonia")).findFirst().orElseThrow();
    assertThat(nm.terms()).filteredOn(t -> t.status().equals("superseded"))
        .allSatisfy(t -> assertThat(t.supersededFrom()).isEqualTo(LocalDate.of(2019, 2, 12)));
  }
}
