package org.entente.memory;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.entente.text.Span;

/** Where a concordance query hits a stored text, by Lucene's unified highlighter: offsets, not markup. */
final class Highlights {
  private final UnifiedHighlighter highlighter;

  Highlights(Analyzer analyzer) {
    this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
        .withBreakIterator(() -> (BreakIterator) new WholeBreakIterator())
        .withFormatter(new SpanFormatter())
        .withMaxLength(Integer.MAX_VALUE - 1)
        .build();
  }

  @SuppressWarnings("unchecked")
  List<Span> spans(String field, Query query, String text) throws IOException {
    Object o = highlighter.highlightWithoutSearcher(field, query, text, 1);
    return o instanceof List<?> l ? (List<Span>) l : List.of();
  }

  /** Collects the match offsets of the passages. */
  private static final class SpanFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Span> spans = new ArrayList<>();
      for (Passage p : passages) {
        int[] starts = p.getMatchStarts();
        int[] ends = p.getMatchEnds();
        for (int i = 0; i < p.getNumMatches(); i++) {
          Span s = new Span(starts[i], ends[i]);
          if (spans.isEmpty() || !spans.get(spans.size() - 1).overlaps(s)) spans.add(s);
        }
      }
      spans.sort(null);
      return spans;
    }
  }

}
