package org.entente.terminology;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.index.DataFolder;

/** The termbase contract on the embedded store: a Lucene index in a data folder of the test's own. */
class LuceneTermBaseContractTest extends TermBaseContract {
  private final AtomicInteger folders = new AtomicInteger();
  private final Map<TermStore, DataFolder> data = new IdentityHashMap<>();

  @Override
  protected TermStore openFresh() {
    return open(DataFolder.open(dir.resolve("data" + folders.incrementAndGet()), "test"));
  }

  private TermStore open(DataFolder folder) {
    LuceneTermBase store = LuceneTermBase.open(folder);
    data.put(store, folder);
    return store;
  }

  @Override
  protected TermStore reopen(TermStore store) {
    DataFolder folder = data.remove(store);
    store.close();
    java.nio.file.Path root = folder.root();
    folder.close();
    return open(DataFolder.open(root, "test"));
  }

  @Override
  protected void dispose(TermStore store) {
    DataFolder folder = data.remove(store);
    store.close();
    folder.close();
  }
}
