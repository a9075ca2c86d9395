package org.entente.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.text.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
  @TempDir Path dir;

  @Test
  void refusesLatin1WithLineAndColumn() throws Exception {
    Path f = dir.resolve("fr.txt");
    Files.write(f, new byte[] {'o', 'k', '\n', 'd', (byte) 0xE9, 'f', 'e', 'n', 's', 'e'});
    assertThatThrownBy(() -> TextFiles.read(f)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("not UTF-8")
        .satisfies(e -> assertThat(((BadInputException) e).where()).endsWith("fr.txt:2:2"));
  }

  @Test
  void skipsTheByteOrderMarkAndSplitsAnyLineEnd() throws Exception {
    Path f = dir.resolve("en.txt");
    Files.write(f, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\r', '\n', 'b', '\r', 'c', '\n'});
    assertThat(TextFiles.lines(f)).containsExactly("a", "b", "c");
  }

  @Test
  void emptyFileHasNoLines() throws Exception {
    Path f = dir.resolve("empty.txt");
    Files.write(f, new byte[0]);
    assertThat(TextFiles.lines(f)).isEmpty();
  }
}
