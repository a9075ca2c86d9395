package org.entente.memory;

import java.nio.file.Path;
import org.entente.text.Language;

/**
 * Adds units until killed, from {@code args[1]} concurrent writers (1 by default), and prints each acknowledged id:
 * the other half of {@link DurabilityTest}.
 */
public final class KillNineWriter {
  private KillNineWriter() {}

  public static void main(String[] args) throws InterruptedException {
    LuceneTranslationMemory tm = LuceneTranslationMemory.open(Path.of(args[0]));
    int writers = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    for (int t = 0; t < writers; t++) {
      int thread = t;
      Thread w = new Thread(() -> {
        for (int i = 0; ; i++) {
          TranslationUnit u = tm.add(TranslationUnit.of(Language.FR, "Phrase " + thread + " numéro " + i + ".",
              Language.EN, "Sentence " + thread + " number " + i + "."));
          synchronized (System.out) {
            System.out.println("acked " + u.id());
            System.out.flush();
          }
        }
      });
      w.start();
    }
    Thread.currentThread().join();
  }
}
