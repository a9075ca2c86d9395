package org.entente.testing;

import java.util.ArrayList;
import java.util.List;
import org.entente.segment.Segmenter;
import org.entente.segment.Sentence;
import org.entente.text.Language;

/** A segmenter that cuts at line ends and after ". ", "! ", "? "; the real one lives in segment. */
public final class FakeSegmenter implements Segmenter {
  @Override
  public List<Sentence> segment(String text, Language language) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    int paragraph = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length() || text.charAt(i) == '\n'
          || (i > 0 && ".!?".indexOf(text.charAt(i - 1)) >= 0 && text.charAt(i) == ' ');
      if (!end) continue;
      add(text, start, i, paragraph, out);
      if (i < text.length() && text.charAt(i) == '\n') paragraph++;
      start = i + 1;
    }
    return out;
  }

  private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end > start) out.add(new Sentence(text.substring(start, end), start, end, paragraph));
  }
}
