package org.entente.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.entente.text.BadInputException;

/**
 * Reads a text file that must be UTF-8 (a byte-order mark is skipped). A file in another encoding is refused with
 * the line and column of its first bad byte: {@code fr.txt:12:7: not UTF-8 (convert it: iconv -f WINDOWS-1252 …)}.
 */
public final class TextFiles {
  private TextFiles() {}

  public static String read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException("no such file", file.toString(), "check the path");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return decode(bytes, file.toString());
  }

  /** The lines of a file, without their line ends. */
  public static List<String> lines(Path file) {
    return lines(read(file));
  }

  /** Splits text into lines at LF, CRLF or CR; a final line end adds no empty line. */
  public static List<String> lines(String text) {
    if (text.isEmpty()) return List.of();
    List<String> out = new java.util.ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
    if (out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
    return out;
  }

  static String decode(byte[] bytes, String where) {
    int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
        ? 3 : 0;
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer cb = d.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
      return cb.toString();
    } catch (CharacterCodingException e) {
      int bad = firstBadByte(bytes, start);
      int line = 1;
      int col = 1;
      for (int k = start; k < bad; k++) {
        if (bytes[k] == '\n') {
          line++;
          col = 1;
        } else if ((bytes[k] & 0xC0) != 0x80) {
          col++;
        }
      }
      throw new BadInputException("the file is not UTF-8 (byte 0x"
          + Integer.toHexString(bytes[bad] & 0xff).toUpperCase(java.util.Locale.ROOT) + ")",
          where + ":" + line + ":" + col, "convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8");
    }
  }

  private static int firstBadByte(byte[] b, int start) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
    CharBuffer out = CharBuffer.allocate(b.length + 1);
    var result = d.decode(in, out, true);
    return result.isError() ? in.position() : Math.max(start, b.length - 1);
  }

  /** The folders directly under {@code dir}, sorted by name: one per document pair of a corpus ({@code corpus/nato/01-...}). */
  public static List<Path> subfolders(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
