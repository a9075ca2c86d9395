package org.entente.memory;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The memory contract on the embedded Lucene memory, in a temporary folder. */
class LuceneMemoryContractTest extends TranslationMemoryContract {
  @TempDir Path tmp;
  private final AtomicInteger opened = new AtomicInteger();
  private final java.util.Map<TranslationMemory, Path> folders = new java.util.IdentityHashMap<>();

  @Override
  protected TranslationMemory openFresh() {
    Path dir = tmp.resolve("tm" + opened.incrementAndGet());
    LuceneTranslationMemory m = LuceneTranslationMemory.open(dir);
    folders.put(m, dir);
    return m;
  }

  @Override
  protected TranslationMemory reopen(TranslationMemory memory) {
    Path dir = folders.remove(memory);
    ((LuceneTranslationMemory) memory).close();
    LuceneTranslationMemory m = LuceneTranslationMemory.open(dir);
    folders.put(m, dir);
    return m;
  }

  @Override
  protected void dispose(TranslationMemory memory) {
    folders.remove(memory);
    ((LuceneTranslationMemory) memory).close();
  }
}
