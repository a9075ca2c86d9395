package org.entente.opensearch;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.memory.ImportOptions;

/**
 * A process that starts importing a large TMX file into an OpenSearch memory and stops in the middle, once more than
 * a thousand units are written (invisible), printing {@code WRITTEN} and waiting to be killed: the crash of
 * {@link ImportUpkeepTest}. Arguments: the node's URL, the index prefix, the file name.
 */
public final class ImportThatDies {
  private ImportThatDies() {}

  public static void main(String[] args) throws Exception {
    OpenSearchSettings settings = OpenSearchSettings.parse(args[0]).withPrefix(args[1]).withShards(1, 0);
    OpenSearchTranslationMemory tm = OpenSearchTranslationMemory.open(settings);
    AtomicInteger read = new AtomicInteger();
    StringBuilder tmx = new StringBuilder("<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" "
        + "segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"fr\" datatype=\"plaintext\"/><body>");
    for (int i = 0; i < 3000; i++) {
      tmx.append("<tu><tuv xml:lang=\"fr\"><seg>Unité numéro ").append(i).append(" du gros fichier.</seg></tuv>")
          .append("<tuv xml:lang=\"en\"><seg>Unit number ").append(i).append(" of the big file.</seg></tuv></tu>");
    }
    tmx.append("</body></tmx>");
    tm.importTmx(new ByteArrayInputStream(tmx.toString().getBytes(StandardCharsets.UTF_8)), args[2],
        ImportOptions.DEFAULT, () -> {
          // two bulks of 500 units are written by the 1,001st unit read
          if (read.incrementAndGet() == 1200) {
            System.out.println("WRITTEN");
            System.out.flush();
            try {
              Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        });
  }
}
