package org.entente.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Lucene index on disk with its single {@link IndexWriter} and {@link SearcherManager} (near-real-time
 * reads). Writes come in three kinds:
 * <ul>
 *   <li>{@link #write durable writes}: applied, committed (fsync) and made visible before the call returns, so an
 *       acknowledged write survives a {@code kill -9};</li>
 *   <li>{@link #importAtomically atomic imports}: documents are built in a staging index in a temporary folder,
 *       then added to the live index (optionally replacing earlier documents) with one commit; readers see all of
 *       it or none of it, and a failed import leaves nothing behind;</li>
 *   <li>{@link #writeLazily lazy writes} for statistics (usage counts): applied now, committed with the next
 *       commit or at {@link #close()}.</li>
 * </ul>
 * Example: {@code LuceneIndex.open(data, "memory", analyzer)} opens {@code data/indexes/memory}.
 * Lucene types appear in this class's signatures on purpose: only {@code memory} and {@code terminology} use it.
 */
public final class LuceneIndex implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LuceneIndex.class);
  private static final String STAGING_SUFFIX = ".staging-";

  private final Path dir;
  private final Analyzer analyzer;
  private final Directory directory;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final Map<String, String> commitData = new HashMap<>();
  private IndexWriter writer;
  private SearcherManager searchers;
  private boolean closed;

  private LuceneIndex(Path dir, Analyzer analyzer) throws IOException {
    this.dir = dir;
    this.analyzer = analyzer;
    deleteLeftoverStaging(dir);
    this.directory = FSDirectory.open(dir);
    openWriter();
  }

  /** Opens (or creates) the index {@code indexes/<name>} of the data folder. */
  public static LuceneIndex open(DataFolder data, String name, Analyzer analyzer) {
    if (!name.matches("[a-z0-9][a-z0-9._-]*")) throw new IllegalArgumentException("bad index name: " + name);
    return open(data.folder("indexes/" + name), analyzer);
  }

  /** Opens (or creates) an index in {@code dir}; the caller holds the data folder. */
  public static LuceneIndex open(Path dir, Analyzer analyzer) {
    try {
      Files.createDirectories(dir);
      LuceneIndex index = new LuceneIndex(dir, analyzer);
      LOG.info("opened index {} ({} documents)", dir, index.numDocs());
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index " + dir + ": " + e.getMessage(), e);
    }
  }

  private void openWriter() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64);
    writer = new IndexWriter(directory, config);
    commitData.clear();
    var live = writer.getLiveCommitData();
    if (live != null) live.forEach(e -> commitData.put(e.getKey(), e.getValue()));
    searchers = new SearcherManager(writer, new SearcherFactory());
  }

  /** Where the index lives. */
  public Path path() {
    return dir;
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  /** Runs a read on the current searcher (near-real-time: every acknowledged write is visible). */
  public <T> T search(Read<T> read) {
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return read.apply(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        LOG.warn("could not release a searcher of {}", dir, e);
      }
    }
  }

  /** Live documents in the current searcher. */
  public int numDocs() {
    return search(s -> s.getIndexReader().numDocs());
  }

  /**
   * Applies {@code change}, commits and refreshes the searcher before returning: durable and visible.
   *
   * @return the change's own result
   */
  public <T> T write(Write<T> change) {
    return write(Map.of(), change);
  }

  /** As {@link #write(Write)}, also recording {@code commitUpdates} with the commit (a null value removes a key). */
  public <T> T write(Map<String, String> commitUpdates, Write<T> change) {
    writeLock.lock();
    try {
      ensureOpen();
      T result = change.apply(writer);
      commitUpdates.forEach((k, v) -> {
        if (v == null) commitData.remove(k);
        else commitData.put(k, v);
      });
      commitLocked();
      searchers.maybeRefreshBlocking();
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("write to " + dir + " failed: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Applies {@code change} without committing: for statistics that may be lost in a crash (usage counts). It is
   * committed by the next durable write, import, {@link #commit()} or {@link #close()}.
   */
  public void writeLazily(Write<?> change) {
    writeLock.lock();
    try {
      ensureOpen();
      change.apply(writer);
    } catch (IOException e) {
      throw new UncheckedIOException("write to " + dir + " failed: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Commits pending lazy writes and refreshes the searcher. */
  public void commit() {
    write(w -> null);
  }

  /** Values recorded with the last commit, e.g. the content hash of each imported file. */
  public Map<String, String> commitData() {
    writeLock.lock();
    try {
      return Map.copyOf(commitData);
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Builds documents in a staging index, then in one step deletes what {@code replaced} matches (may be null),
   * adds the staged documents, records {@code commitUpdates} (a null value removes the key) and commits. If
   * {@code build} throws, nothing is changed and the exception is rethrown.
   *
   * @return how many documents were added
   */
  public int importAtomically(Query replaced, Map<String, String> commitUpdates, Build build) {
    Path stagingDir = dir.resolveSibling(dir.getFileName() + STAGING_SUFFIX + UUID.randomUUID());
    try {
      int added;
      // the staging index is disposable: no fsync there, the live commit syncs the copied files
      try (Directory staging = new NoSyncDirectory(FSDirectory.open(stagingDir))) {
        try (IndexWriter stagingWriter = new IndexWriter(staging, new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(128).setCommitOnClose(false))) {
          int[] count = {0};
          build.build(doc -> {
            stagingWriter.addDocument(doc);
            count[0]++;
          });
          stagingWriter.commit();
          added = count[0];
        }
        if (added == 0 && replaced == null && commitUpdates.isEmpty()) return 0;
        writeLock.lock();
        try {
          ensureOpen();
          try {
            if (replaced != null) writer.deleteDocuments(replaced);
            if (added > 0) writer.addIndexes(staging);
            commitUpdates.forEach((k, v) -> {
              if (v == null) commitData.remove(k);
              else commitData.put(k, v);
            });
            commitLocked();
          } catch (IOException | RuntimeException e) {
            rollbackLocked();
            throw e;
          }
          searchers.maybeRefreshBlocking();
        } finally {
          writeLock.unlock();
        }
      }
      return added;
    } catch (IOException e) {
      throw new UncheckedIOException("import into " + dir + " failed: " + e.getMessage(), e);
    } finally {
      deleteTree(stagingDir);
    }
  }

  private void commitLocked() throws IOException {
    writer.setLiveCommitData(Map.copyOf(commitData).entrySet());
    writer.commit();
  }

  /** Drops every uncommitted change (a failed import's deletions) and reopens the writer on the last commit. */
  private void rollbackLocked() throws IOException {
    LOG.warn("rolling back uncommitted changes to {}", dir);
    searchers.close();
    writer.rollback();
    openWriter();
  }

  /** Removes every document and commits. */
  public void clear() {
    write(w -> w.deleteAll());
  }

  /** Bytes of the index files on disk. */
  public long sizeOnDisk() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void ensureOpen() {
    if (closed) throw new IllegalStateException("the index " + dir + " is closed");
    if (!writer.isOpen()) reopenWriter();
  }

  /**
   * Opens a new writer after Lucene closed the old one on a failed write (a full disk): the last commit is intact,
   * so once space returns the next write succeeds without a restart. Called with the write lock held.
   */
  private void reopenWriter() {
    LOG.warn("the writer of {} was closed by a failed write ({}); reopening it", dir,
        writer.getTragicException() == null ? "closed" : writer.getTragicException().getMessage());
    try {
      searchers.close();
      openWriter();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reopen the index " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Commits lazy writes, then closes the searcher manager and the writer. */
  @Override
  public void close() {
    writeLock.lock();
    try {
      if (closed) return;
      closed = true;
      searchers.close();
      if (writer.hasUncommittedChanges()) commitLocked();
      writer.close();
      directory.close();
      LOG.info("closed index {}", dir);
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + dir + " failed: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  private static void deleteLeftoverStaging(Path dir) throws IOException {
    Path parent = dir.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) return;
    String prefix = dir.getFileName() + STAGING_SUFFIX;
    List<Path> leftovers;
    try (Stream<Path> s = Files.list(parent)) {
      leftovers = s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
    }
    for (Path p : leftovers) {
      LOG.info("removing the leftover staging index {}", p);
      deleteTree(p);
    }
  }

  private static void deleteTree(Path p) {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
    } catch (IOException e) {
      LOG.warn("could not delete {}", p, e);
    }
  }

  /** A directory whose files are never fsynced: for staging indexes that a crash may lose. */
  private static final class NoSyncDirectory extends org.apache.lucene.store.FilterDirectory {
    NoSyncDirectory(Directory in) {
      super(in);
    }

    @Override
    public void sync(java.util.Collection<String> names) {}

    @Override
    public void syncMetaData() {}
  }

  /** A read on a searcher. */
  @FunctionalInterface
  public interface Read<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** A change through the writer. */
  @FunctionalInterface
  public interface Write<T> {
    T apply(IndexWriter writer) throws IOException;
  }

  /** Adds documents to a staging index. */
  @FunctionalInterface
  public interface Sink {
    void add(Iterable<? extends IndexableField> document) throws IOException;
  }

  /** Fills a staging index; throwing aborts the import with nothing changed. */
  @FunctionalInterface
  public interface Build {
    void build(Sink sink) throws IOException;
  }
}
