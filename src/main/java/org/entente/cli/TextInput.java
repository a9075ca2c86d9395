package org.entente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.entente.text.BadInputException;

/**
 * Reads a text file (or standard input) as strict UTF-8. Binary data (a NUL byte) and bytes that are not UTF-8
 * are refused with the file, line, column and byte offset of the first bad byte, rather than decoded with
 * replacement characters that would then end up in a translation memory.
 */
final class TextInput {
  private TextInput() {}

  /** The text of {@code file}, or of standard input when {@code file} is null. */
  static String read(Path file, InputStream stdin) {
    String name = file == null ? "<stdin>" : file.toString();
    byte[] bytes;
    try {
      bytes = file == null ? stdin.readAllBytes() : Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException("no such file", name, "check the path");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
    return decode(bytes, name);
  }

  /** Decodes strict UTF-8; {@code name} is for the error message. */
  static String decode(byte[] bytes, String name) {
    for (int k = 0; k < bytes.length; k++) {
      if (bytes[k] == 0) {
        throw new BadInputException("binary data, not text (NUL byte at byte offset " + k + ")", where(bytes, k, name),
            "give a plain-text UTF-8 file; extract the text of PDF or Word files first");
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) r = decoder.flush(out);
    if (r.isError()) {
      int offset = in.position();
      throw new BadInputException(String.format(Locale.ROOT, "not valid UTF-8 (byte 0x%02X at byte offset %d)",
          bytes[offset] & 0xFF, offset), where(bytes, offset, name),
          "convert the file to UTF-8 first, e.g. iconv -f windows-1252 -t utf-8 FILE > FILE.txt");
    }
    out.flip();
    return out.toString();
  }

  /** {@code name:line:column} of a byte offset, the column counted in characters. */
  private static String where(byte[] bytes, int offset, String name) {
    int line = 1;
    int column = 1;
    for (int k = 0; k < offset; k++) {
      if (bytes[k] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[k] & 0xC0) != 0x80) {
        column++;
      }
    }
    return name + ":" + line + ":" + column;
  }
}
