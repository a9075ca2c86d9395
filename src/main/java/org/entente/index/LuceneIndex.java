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
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
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
/**
 * One Lucene index on disk with its single {@link IndexWriter} and {@link SearcherManager} (near-real-time
 * reads). Writes come in three kinds:
 * <ul>
 *   <li>{@link #write durable writes}: applied, committed (fsync) and made visible before the call returns, so an
 *       acknowledged write survives a {@code kill -9}. Concurrent writes share one commit (group commit): each
 *       writer applies its change under the write lock, joins the wait-for-commit queue, and the first waiter
 *       commits everything queued so far; every caller is answered only once the commit holding its change is
 *       durable. A change or a commit that fails is rolled back with everything not yet committed, and every
 *       caller waiting on it gets the error;</li>
 *   <li>{@link #importAtomically atomic imports}: documents are built in a staging index in a temporary folder,
 *       then added to the live index (optionally replacing earlier documents) with one commit; readers see all of
 *       it or none of it, and a failed import leaves nothing behind;</li>
 *   <li>{@link #writeLazily lazy writes} for statistics (usage counts): applied now, committed with the next
 *       commit or at {@link #close()}.</li>
 * </ul>
 * Readers take the writer and searcher manager from one immutable holder swapped atomically on a rollback, so
 * they never see one without the other. Example: {@code LuceneIndex.open(data, "memory", analyzer)} opens
 * {@code data/indexes/memory}. Lucene types appear in this class's signatures on purpose: only {@code memory} and
 * {@code terminology} use it.
 */
