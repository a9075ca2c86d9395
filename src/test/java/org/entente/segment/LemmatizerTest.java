package org.entente.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.text.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LemmatizerTest {
  static final Lemmatizer FR = Lemmatizer.of(Language.FR);
  static final Lemmatizer EN = Lemmatizer.of(Language.EN);

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"plans,plan", "chefs,chef", "défenses,défense", "Défense,défense", "nucléaires,nucléaire",
      "ministérielles,ministérielle", "généraux,général", "alliés,Alliés", "États,état", "Etats,États",
      "ETATS,états", "membres,membre", "sommets,sommet", "l',la", "les,le"})
  void frenchFormsOfOneWordAreTheSameWord(String a, String b) {
    assertThat(FR.lemma(a).sameWordAs(FR.lemma(b))).isTrue();
  }

  @ParameterizedTest(name = "{0} ≠ {1}")
  @CsvSource({"force,forcé", "marine,marin", "armée,armé", "mission,missile", "général,généralement",
      "marché,marche"})
  void frenchFalseFriendsAreNotTheSameWord(String a, String b) {
    assertThat(FR.lemma(a).sameWordAs(FR.lemma(b))).isFalse();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"crises,crisis", "Ministers,minister", "forces,force", "allies,ally", "headquarters,headquarters",
      "meetings,meeting", "capabilities,capability"})
  void englishFormsOfOneWordAreTheSameWord(String a, String b) {
    assertThat(EN.lemma(a).sameWordAs(EN.lemma(b))).isTrue();
  }

  @Test
  void unknownWordsFallBackToAnUnaccentedStem() {
    Lemma l = FR.lemma("Stoltenberg");
    assertThat(l.known()).isFalse();
    assertThat(l.stem()).isEqualTo("stoltenberg");
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    List<String> words = List.of("plans", "défenses", "chefs", "armées", "nucléaires", "réunions", "ministres", "sommets");
    Lemmatizer uncached = Lemmatizer.uncached(Language.FR);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<String>>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> {
          List<List<String>> out = new ArrayList<>();
          for (int i = 0; i < 500; i++) {
            String w = words.get(i % words.size());
            out.add(uncached.lemma(w).lemmas());
          }
          return out;
        }));
      }
      List<List<String>> first = results.get(0).get();
      for (Future<List<List<String>>> f : results) assertThat(f.get()).isEqualTo(first);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theCacheStaysBoundedKeepsCachingAndSkipsLongForms() {
    Lemmatizer small = Lemmatizer.withCache(Language.FR, 100);
    for (int i = 0; i < 1_000; i++) small.lemma("mot" + i);
    assertThat(small.cachedForms()).isLessThanOrEqualTo(100);
    // a form seen after the cache filled is still cached (a full cache evicts, it does not stop caching)
    for (int i = 0; i < 50; i++) small.lemma("soldats");
    assertThat(small.lemma("soldats")).isSameAs(small.lemma("soldats"));
    small.lemma("x".repeat(10_000));
    assertThat(small.lemma("x".repeat(10_000))).isNotSameAs(small.lemma("x".repeat(10_000)));
  }
}
