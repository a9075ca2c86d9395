package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.api.Json;
import org.entente.text.Language;

/**
 * The gold segmentation sets under {@code ../shared} that {@code entente eval segment} scores, each marked dev or
 * test: the NATO corpus (French and English; dev, in-sample), UD French GSD and Sequoia (each file's gold sentences
 * joined with single spaces into one paragraph; GSD dev and Sequoia emea-fr-dev and frwiki are dev, GSD test,
 * emea-fr-test and fr_sequoia-ud-test are test), MultiLegalSBD (French Constitution and Civil Code, JSONL spans;
 * test) and the pySBD French golden rules (test).
 */
public final class SegmentationGold {
  /** One text and its gold segments. */
  public record Doc(String name, String text, List<String> gold) {
    public Doc {
      gold = List.copyOf(gold);
    }
  }

  /**
   * Which part of the evaluation a set is: {@code DEV_IN_SAMPLE} (the rules were built on it), {@code DEV} (rules
   * may be tuned on it), {@code TEST} (reported only; never tuned on from issue 12 on).
   */
  public enum Split {
    DEV_IN_SAMPLE("dev, in-sample"), DEV("dev"), TEST("test");

    private final String label;

    Split(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A named set of documents in one language; {@code skipped} says why it is empty when its files are absent. */
  public record GoldSet(String name, Language language, List<Doc> docs, String skipped, Split split) {
    public GoldSet {
      docs = List.copyOf(docs);
    }

    GoldSet(String name, Language language, List<Doc> docs, String skipped) {
      this(name, language, docs, skipped, Split.TEST);
    }

    static GoldSet absent(String name, Language language, Path where) {
      return new GoldSet(name, language, List.of(), where + " is absent; skipping " + name);
    }

    GoldSet in(Split s) {
      return new GoldSet(name, language, docs, skipped, s);
    }
  }

  private SegmentationGold() {}

  public static List<GoldSet> all(Path shared) {
    List<GoldSet> sets = new ArrayList<>();
    sets.add(nato(shared, Language.FR).in(Split.DEV_IN_SAMPLE));
    sets.add(nato(shared, Language.EN).in(Split.DEV_IN_SAMPLE));
    sets.add(ud(shared, "gsd", "UD French GSD dev", List.of("fr_gsd-ud-dev")).in(Split.DEV));
    sets.add(ud(shared, "sequoia", "UD French Sequoia dev", List.of("emea-fr-dev", "frwiki_50.1000")).in(Split.DEV));
    sets.add(ud(shared, "gsd", "UD French GSD test", List.of("fr_gsd-ud-test")).in(Split.TEST));
    sets.add(ud(shared, "sequoia", "UD French Sequoia test", List.of("emea-fr-test", "fr_sequoia-ud-test")).in(Split.TEST));
    sets.add(legal(shared, "Constitution.jsonl", "MultiLegalSBD Constitution").in(Split.TEST));
    sets.add(legal(shared, "CivilCode_test.jsonl", "MultiLegalSBD Civil Code").in(Split.TEST));
    sets.add(goldenRules(shared).in(Split.TEST));
    return sets;
  }

  public static GoldSet nato(Path shared, Language language) {
    String name = "NATO corpus " + language.code();
    Path dir = shared.resolve("corpus/nato");
    if (!Files.isDirectory(dir)) return GoldSet.absent(name, language, dir);
    List<Doc> docs = new ArrayList<>();
    for (Path d : list(dir)) {
      Path txt = d.resolve(language.code() + ".txt");
      Path sent = d.resolve(language.code() + ".sent");
      if (Files.isRegularFile(txt) && Files.isRegularFile(sent)) {
        docs.add(new Doc(d.getFileName() + "/" + language.code(), read(txt), lines(read(sent))));
      }
    }
    return docs.isEmpty() ? GoldSet.absent(name, language, dir) : new GoldSet(name, language, docs, null);
  }

  /** The UD files of {@code corpus} whose names start with one of {@code files}, e.g. {@code emea-fr-dev}. */
  public static GoldSet ud(Path shared, String corpus, String name, List<String> files) {
    Path dir = shared.resolve("data/sentseg/ud-french").resolve(corpus);
    if (!Files.isDirectory(dir)) return GoldSet.absent(name, Language.FR, dir);
    List<Doc> docs = new ArrayList<>();
    for (Path f : list(dir)) {
      String file = f.getFileName().toString();
      if (!file.endsWith(".sentences.tsv") || files.stream().noneMatch(x -> file.equals(x + ".sentences.tsv"))) continue;
      List<String> gold = new ArrayList<>();
      List<String> rows = lines(read(f));
      for (String row : rows.subList(1, rows.size())) {
        String[] cols = row.split("\t", -1);
        if (cols.length >= 3 && !cols[2].isBlank()) gold.add(cols[2]);
      }
      docs.add(new Doc(f.getFileName().toString(), String.join(" ", gold), gold));
    }
    return docs.isEmpty() ? GoldSet.absent(name, Language.FR, dir) : new GoldSet(name, Language.FR, docs, null);
  }

  /**
   * One document per JSONL line: its {@code text}, and as gold the text of each span; a character outside every
   * span (one full stop in the Civil Code) joins the span before it, so that gold and test cover the same text.
   */
  public static GoldSet legal(Path shared, String file, String name) {
    Path f = shared.resolve("data/sentseg/multilegalsbd").resolve(file);
    if (!Files.isRegularFile(f)) return GoldSet.absent(name, Language.FR, f);
    List<Doc> docs = new ArrayList<>();
    int lineNo = 0;
    for (String line : lines(read(f))) {
      lineNo++;
      JsonNode n = parse(line, f, lineNo);
      String text = n.get("text").asText();
      List<int[]> spans = new ArrayList<>();
      for (JsonNode s : n.get("spans")) spans.add(new int[] {s.get("start").asInt(), s.get("end").asInt()});
      spans.sort((a, b) -> Integer.compare(a[0], b[0]));
      List<String> gold = new ArrayList<>();
      for (int k = 0; k < spans.size(); k++) {
        int end = k + 1 < spans.size() ? Math.max(spans.get(k)[1], spans.get(k + 1)[0]) : text.length();
        gold.add(text.substring(spans.get(k)[0], end));
      }
      docs.add(new Doc(file + ":" + lineNo, text, gold));
    }
    return new GoldSet(name, Language.FR, docs, null);
  }

  public static GoldSet goldenRules(Path shared) {
    String name = "Golden rules (pySBD fr)";
    Path f = shared.resolve("data/sentseg/golden-rules/pysbd_french_golden_rules.json");
    if (!Files.isRegularFile(f)) return GoldSet.absent(name, Language.FR, f);
    List<Doc> docs = new ArrayList<>();
    JsonNode all = parse(read(f), f, 1);
    int k = 0;
    for (JsonNode c : all) {
      List<String> gold = new ArrayList<>();
      c.get("expected_sentences").forEach(s -> gold.add(s.asText()));
      docs.add(new Doc("case " + ++k, c.get("input").asText(), gold));
    }
    return new GoldSet(name, Language.FR, docs, null);
  }

  private static JsonNode parse(String json, Path file, int line) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ":" + line, e);
    }
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }

  /** Non-blank lines, as seg_score.py reads a gold file. */
  public static List<String> lines(String s) {
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(s))) {
      return r.lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
