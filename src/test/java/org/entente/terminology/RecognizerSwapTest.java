package org.entente.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.entente.index.DataFolder;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A glossary re-imported while checks run: every recognition sees the old glossary or the new one, never a mix. */
class RecognizerSwapTest {
  static final int CONCEPTS = 150;
  @TempDir Path dir;

  static List<Concept> version(String word) {
    List<Concept> out = new ArrayList<>();
    for (int i = 0; i < CONCEPTS; i++) {
      out.add(new Concept("c-" + i, "", null, null, "", null, null, "",
          List.of(Term.of(word + " " + i, Language.EN, TermStatus.PREFERRED))));
    }
    return out;
  }

  @Test
  void aConcurrentRecognitionNeverSeesAHalfImportedGlossary() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < CONCEPTS; i++) text.append("alpha ").append(i).append(", beta ").append(i).append("; ");
    try (DataFolder data = DataFolder.open(dir.resolve("data"), "test"); LuceneTermBase base = LuceneTermBase.open(data)) {
      base.replaceOrigin("glossaries/g.tbx", version("alpha"), "a");
      AtomicBoolean done = new AtomicBoolean();
      AtomicInteger checks = new AtomicInteger();
      AtomicReference<String> mixed = new AtomicReference<>();
      Thread reader = new Thread(() -> {
        while (!done.get() && mixed.get() == null) {
          Set<String> words = new HashSet<>();
          int hits = 0;
          for (TermHit h : base.recognise(text.toString(), Language.EN)) {
            words.add(h.term().text().split(" ")[0]);
            hits++;
          }
          if (words.size() != 1 || hits != CONCEPTS) mixed.set(hits + " hits of " + words);
          checks.incrementAndGet();
        }
      });
      reader.start();
      for (int round = 0; round < 12 && mixed.get() == null; round++) {
        base.replaceOrigin("glossaries/g.tbx", version(round % 2 == 0 ? "beta" : "alpha"), "v" + round);
      }
      done.set(true);
      reader.join();
      assertThat(mixed.get()).as("a recognition during a re-import").isNull();
      assertThat(checks.get()).isPositive();
    }
  }
}
