package org.entente.align;

import java.util.ArrayList;
import java.util.List;
import org.entente.segment.Segmenter;
import org.entente.segment.Sentence;
import org.entente.text.Language;

/**
 * A French document and its English counterpart, as sentences, with an id used as origin in TMX output:
 * {@code 000_993cab2e6ca3c6dd}.
 */
public record Document(String id, List<Item> fr, List<Item> en) {
  public Document {
    id = id == null ? "" : id;
    fr = List.copyOf(fr);
    en = List.copyOf(en);
  }

  /** A document from two lists of sentences, numbered 0, 1, 2 … in one paragraph. */
  public static Document of(String id, List<String> fr, List<String> en) {
    return new Document(id, items(fr), items(en));
  }

  /**
   * A document from the lines of two pre-segmented files: each non-blank line is a sentence that keeps its line
   * number; blank lines separate paragraphs and are not aligned.
   */
  public static Document ofLines(String id, List<String> frLines, List<String> enLines) {
    return new Document(id, lines(frLines), lines(enLines));
  }

  /**
   * A document from two raw texts, segmented into sentences; each sentence is reported under its index and keeps
   * its paragraph.
   */
  public static Document segment(String id, String frText, String enText, Segmenter segmenter) {
    return new Document(id, segments(segmenter.segment(frText, Language.FR)),
        segments(segmenter.segment(enText, Language.EN)));
  }

  private static List<Item> segments(List<Sentence> sentences) {
    List<Item> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) out.add(new Item(sentences.get(i).text(), i, sentences.get(i).paragraph()));
    return out;
  }

  private static List<Item> items(List<String> texts) {
    List<Item> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) out.add(new Item(texts.get(i), i, 0));
    return out;
  }

  private static List<Item> lines(List<String> lines) {
    List<Item> out = new ArrayList<>(lines.size());
    int paragraph = 0;
    boolean blank = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        blank = true;
        continue;
      }
      if (blank && !out.isEmpty()) paragraph++;
      blank = false;
      out.add(new Item(line.strip(), i, paragraph));
    }
    return out;
  }
}
