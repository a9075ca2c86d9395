package org.entente.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The checkable text of a draft file: its segments (one for a whole document), the source segments when the file
 * carries them (an XLIFF file's {@code <source>}s), and anchors saying where in the file each stretch of a segment
 * lies, so that a finding at offset 23 of segment 4 can be shown as {@code report.xlf:41:30}. Positions are 1-based
 * lines and columns, columns counted in Unicode code points (a tab, an "é" or an emoji is one column).
 *
 * <p>A Markdown draft is one segment, the file's own text with code and link targets blanked out, so its offsets
 * are the file's: {@code DraftText.document(MarkdownProse.of(markdown))}.
 */
public record DraftText(List<String> segments, List<String> sources, List<List<Anchor>> anchors, boolean document) {
  public DraftText {
    segments = List.copyOf(segments);
    sources = List.copyOf(sources);
    anchors = anchors.stream().map(a -> {
      if (a.isEmpty() || a.get(0).offset() != 0) throw new IllegalArgumentException("each segment needs an anchor at 0");
      return List.copyOf(a);
    }).toList();
    if (anchors.size() != segments.size()) throw new IllegalArgumentException("anchors for every segment");
    if (!sources.isEmpty() && sources.size() != segments.size()) {
      throw new IllegalArgumentException("one source per segment, or none");
    }
    if (document && segments.size() != 1) throw new IllegalArgumentException("a document is one segment");
  }

  /** A line and a column, both from 1, the column in code points. */
  public record Position(int line, int column) {
    public static final Position START = new Position(1, 1);

    public Position {
      if (line < 1 || column < 1) throw new IllegalArgumentException("positions count from 1");
    }
  }

  /** From {@code offset} of a segment on, the text stands at {@code position} of the file. */
  public record Anchor(int offset, Position position) {
    public Anchor {
      if (offset < 0) throw new IllegalArgumentException("negative offset");
    }
  }

  /** A whole document whose offsets are the file's (plain text, Markdown prose, DOCX paragraphs one a line). */
  public static DraftText document(String text) {
    return new DraftText(List.of(text), List.of(), List.of(List.of(new Anchor(0, Position.START))), true);
  }

  public boolean hasSources() {
    return !sources.isEmpty();
  }

  /** Maps segment offsets to file positions; built once per file, in one pass over its text. */
  public Locator locator() {
    return new Locator(this);
  }

  /**
   * Maps segment offsets to file positions: the anchors given, plus one at every line start, so that a lookup is a
   * binary search and a count over at most one line.
   */
  public static final class Locator {
    private static final int CHECKPOINT = 4096;
    private final List<String> segments;
    private final int[][] offsets;
    private final Position[][] positions;

    private Locator(DraftText text) {
      segments = text.segments;
      offsets = new int[segments.size()][];
      positions = new Position[segments.size()][];
      for (int i = 0; i < segments.size(); i++) sweep(i, segments.get(i), text.anchors.get(i));
    }

    private void sweep(int segment, String s, List<Anchor> given) {
      List<Integer> at = new ArrayList<>();
      List<Position> pos = new ArrayList<>();
      int next = 0;
      int line = 1;
      int column = 1;
      int lastAnchor = -CHECKPOINT;
      for (int i = 0; i <= s.length(); i++) {
        boolean givenHere = next < given.size() && given.get(next).offset() <= i;
        if (givenHere) {
          line = given.get(next).position().line();
          column = given.get(next).position().column();
          while (next < given.size() && given.get(next).offset() <= i) next++;
        }
        boolean lineStart = i > 0 && (s.charAt(i - 1) == '\n' || (s.charAt(i - 1) == '\r'
            && (i == s.length() || s.charAt(i) != '\n')));
        // a checkpoint every few thousand characters keeps a lookup short on a file written on one line
        boolean checkpoint = i - lastAnchor >= CHECKPOINT && (i == s.length() || !Character.isLowSurrogate(s.charAt(i)));
        if (givenHere || lineStart || checkpoint) {
          at.add(i);
          pos.add(new Position(line, column));
          lastAnchor = i;
        }
        if (i == s.length()) break;
        char c = s.charAt(i);
        // \r\n is one line break; a lone \r (old Mac files) is one too
        if (c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'))) {
          line++;
          column = 1;
        } else if (c != '\r' && !Character.isLowSurrogate(c)) {
          column++;
        }
      }
      offsets[segment] = at.stream().mapToInt(Integer::intValue).toArray();
      positions[segment] = pos.toArray(Position[]::new);
    }

    public Position position(int segment, int offset) {
      String s = segments.get(segment);
      int at = Math.max(0, Math.min(offset, s.length()));
      int k = Arrays.binarySearch(offsets[segment], at);
      int anchor = k >= 0 ? lastOf(offsets[segment], k) : -k - 2;
      Position p = positions[segment][anchor];
      return new Position(p.line(), p.column() + s.codePointCount(offsets[segment][anchor], at));
    }

    private static int lastOf(int[] a, int k) {
      while (k + 1 < a.length && a[k + 1] == a[k]) k++;
      return k;
    }
  }
}
