package org.entente.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * An append-only file of the changes made since the index's last commit, so that one fsync of it makes a group of
 * writes durable instead of a whole Lucene commit. It starts with the epoch of the commit it follows (recorded in
 * the commit data); each record is {@code [length][CRC-32][bytes]}. At open the records of the current epoch are
 * replayed; a torn record at the end (a crash during an append, never acknowledged) ends the log. Example: the
 * memory logs "unit 42 is now …" here, fsyncs once for eight concurrent writers, and commits Lucene every few MB.
 */
final class WriteAheadLog implements AutoCloseable {
  private static final int HEADER = Long.BYTES;

  private final Path file;
  private final FileChannel channel;
  private long epoch;
  private long written;
  private long synced;

  private WriteAheadLog(Path file, FileChannel channel, long epoch, long end) {
    this.file = file;
    this.channel = channel;
    this.epoch = epoch;
    this.written = end;
    this.synced = end;
  }

  /** Opens (or creates) the log; {@link #records(long)} gives what it holds for an epoch. */
  static WriteAheadLog open(Path file) throws IOException {
    FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    long epoch = -1;
    if (c.size() >= HEADER) {
      ByteBuffer h = ByteBuffer.allocate(HEADER);
      c.read(h, 0);
      epoch = h.flip().getLong();
    }
    return new WriteAheadLog(file, c, epoch, Math.max(HEADER, c.size()));
  }

  /** The records logged after the commit of {@code commitEpoch}; none when the log belongs to another epoch. */
  List<byte[]> records(long commitEpoch) throws IOException {
    List<byte[]> out = new ArrayList<>();
    if (epoch != commitEpoch) return out;
    long pos = HEADER;
    long size = channel.size();
    ByteBuffer head = ByteBuffer.allocate(8);
    while (pos + 8 <= size) {
      head.clear();
      channel.read(head, pos);
      head.flip();
      int length = head.getInt();
      int crc = head.getInt();
      if (length < 0 || pos + 8 + length > size) break;
      ByteBuffer body = ByteBuffer.allocate(length);
      channel.read(body, pos + 8);
      CRC32 check = new CRC32();
      check.update(body.array());
      if ((int) check.getValue() != crc) break;
      out.add(body.array());
      pos += 8 + length;
    }
    written = pos;
    synced = pos;
    channel.truncate(pos);
    return out;
  }

  /** Appends one record (not yet durable: see {@link #sync()}). */
  void append(byte[] record) throws IOException {
    CRC32 crc = new CRC32();
    crc.update(record);
    ByteBuffer b = ByteBuffer.allocate(8 + record.length).putInt(record.length).putInt((int) crc.getValue())
        .put(record).flip();
    while (b.hasRemaining()) written += channel.write(b, written);
  }

  /** Makes every appended record durable: one fsync. */
  void sync() throws IOException {
    if (synced == written) return;
    channel.force(false);
    synced = written;
  }

  /** Drops what was appended and not synced (a failed group: none of its writers was answered). */
  void dropUnsynced() throws IOException {
    channel.truncate(synced);
    written = synced;
  }

  /** Empties the log for the commit of {@code newEpoch}, which holds everything logged so far. */
  void reset(long newEpoch) throws IOException {
    channel.truncate(0);
    channel.write(ByteBuffer.allocate(HEADER).putLong(newEpoch).flip(), 0);
    channel.force(true);
    epoch = newEpoch;
    written = HEADER;
    synced = HEADER;
  }

  /** Bytes of records since the last reset. */
  long size() {
    return written - HEADER;
  }

  Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  static void deleteIfExists(Path file) throws IOException {
    Files.deleteIfExists(file);
  }
}
