package org.entente.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.text.BadInputException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Imports every file of the robustness corpus {@code ../shared/data/tmx} and compares the outcome with the list we
 * wrote down in {@code tmx-robustness-expected.tsv}: units imported, or rejected and why.
 */
class TmxRobustnessTest {
  static final Path CORPUS = Path.of("../shared/data/tmx");

  /** file → "imported N" or "rejected: reason words". */
  static String outcome(Path file, String name) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      ImportReport r = LuceneTranslationMemory.check(in, name, ImportOptions.DEFAULT);
      return "imported " + r.imported() + (r.duplicatesMerged() > 0 ? " merged " + r.duplicatesMerged() : "")
          + (r.skippedCount() > 0 ? " skipped " + r.skippedCount() : "");
    } catch (BadInputException e) {
      assertThat(e.where()).startsWith(name);
      return "rejected " + e.where().substring(name.length()) + " " + e.getMessage();
    }
  }

  static Map<String, String[]> expected() throws IOException {
    Map<String, String[]> m = new LinkedHashMap<>();
    try (InputStream in = TmxRobustnessTest.class.getResourceAsStream("/tmx-robustness-expected.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        m.put(f[0], f);
      }
    }
    return m;
  }

  @Test
  void everyCorpusFileHasTheOutcomeWeWroteDown() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/data/tmx absent; skipping");
    Map<String, String[]> expected = expected();
    List<String> mismatches = new ArrayList<>();
    List<String> actualLines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CORPUS)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = CORPUS.relativize(f).toString().replace('\\', '/');
        if (name.endsWith("LICENSE") || name.endsWith(".md")) continue;
        String got = outcome(f, name);
        actualLines.add(name + "\t" + got);
        String[] want = expected.get(name);
        if (want == null) {
          mismatches.add(name + ": no expectation written down (got: " + got + ")");
        } else if (want[1].startsWith("imported")) {
          if (!got.equals(want[1])) mismatches.add(name + ": expected " + want[1] + ", got " + got);
        } else if (!got.startsWith("rejected") || !got.contains(want[2])) {
          mismatches.add(name + ": expected rejected (" + want[2] + "), got " + got);
        }
        expected.remove(name);
      }
    }
    expected.keySet().forEach(k -> mismatches.add(k + ": listed but not in the corpus"));
    if (!mismatches.isEmpty()) actualLines.forEach(System.out::println);
    assertThat(mismatches).isEmpty();
  }
}
