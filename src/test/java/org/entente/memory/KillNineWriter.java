package org.entente.memory;

import java.nio.file.Path;
import org.entente.text.Language;

/** Adds units one by one and prints each acknowledged id, until killed: the other half of {@link DurabilityTest}. */
public final class KillNineWriter {
  private KillNineWriter() {}

  public static void main(String[] args) {
    LuceneTranslationMemory tm = LuceneTranslationMemory.open(Path.of(args[0]));
    for (int i = 0; ; i++) {
      TranslationUnit u = tm.add(TranslationUnit.of(Language.FR, "Phrase numéro " + i + ".", Language.EN, "Sentence " + i + "."));
      System.out.println("acked " + u.id());
      System.out.flush();
    }
  }
}
