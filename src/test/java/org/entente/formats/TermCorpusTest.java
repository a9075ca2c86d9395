package org.entente.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.text.BadInputException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The robustness corpus {@code ../shared/data/tbx}: every file's outcome (entries read, or rejected and why) is
 * written down in {@code tbx-corpus-expected.tsv} and asserted here.
 */
class TermCorpusTest {
  static final Path CORPUS = Path.of("../shared/data/tbx");

  static String outcome(Path f) throws IOException {
    String name = f.getFileName().toString();
    byte[] bytes = Files.readAllBytes(f);
    try {
      TermFile tf = TermFiles.read(bytes, name, CsvTermReader.Options.DEFAULT);
      int terms = tf.entries().stream().mapToInt(e -> e.terms().size()).sum();
      return "ok\t" + tf.entries().size() + "\t" + terms;
    } catch (BadInputException e) {
      String where = e.where().replaceFirst("^[^:]*", "");
      return "rejected\t" + where + "\t" + e.getMessage();
    }
  }

  static Map<String, String> actual() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> s = Files.walk(CORPUS)) {
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.startsWith("license") || n.endsWith(".md") || n.endsWith("readme.txt")) continue;
        out.put(CORPUS.relativize(f).toString().replace('\\', '/'), outcome(f));
      }
    }
    return out;
  }

  @Test
  void everyCorpusFileHasItsWrittenDownOutcome() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/data/tbx absent; skipping");
    Map<String, String> expected = new LinkedHashMap<>();
    try (InputStream in = getClass().getResourceAsStream("tbx-corpus-expected.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", 2);
        expected.put(f[0], f[1]);
      }
    }
    Map<String, String> actual = actual();
    List<String> diffs = new ArrayList<>();
    for (var e : actual.entrySet()) {
      String exp = expected.get(e.getKey());
      if (exp == null) diffs.add("no expected outcome for " + e.getKey() + ": " + e.getValue());
      else if (!outcomeMatches(exp, e.getValue())) diffs.add(e.getKey() + ": expected " + exp + ", got " + e.getValue());
    }
    if (!diffs.isEmpty()) actual.forEach((k, v) -> System.out.println(k + "\t" + v));
    assertThat(diffs).isEmpty();
  }

  /** "ok N T" must be equal; "rejected :L:C message" compares the location and the start of the message. */
  private static boolean outcomeMatches(String expected, String actual) {
    String[] e = expected.split("\t");
    String[] a = actual.split("\t");
    if (!e[0].equals(a[0])) return false;
    if (e[0].equals("ok")) return expected.equals(actual);
    return e[1].equals(a[1]) && a[2].startsWith(e[2].length() > 40 ? e[2].substring(0, 40) : e[2]);
  }
}
