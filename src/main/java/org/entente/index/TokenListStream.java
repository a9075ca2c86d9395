package org.entente.index;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A token stream over terms already computed (with their offsets), so that a text tokenised once can feed several
 * fields: {@code new TextField("fr_m", new TokenListStream(terms, starts, ends))}.
 */
public final class TokenListStream extends TokenStream {
  private final List<String> terms;
  private final int[] starts;
  private final int[] ends;
  private final int length;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private int next;

  /** @param length the length of the text, for the final offset */
  public TokenListStream(List<String> terms, int[] starts, int[] ends, int length) {
    if (starts.length != terms.size() || ends.length != terms.size()) throw new IllegalArgumentException("sizes differ");
    this.terms = terms;
    this.starts = starts;
    this.ends = ends;
    this.length = length;
  }

  @Override
  public boolean incrementToken() {
    int skipped = 0;
    // a term Lucene cannot index (over 32,766 bytes) is left out, not allowed to fail the whole document
    while (next < terms.size() && terms.get(next).length() > TokenizerAnalyzer.MAX_TERM_CHARS) {
      next++;
      skipped++;
    }
    if (next >= terms.size()) return false;
    clearAttributes();
    term.setEmpty().append(terms.get(next));
    offset.setOffset(starts[next], ends[next]);
    position.setPositionIncrement(1 + skipped);
    next++;
    return true;
  }

  @Override
  public void end() throws java.io.IOException {
    super.end();
    offset.setOffset(length, length);
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
  }
}
