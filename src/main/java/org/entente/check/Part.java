package org.entente.check;

/** A stretch of one segment of the draft or the source: segment index and offsets inside it. */
public record Part(int segment, int start, int end) {
  public Part {
    if (segment < 0 || start < 0 || end < start) throw new IllegalArgumentException("bad part");
  }

  public boolean contains(int segment, int start, int end) {
    return this.segment == segment && this.start <= start && end <= this.end;
  }
}
