package org.entente.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entente.terminology.Concept;
import org.entente.terminology.TermRecognizer;
import org.entente.text.Language;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Floors of the out-of-sample recognition figures (docs/terminology.md): FranceTerme on the UN dev set, dev and test
 * apart, precision on the hand-labelled sample. A little below the measured figures, so a regression fails.
 */
class TermsEvalFloorsTest {
  static final Path SHARED = Path.of("../shared/data");

  @Test
  void outOfSampleRecognitionStaysAboveItsFloors() throws Exception {
    Path terms = SHARED.resolve("terminology/franceterme");
    Path un = SHARED.resolve("parallel/un-v1/devset/UNv1.0.devset");
    Assumptions.assumeTrue(Files.isDirectory(terms) && Files.isRegularFile(Path.of(un + ".fr")),
        "../shared/data (FranceTerme, UN dev set) absent; skipping");
    List<Concept> concepts = FranceTerme.concepts(terms);
    TermRecognizer recognizer = TermRecognizer.of(concepts);
    var sentences = OutOfSampleRecognition.sentences(un);
    var labels = OutOfSampleRecognition.labels(TermsEvaluation.LABELS);
    Map<String, Double> precisionFloor = Map.of("dev|fr", 0.03, "dev|en", 0.03, "test|fr", 0.03, "test|en", 0.08);
    for (String split : List.of("dev", "test")) {
      for (Language lang : Language.values()) {
        var f = OutOfSampleRecognition.score(split, lang, recognizer, concepts, sentences, labels);
        String what = split + " " + lang.code();
        assertThat(f.verbatim()).as(what + " verbatim occurrences").isGreaterThan(50);
        assertThat(f.recall()).as(what + " verbatim recall").isGreaterThanOrEqualTo(0.97);
        assertThat(f.labelled()).as(what + " labelled hits still found").isGreaterThanOrEqualTo(23);
        assertThat(f.precision()).as(what + " precision").isGreaterThanOrEqualTo(precisionFloor.get(split + "|" + lang.code()));
      }
    }
  }
}
