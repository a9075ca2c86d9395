package org.entente.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
  @TempDir Path dir;

  static Lexicon manyWords(int n) {
    Lexicon lex = new Lexicon();
    for (int i = 0; i < n; i++) {
      lex.add(List.of("mot" + i, "chat"), List.of("word" + i, "cat"));
      lex.add(List.of("mot" + i, "chien"), List.of("word" + i, "dog"));
    }
    return lex;
  }

  @Test
  void learnsWordPairsByDiceCoefficient() {
    Lexicon lex = manyWords(3000);
    assertThat(lex.translations(2, 0.3, 3).get("mot7")).containsExactly("word7");
    assertThat(lex.translations(2, 0.3, 3).get("chat")).containsExactly("cat");
  }

  @Test
  void mergingAndReloadingKeepsTheCountsOfLargeVocabularies() {
    Lexicon merged = new Lexicon();
    merged.addAll(manyWords(3000));
    merged.addAll(manyWords(3000));
    assertThat(merged.beads()).isEqualTo(12_000);
    merged.save(dir.resolve("lexicon.tsv"));
    Lexicon back = Lexicon.load(dir.resolve("lexicon.tsv"));
    assertThat(back.beads()).isEqualTo(12_000);
    assertThat(back.translations(2, 0.3, 3).get("mot2999")).containsExactly("word2999");
  }
}