public final class LuceneIndex implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LuceneIndex.class);
  private static final String STAGING_SUFFIX = ".staging-";

  private final Path dir;
  private final Analyzer analyzer;
  private final Directory directory;
  private final Options options;
  /** Applies changes and commits; fair so that a committer waits behind writers already queued to apply. */
  private final ReentrantLock writeLock = new ReentrantLock(true);
  /** Held by the one writer committing for the group; the others queue here and find their change committed. */
  private final ReentrantLock commitLock = new ReentrantLock();
  private final Map<String, String> commitData = new HashMap<>();
  private final List<Runnable> afterRefresh = new CopyOnWriteArrayList<>();
  private final AtomicReference<Holder> holder = new AtomicReference<>();
  /** Changes applied and not yet committed, each waiting for its commit (guarded by the write lock). */
  private List<CompletableFuture<Void>> waiting = new ArrayList<>();
  private volatile boolean closed;

  /** The writer and the searcher manager over it: replaced together, never one without the other. */
  private record Holder(IndexWriter writer, SearcherManager searchers) {}

  /**
   * How an index is opened: {@code groupCommit} off makes every durable write commit alone (the old behaviour,
   * kept as the benchmark's baseline); {@code directory} wraps the on-disk directory (tests use it to make a
   * commit fail as a full disk would).
   */
  public record Options(boolean groupCommit, UnaryOperator<Directory> directory) {
    public static final Options DEFAULT = new Options(true, UnaryOperator.identity());

    public Options {
      if (directory == null) directory = UnaryOperator.identity();
    }

    public Options withGroupCommit(boolean on) {
      return new Options(on, directory);
    }
  }

  private LuceneIndex(Path dir, Analyzer analyzer, Options options) throws IOException {
    this.dir = dir;
    this.analyzer = analyzer;
    this.options = options;
    deleteLeftoverStaging(dir);
    this.directory = options.directory().apply(FSDirectory.open(dir));
    holder.set(openHolder());
  }

  /** Opens (or creates) the index {@code indexes/<name>} of the data folder. */
  public static LuceneIndex open(DataFolder data, String name, Analyzer analyzer) {
    if (!name.matches("[a-z0-9][a-z0-9._-]*")) throw new IllegalArgumentException("bad index name: " + name);
    return open(data.folder("indexes/" + name), analyzer);
  }

  /** Opens (or creates) an index in {@code dir}; the caller holds the data folder. */
  public static LuceneIndex open(Path dir, Analyzer analyzer) {
    return open(dir, analyzer, Options.DEFAULT);
  }

  /** Opens (or creates) an index in {@code dir} with {@code options}. */
  public static LuceneIndex open(Path dir, Analyzer analyzer, Options options) {
    try {
      Files.createDirectories(dir);
      LuceneIndex index = new LuceneIndex(dir, analyzer, options);
      LOG.info("opened index {} ({} documents)", dir, index.numDocs());
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index " + dir + ": " + e.getMessage(), e);
    }
  }

  private Holder openHolder() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64)
        .setCommitOnClose(false);
    IndexWriter writer = new IndexWriter(directory, config);
    commitData.clear();
    var live = writer.getLiveCommitData();
    if (live != null) live.forEach(e -> commitData.put(e.getKey(), e.getValue()));
    return new Holder(writer, new SearcherManager(writer, new SearcherFactory()));
  }

  /** Where the index lives. */
  public Path path() {
    return dir;
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  /**
   * Runs {@code action} under the write lock after every refresh and every rollback: the moment when the searcher
   * shows every change applied so far (or the changes are gone). The memory clears its record of recent writes here.
   */
  public void afterRefresh(Runnable action) {
    afterRefresh.add(action);
  }

  /** Runs a read on the current searcher (near-real-time: every acknowledged write is visible). */
  public <T> T search(Read<T> read) {
    IndexSearcher searcher;
    Holder h = holder.get();
    try {
      try {
        searcher = h.searchers().acquire();
      } catch (AlreadyClosedException rolledBack) {
        h = holder.get(); // a rollback swapped the holder between our read and the acquire
        searcher = h.searchers().acquire();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return read.apply(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        h.searchers().release(searcher);
      } catch (IOException | AlreadyClosedException e) {
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

  /**
   * As {@link #write(Write)}, also recording {@code commitUpdates} with the commit (a null value removes a key).
   * {@code change} runs under the write lock: a check it makes (does this document exist?) still holds when it acts.
   */
  public <T> T write(Map<String, String> commitUpdates, Write<T> change) {
    CompletableFuture<Void> committed = new CompletableFuture<>();
    T result;
    writeLock.lock();
    try {
      ensureOpen();
      try {
        result = change.apply(holder.get().writer());
      } catch (IOException | RuntimeException e) {
        if (!(e instanceof RuntimeException r && isCallerError(r))) rollbackLocked(e);
        throw e;
      }
      commitUpdates.forEach((k, v) -> {
        if (v == null) commitData.remove(k);
        else commitData.put(k, v);
      });
      waiting.add(committed);
      if (!options.groupCommit()) commitLocked();
    } catch (IOException e) {
      throw new UncheckedIOException("write to " + dir + " failed: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
    if (options.groupCommit()) commitGroup(committed);
    try {
      committed.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      throw new UncheckedIOException("write to " + dir + " failed and was rolled back: " + cause.getMessage(),
          cause instanceof IOException io ? io : new IOException(cause));
    }
    return result;
  }

  /** A change that refused bad input before touching the writer leaves nothing to roll back. */
  private static boolean isCallerError(RuntimeException e) {
    return e instanceof org.entente.text.BadInputException;
  }

  /** Waits for a commit holding {@code committed}: either another writer's, or this one's for the whole queue. */
  private void commitGroup(CompletableFuture<Void> committed) {
    commitLock.lock();
    try {
      if (committed.isDone()) return;
      writeLock.lock();
      try {
        if (!committed.isDone()) commitLocked();
      } catch (IOException | RuntimeException e) {
        // every waiter, this one included, has been given the error
      } finally {
        writeLock.unlock();
      }
    } finally {
      commitLock.unlock();
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
      change.apply(holder.get().writer());
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
          // the deletions and additions are applied and committed under one hold of the write lock: no commit
          // can fall between them
          IndexWriter writer = holder.get().writer();
          try {
            if (replaced != null) writer.deleteDocuments(replaced);
            if (added > 0) writer.addIndexes(staging);
          } catch (IOException | RuntimeException e) {
            rollbackLocked(e);
            throw e;
          }
          commitUpdates.forEach((k, v) -> {
            if (v == null) commitData.remove(k);
            else commitData.put(k, v);
          });
          commitLocked();
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

  /**
   * Commits everything applied so far, refreshes the searcher and answers every queued writer; on failure rolls
   * back, gives every queued writer the error and rethrows it. Called under the write lock.
   */
  private void commitLocked() throws IOException {
    List<CompletableFuture<Void>> batch = waiting;
    waiting = new ArrayList<>();
    Holder h = holder.get();
    try {
      h.writer().setLiveCommitData(Map.copyOf(commitData).entrySet());
      h.writer().commit();
      h.searchers().maybeRefreshBlocking();
    } catch (IOException | RuntimeException e) {
      waiting.addAll(batch);
      rollbackLocked(e);
      throw e;
    }
    for (Runnable r : afterRefresh) r.run();
    for (CompletableFuture<Void> f : batch) f.complete(null);
  }

  /**
   * Drops every uncommitted change, fails every writer waiting for it, and reopens the writer and the searcher
   * manager on the last commit, swapped in as one holder.
   */
  private void rollbackLocked(Throwable cause) {
    LOG.warn("rolling back uncommitted changes to {}: {}", dir, cause.toString());
    for (CompletableFuture<Void> f : waiting) f.completeExceptionally(cause);
    waiting = new ArrayList<>();
    Holder old = holder.get();
    try {
      old.writer().rollback();
    } catch (IOException | RuntimeException e) {
      LOG.warn("rollback of {} failed", dir, e);
    }
    try {
      holder.set(openHolder());
    } catch (IOException | RuntimeException e) {
      LOG.error("cannot reopen the index {} after a rollback; writes will fail until restart", dir, e);
    }
    try {
      old.searchers().close();
    } catch (IOException | RuntimeException e) {
      LOG.warn("closing the old searchers of {} failed", dir, e);
    }
    for (Runnable r : afterRefresh) r.run();
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
  }

  /** Commits lazy writes, then closes the searcher manager and the writer. */
  @Override
  public void close() {
    writeLock.lock();
    try {
      if (closed) return;
      closed = true;
      Holder h = holder.get();
      if (h.writer().hasUncommittedChanges() || !waiting.isEmpty()) commitLocked();
      h.searchers().close();
      h.writer().close();
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
