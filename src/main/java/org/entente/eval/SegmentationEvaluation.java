package org.entente.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.entente.api.Json;
import org.entente.segment.ModelAndRulesSegmenter;
import org.entente.segment.OpenNlpSegmenter;
import org.entente.segment.Segmenter;
import org.entente.segment.Sentence;

/**
 * Sentence segmentation scored on every gold set in {@code ../shared}: our segmenter and OpenNLP's model alone, side
 * by side, exact segments and boundary P/R/F1 as {@code ../shared/tools/seg_score.py} computes them; {@code entente
 * eval segment}.
 */
public final class SegmentationEvaluation {
  private static final Pattern LINE_BREAKS = Pattern.compile("\\R");

  /** The figures of one set for one segmenter. */
  record Result(String set, String segmenter, int docs, SegmentationScore score) {}

  private final Path shared;
  private final PrintWriter out;
  private final boolean json;
  private final Path dump;

  /** Reads the gold data under {@code shared} and prints to {@code out}. */
  public SegmentationEvaluation(Path shared, PrintWriter out, boolean json, Path dump) {
    this.shared = shared;
    this.out = out;
    this.json = json;
    this.dump = dump;
  }

  /** Runs the evaluation. */
  public void run() {
    List<Segmenter> segmenters = List.of(new ModelAndRulesSegmenter(), new OpenNlpSegmenter());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SegmentationGold.GoldSet set : SegmentationGold.all(shared)) {
      if (set.skipped() != null) {
        if (!json) out.println(set.skipped());
        rows.add(Map.of("set", set.name(), "skipped", set.skipped()));
        continue;
      }
      int gold = set.docs().stream().mapToInt(d -> d.gold().size()).sum();
      long chars = set.docs().stream().mapToLong(d -> d.text().length()).sum();
      if (!json) {
        out.printf(Locale.ROOT, "%s [%s] (%s, %d docs, %d gold segments, %d characters)%n",
            set.name(), set.split().label(), set.language().code(), set.docs().size(), gold, chars);
      }
      for (Segmenter s : segmenters) {
        SegmentationScore score = score(set, s);
        if (!json) out.printf(Locale.ROOT, "  %-14s %s%n", label(s), score.describe());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("set", set.name());
        row.put("split", set.split().label());
        row.put("lang", set.language().code());
        row.put("segmenter", label(s));
        row.put("docs", set.docs().size());
        row.put("characters", chars);
        row.put("gold", score.gold());
        row.put("exact", score.exact());
        row.put("exactRatio", round(score.exactRatio()));
        row.put("precision", round(score.precision()));
        row.put("recall", round(score.recall()));
        row.put("f1", round(score.f1()));
        rows.add(row);
      }
    }
    if (json) {
      try {
        out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    out.flush();
  }

  /** Scores one segmenter on one set, pooled over its documents, writing the dump files when asked. */
  SegmentationScore score(SegmentationGold.GoldSet set, Segmenter segmenter) {
    SegmentationScore total = SegmentationScore.ZERO;
    for (SegmentationGold.Doc doc : set.docs()) {
      List<String> test = segmenter.segment(doc.text(), set.language()).stream().map(Sentence::text).toList();
      total = total.plus(SegmentationScore.of(doc.gold(), test));
      if (dump != null) write(set, segmenter, doc, test);
    }
    return total;
  }

  static String label(Segmenter s) {
    return s instanceof OpenNlpSegmenter ? "OpenNLP alone" : "Entente";
  }

  private void write(SegmentationGold.GoldSet set, Segmenter s, SegmentationGold.Doc doc, List<String> test) {
    Path dir = dump.resolve(safe(set.name()));
    String base = safe(doc.name());
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve(base + ".gold"), oneLine(doc.gold()), StandardCharsets.UTF_8);
      Files.write(dir.resolve(base + "." + safe(label(s)) + ".test"), oneLine(test), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write under " + dir, e);
    }
  }

  private static List<String> oneLine(List<String> segments) {
    return segments.stream().map(x -> LINE_BREAKS.matcher(x).replaceAll(" ")).toList();
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]+", "_");
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
