package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.entente.formats.CsvTermReader;
import org.entente.formats.TbxReader;
import org.entente.formats.TmxReader;
import org.entente.formats.TmxHeader;
import org.entente.formats.TmxUnit;
import org.entente.formats.Xml;
import org.entente.segment.ModelAndRulesSegmenter;
import org.entente.segment.Token;
import org.entente.segment.Tokenizer;
import org.entente.terminology.Concept;
import org.entente.terminology.Term;
import org.entente.terminology.TermRecognizer;
import org.entente.terminology.TermStatus;
import org.entente.text.BadInputException;
import org.entente.text.Language;

/**
 * Jazzer fuzz targets for everything that reads what users send: the TMX, TBX and CSV readers, the JSON request
 * bodies, the tokenizer, the segmenter and the term recogniser. The contract: bad input ends in a
 * {@link BadInputException} (a 4xx with a message), never another exception. In a normal build each target runs
 * its seed inputs (regression mode, a fraction of a second); {@code JAZZER_FUZZ=1} fuzzes one target for its
 * {@code maxDuration} (see docs/reliability.md).
 */
class FuzzTargetsTest {
  static final Xml.Limits LIMITS = new Xml.Limits(1_000_000, 64);
  static final TermRecognizer RECOGNIZER = TermRecognizer.of(List.of(new Concept("c-npg", "", Map.of(), Map.of(), "",
      null, null, "", List.of(Term.of("Groupe des plans nucléaires", Language.FR, TermStatus.PREFERRED),
          Term.of("Nuclear Planning Group", Language.EN, TermStatus.PREFERRED), Term.of("NPG", Language.EN,
              TermStatus.ADMITTED)))));
  static ModelAndRulesSegmenter segmenter;

  @FuzzTest(maxDuration = "10s")
  void tmxReader(byte[] data) throws IOException {
    try {
      TmxReader.read(new ByteArrayInputStream(data), "fuzz.tmx", LIMITS, new TmxReader.Handler() {
        @Override public void header(TmxHeader header) {}

        @Override public void unit(TmxUnit unit) {}
      });
    } catch (BadInputException expected) {
      // a malformed file, told with its line and column
    }
  }

  @FuzzTest(maxDuration = "10s")
  void tbxReader(byte[] data) {
    try {
      new TbxReader(LIMITS).read(new ByteArrayInputStream(data), "fuzz.tbx");
    } catch (BadInputException expected) {
      // a malformed file, told with its line and column
    }
  }

  @FuzzTest(maxDuration = "10s")
  void csvReader(byte[] data) {
    try {
      new CsvTermReader().read(data, "fuzz.csv", CsvTermReader.Options.DEFAULT);
    } catch (BadInputException expected) {
      // a malformed file, told with its line
    }
  }

  @FuzzTest(maxDuration = "10s")
  void jsonBodies(FuzzedDataProvider data) {
    Class<?>[] types = {CheckRoutes.Body.class, SuggestRoutes.Body.class, SuggestRoutes.BatchBody.class,
        MemoryJson.UnitRequest.class, SegmentRoutes.SegmentRequest.class, AlignRoutes.AlignRequest.class,
        MemoryRoutes.MemorySettings.class};
    Class<?> type = types[data.consumeInt(0, types.length - 1)];
    try {
      assertThat(Json.body(data.consumeRemainingAsString(), type)).isNotNull();
    } catch (BadInputException expected) {
      assertThat(expected.getMessage()).doesNotContain("java.", "`");
    }
  }

  @FuzzTest(maxDuration = "10s")
  void tokenizer(FuzzedDataProvider data) {
    Language lang = data.consumeBoolean() ? Language.FR : Language.EN;
    String text = data.consumeRemainingAsString();
    int prevEnd = 0;
    for (Token t : new Tokenizer(lang).tokenize(text)) {
      assertThat(t.start()).isGreaterThanOrEqualTo(prevEnd);
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      prevEnd = t.end();
    }
  }

  @FuzzTest(maxDuration = "10s")
  void segmenter(FuzzedDataProvider data) {
    if (segmenter == null) segmenter = new ModelAndRulesSegmenter();
    Language lang = data.consumeBoolean() ? Language.FR : Language.EN;
    String text = data.consumeRemainingAsString();
    for (var s : segmenter.segment(text, lang)) {
      assertThat(s.start()).isBetween(0, text.length());
      assertThat(s.end()).isBetween(s.start(), text.length());
    }
  }

  @FuzzTest(maxDuration = "10s")
  void recogniser(FuzzedDataProvider data) {
    Language lang = data.consumeBoolean() ? Language.FR : Language.EN;
    String text = data.consumeRemainingAsString();
    for (var h : RECOGNIZER.recognise(text, lang)) {
      assertThat(h.start()).isBetween(0, text.length());
      assertThat(h.end()).isBetween(h.start(), text.length());
    }
  }
}
