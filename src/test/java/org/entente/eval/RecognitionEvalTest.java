package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.terminology.TermRecognizer;
import org.entente.text.Language;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RecognitionEvalTest {
  static final Path CORPUS = Path.of("../shared/corpus/nato");

  @Test
  void devAndTestSplitsAreScoredApartAndStayAboveTheirFloors() {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/nato absent; skipping");
    TermRecognizer r = TermRecognizer.of(RecognitionEval.concepts(CORPUS.resolve("ALL_TERMS.tsv")));
    var docs = RecognitionEval.documents(CORPUS);
    assertThat(docs.stream().filter(RecognitionEval::isDev)).hasSize(3);
    for (boolean dev : new boolean[] {true, false}) {
      var split = docs.stream().filter(d -> RecognitionEval.isDev(d) == dev).toList();
      for (Language lang : Language.values()) {
        RecognitionEval.Score s = RecognitionEval.score(split, r, lang);
        assertThat(s.recall()).as((dev ? "dev " : "test ") + lang).isGreaterThanOrEqualTo(0.97);
        assertThat(s.precision()).as((dev ? "dev " : "test ") + lang).isGreaterThanOrEqualTo(0.93);
      }
    }
  }

  @Test
  void recognitionOnTheNatoCorpusStaysAboveItsFloors() {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/nato absent; skipping");
    TermRecognizer r = TermRecognizer.of(RecognitionEval.concepts(CORPUS.resolve("ALL_TERMS.tsv")));
    for (Language lang : Language.values()) {
      RecognitionEval.Score s = RecognitionEval.score(CORPUS, r, lang);
      System.out.println(RecognitionEval.format(s));
      s.misses().forEach(m -> System.out.println("  miss " + m));
      s.falseHits().forEach(m -> System.out.println("  false " + m));
      assertThat(s.recall()).as("recall " + lang).isGreaterThanOrEqualTo(0.97);
      assertThat(s.precision()).as("precision " + lang).isGreaterThanOrEqualTo(0.94);
    }
  }
}
