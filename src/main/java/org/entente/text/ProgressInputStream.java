package org.entente.text;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that tells {@link Progress} how many of the file's bytes have been read: 12.3 of 27.1 MB. */
public final class ProgressInputStream extends FilterInputStream {
  private final Progress progress;
  private final long total;
  private long read;

  public ProgressInputStream(InputStream in, long total, Progress progress) {
    super(in);
    this.total = total;
    this.progress = progress;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) progress.at(++read, total);
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) progress.at(read += n, total);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) progress.at(read += skipped, total);
    return skipped;
  }
}
