package org.entente.memory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Imports a generated TMX file of {@code args[1]} units into the memory at {@code args[0]}, printing {@code read-all}
 * when the last unit is read (the commit follows) and {@code imported} when the import is acknowledged: the other
 * half of {@link DurabilityTest}'s kill during an import's commit.
 */
public final class KillNineImporter {
  private KillNineImporter() {}

  public static void main(String[] args) {
    int units = Integer.parseInt(args[1]);
    LuceneTranslationMemory tm = LuceneTranslationMemory.open(Path.of(args[0]));
    AtomicInteger read = new AtomicInteger();
    tm.importTmx(new ByteArrayInputStream(tmx(units).getBytes(StandardCharsets.UTF_8)), "bulk.tmx",
        ImportOptions.DEFAULT, () -> {
          if (read.incrementAndGet() == units) say("read-all");
        });
    say("imported");
  }

  /** A TMX 1.4b file of {@code units} distinct French–English units. */
  static String tmx(int units) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header "
        + "creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\" "
        + "srclang=\"fr-FR\" datatype=\"plaintext\"/><body>\n");
    for (int i = 0; i < units; i++) {
      b.append("<tu><tuv xml:lang=\"fr-FR\"><seg>Le lot ").append(i).append(" du plan numéro ").append(i * 7)
          .append(" est prêt.</seg></tuv><tuv xml:lang=\"en-GB\"><seg>Batch ").append(i).append(" of plan number ")
          .append(i * 7).append(" is ready.</seg></tuv></tu>\n");
    }
    return b.append("</body></tmx>\n").toString();
  }

  private static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
