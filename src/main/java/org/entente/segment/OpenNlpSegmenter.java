package org.entente.segment;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.entente.text.Language;

/**
 * OpenNLP's sentence model used alone, the baseline of {@code entente eval segment}: every line of the text is a
 * paragraph (the model never splits at a line break), and each line is split where the model says.
 * {@code "M. Rutte est arrivé. Il a parlé."} gives two sentences.
 *
 * <p>The model is shared; a {@link SentenceDetectorME} is not thread-safe and is cheap, so each call builds its own.
 * Quadratic on long lines without spaces: for evaluation, not for service use.
 */
public final class OpenNlpSegmenter implements Segmenter {
  @Override
  public List<Sentence> segment(String text, Language language) {
    SentenceDetectorME detector = new SentenceDetectorME(SentenceModels.of(language));
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    for (org.entente.text.Span line : ParagraphSplitter.split(text, WrapMode.LINES)) {
      String s = text.substring(line.start(), line.end());
      for (Span span : detector.sentPosDetect(s)) {
        Sentences.addTrimmed(out, text, line.start() + span.getStart(), line.start() + span.getEnd(), paragraph);
      }
      paragraph++;
    }
    return out;
  }

  @Override
  public String toString() {
    return "OpenNLP alone";
  }
}
