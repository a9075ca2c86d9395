package org.entente.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.entente.formats.CsvTermReader;
import org.entente.index.DataFolder;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typo-tolerant term search scores a match by edit distance: 1 - distance / longer length, times 0.98. */
class FuzzySearchScoresTest {
  private static final long SEED = 20261202L;

  @TempDir Path dir;

  @Test
  void fuzzyScoresAreTheEditDistanceRatioOfTheBestTermOnSeededTyposOfTheNatoGlossary() throws IOException {
    System.out.println("seed " + SEED);
    Random random = new Random(SEED);
    List<String> lines = new ArrayList<>();
    try (DataFolder data = DataFolder.open(dir.resolve("data"), "test"); LuceneTermBase base = LuceneTermBase.open(data)) {
      new TermImport(base).importFile(Path.of("glossaries/nato.tbx"), "file:nato.tbx", CsvTermReader.Options.DEFAULT);
      List<Term> terms = TermImport.concepts(TermImport.read(Files.readAllBytes(Path.of("glossaries/nato.tbx")), "nato.tbx", null),
          "nato").stream().flatMap(c -> c.terms().stream()).toList();
      int fuzzy = 0;
      for (int i = 0; i < 200; i++) {
        Term t = terms.get(random.nextInt(terms.size()));
        String query = typo(t.text(), random);
        List<ConceptMatch> found = base.search(query, t.language(), SearchMode.FUZZY, 5);
        StringBuilder line = new StringBuilder(query);
        for (ConceptMatch m : found) {
          String norm = ConceptSearch.normalise(query);
          double expected = m.concept().terms().stream().filter(x -> x.language() == t.language())
              .mapToDouble(x -> ratio(ConceptSearch.normalise(x.text()), norm) * 0.98).max().orElseThrow();
          assertThat(m.score()).as("%s -> %s", query, m.term().text()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
          line.append(String.format(Locale.ROOT, " | %s %.3f", m.concept().id(), m.score()));
          fuzzy++;
        }
        lines.add(line.toString());
      }
      assertThat(fuzzy).isGreaterThan(150);
    }
    String dump = System.getenv("ENTENTE_FUZZY_DUMP"); // to compare two implementations' results line by line
    if (dump != null) Files.write(Path.of(dump), lines, StandardCharsets.UTF_8);
  }

  private static String typo(String s, Random r) {
    if (s.length() < 3) return s + "x";
    int i = 1 + r.nextInt(s.length() - 2);
    return switch (r.nextInt(3)) {
      case 0 -> s.substring(0, i) + s.substring(i + 1);
      case 1 -> s.substring(0, i) + "e" + s.substring(i);
      default -> s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
    };
  }

  /** The reference: Levenshtein distance over UTF-16 units, as a similarity in [0, 1]. */
  private static double ratio(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return 1.0 - (double) prev[b.length()] / Math.max(a.length(), b.length());
  }
}
