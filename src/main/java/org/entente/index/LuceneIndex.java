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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
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
  private final List<LongConsumer> afterRefresh = new CopyOnWriteArrayList<>();
  /** How many changes were applied (guarded by the write lock): each change's sequence number. */
  private long sequence;
  /** Whether changes were made durable through the log and not yet refreshed into the searcher. */
  private volatile boolean stale;
  /** A background refresh has taken the stale flag but its searcher is not reopened yet. */
  private volatile boolean refreshing;
  /** Refreshes the searcher in the background after logged writes, off the writers' path. */
  private final ScheduledExecutorService refresher;
  /** The log of changes since the last commit (null: every group is a Lucene commit). */
  private WriteAheadLog wal;
  /** Whether the change being applied logged itself (guarded by the write lock). */
  private boolean logged;
  /** Whether a change since the last Lucene commit is not in the log, so only a Lucene commit makes it durable. */
  private boolean unlogged;
  private long lastFullCommit = System.nanoTime();
  /** Set while a rollback reopens the index, so that a failure there does not roll back again. */
  private boolean rollingBack;
  private final AtomicReference<Holder> holder = new AtomicReference<>();
  /** Changes applied and not yet committed, each waiting for its commit (guarded by the write lock). */
  private List<CompletableFuture<Void>> waiting = new ArrayList<>();
  private volatile boolean closed;

  /** The writer and the searcher manager over it: replaced together, never one without the other. */
  private record Holder(IndexWriter writer, SearcherManager searchers) {}

  /**
   * How an index is opened: {@code groupCommit} off makes every durable write commit alone (the old behaviour,
   * kept as the benchmark's baseline); {@code directory} wraps the on-disk directory (tests use it to make a
   * commit fail as a full disk would); {@code replay}, when given, turns on the write-ahead log
   * ({@code <index>.wal} beside the index): writes that {@link #log} themselves are made durable by one fsync of the
   * log per group, and replayed through {@code replay} after a crash.
   */
  public record Options(boolean groupCommit, UnaryOperator<Directory> directory, Replay replay) {
    public static final Options DEFAULT = new Options(true, UnaryOperator.identity(), null);

    public Options {
      if (directory == null) directory = UnaryOperator.identity();
    }

    public Options withGroupCommit(boolean on) {
      return new Options(on, directory, replay);
    }

    public Options withReplay(Replay r) {
      return new Options(groupCommit, directory, r);
    }

    public Options withDirectory(UnaryOperator<Directory> d) {
      return new Options(groupCommit, d, replay);
    }
  }

  /** Applies one logged record again, after a crash or a rollback; must give the same result applied twice. */
  @FunctionalInterface
  public interface Replay {
    void apply(IndexWriter writer, byte[] record) throws IOException;
  }

  /** The commit-data key holding the epoch of the write-ahead log that follows the commit. */
  private static final String WAL_EPOCH = "wal.epoch";
  /** A Lucene commit at least this often (bytes of log), so that replay at open stays short. */
  private static final long MAX_LOG_BYTES = 32L << 20;
  /** ... and at least this often (nanoseconds). */
  private static final long MAX_LOG_AGE = 60_000_000_000L;
  /** How often logged writes are refreshed into the searcher, in the background. */
  private static final long REFRESH_MILLIS = 100;

  private LuceneIndex(Path dir, Analyzer analyzer, Options options) throws IOException {
    this.dir = dir;
    this.analyzer = analyzer;
    this.options = options;
    deleteLeftoverStaging(dir);
    this.directory = options.directory().apply(FSDirectory.open(dir));
    holder.set(openHolder());
    this.refresher = options.replay() != null && options.groupCommit()
        ? Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "refresh " + dir.getFileName());
          t.setDaemon(true);
          return t;
        })
        : null;
    if (refresher != null) {
      refresher.scheduleWithFixedDelay(this::refreshInBackground, REFRESH_MILLIS, REFRESH_MILLIS,
          TimeUnit.MILLISECONDS);
    }
    if (options.replay() != null && options.groupCommit()) {
      wal = WriteAheadLog.open(dir.resolveSibling(dir.getFileName() + ".wal"));
      writeLock.lock();
      try {
        int replayed = replayLocked();
        if (replayed > 0) LOG.info("replayed {} logged changes into {}", replayed, dir);
        fullCommitLocked(List.of());
      } finally {
        writeLock.unlock();
      }
    }
  }

  /** Applies the log's records of the last commit's epoch to the writer; returns how many. */
  private int replayLocked() throws IOException {
    String e = commitData.get(WAL_EPOCH);
    List<byte[]> records = wal.records(e == null ? 0 : Long.parseLong(e));
    IndexWriter writer = holder.get().writer();
    for (byte[] r : records) options.replay().apply(writer, r);
    return records.size();
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
   * Runs {@code action} after every refresh and every rollback, under the write lock, with the sequence number of
   * the last change the searcher now shows ({@link Long#MAX_VALUE}: every change, or every change is gone). A write
   * that logged itself is answered once the log is durable, before the searcher shows it: the memory keeps such
   * units aside, by {@link #sequence()}, and drops them here.
   */
  public void afterRefresh(LongConsumer action) {
    afterRefresh.add(action);
  }

  /** The sequence number of the change being applied: call it from inside a {@link #write} change. */
  public long sequence() {
    if (!writeLock.isHeldByCurrentThread()) throw new IllegalStateException("sequence outside a write");
    return sequence;
  }

  /** Makes every logged write visible to the searcher now (an export, a count), when some are not yet. */
  public void refreshIfStale() {
    if (!stale && !refreshing) return; // set before stale is cleared: a refresh under way is waited for below
    writeLock.lock();
    try {
      ensureOpen();
      stale = false;
      holder.get().searchers().maybeRefreshBlocking();
      for (LongConsumer r : afterRefresh) r.accept(sequence);
    } catch (IOException e) {
      throw new UncheckedIOException("refreshing " + dir + " failed: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** The refresher's round: the searcher is reopened without the write lock, so writers go on meanwhile. */
  private void refreshInBackground() {
    if (!stale || closed) return;
    long through;
    Holder h;
    writeLock.lock();
    try {
      through = sequence;
      refreshing = true;
      stale = false;
      h = holder.get();
    } finally {
      writeLock.unlock();
    }
    try {
      try {
        h.searchers().maybeRefreshBlocking();
      } catch (IOException | RuntimeException e) {
        stale = true; // a rollback or close swapped the holder; the next round or the swap itself catches up
        return;
      }
      writeLock.lock();
      try {
        if (holder.get() == h && !closed) for (LongConsumer r : afterRefresh) r.accept(through);
      } finally {
        writeLock.unlock();
      }
    } finally {
      refreshing = false;
    }
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
      logged = false;
      sequence++;
      try {
        result = change.apply(holder.get().writer());
      } catch (IOException | RuntimeException e) {
        if (!(e instanceof RuntimeException r && isCallerError(r)) || logged) rollbackLocked(e);
        throw e;
      }
      if (!logged || !commitUpdates.isEmpty()) unlogged = true;
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

  /**
   * Logs one record of the change being applied: call it from inside a {@link #write} change, after the change
   * succeeded. A write that logs itself is made durable by the log's fsync; one that does not, by a Lucene commit.
   */
  public void log(byte[] record) throws IOException {
    if (!writeLock.isHeldByCurrentThread()) throw new IllegalStateException("log outside a write");
    if (wal == null) return;
    wal.append(record);
    logged = true;
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
          unlogged = true;
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
   * Makes everything applied so far durable (one fsync of the log, or a Lucene commit when a change is not in the
   * log or the log is due), refreshes the searcher and answers every queued writer; on failure rolls back, gives
   * every queued writer the error and rethrows it. Called under the write lock.
   */
  private void commitLocked() throws IOException {
    List<CompletableFuture<Void>> batch = waiting;
    waiting = new ArrayList<>();
    try {
      if (wal == null || unlogged || wal.size() > MAX_LOG_BYTES || System.nanoTime() - lastFullCommit > MAX_LOG_AGE) {
        fullCommitLocked(batch);
        return;
      }
      wal.sync();
      stale = true;
    } catch (IOException | RuntimeException e) {
      waiting.addAll(batch);
      if (!rollingBack) rollbackLocked(e);
      throw e;
    }
    for (CompletableFuture<Void> f : batch) f.complete(null);
  }

  /** A Lucene commit of everything applied, which also empties the log. */
  private void fullCommitLocked(List<CompletableFuture<Void>> batch) throws IOException {
    Holder h = holder.get();
    try {
      if (wal != null) {
        String e = commitData.get(WAL_EPOCH);
        commitData.put(WAL_EPOCH, Long.toString((e == null ? 0 : Long.parseLong(e)) + 1));
      }
      h.writer().setLiveCommitData(Map.copyOf(commitData).entrySet());
      h.writer().commit();
      if (wal != null) wal.reset(Long.parseLong(commitData.get(WAL_EPOCH)));
      unlogged = false;
      lastFullCommit = System.nanoTime();
      h.searchers().maybeRefreshBlocking();
    } catch (IOException | RuntimeException e) {
      waiting.addAll(batch);
      if (!rollingBack) rollbackLocked(e);
      throw e;
    }
    answer(batch);
  }

  private void answer(List<CompletableFuture<Void>> batch) {
    stale = false;
    for (LongConsumer r : afterRefresh) r.accept(Long.MAX_VALUE);
    for (CompletableFuture<Void> f : batch) f.complete(null);
  }

  /**
   * Drops every change neither committed nor logged durably, fails every writer waiting for it, and reopens the
   * writer and the searcher manager on the last commit (swapped in as one holder), replaying the durable part of
   * the log so that no acknowledged write is lost.
   */
  private void rollbackLocked(Throwable cause) {
    LOG.warn("rolling back uncommitted changes to {}: {}", dir, cause.toString());
    rollingBack = true;
    try {
      reopenLocked(cause);
    } finally {
      rollingBack = false;
    }
  }

  private void reopenLocked(Throwable cause) {
    for (CompletableFuture<Void> f : waiting) f.completeExceptionally(cause);
    waiting = new ArrayList<>();
    Holder old = holder.get();
    try {
      if (wal != null) wal.dropUnsynced();
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not drop the unsynced end of the log {}", wal.file(), e);
    }
    try {
      old.writer().rollback();
    } catch (IOException | RuntimeException e) {
      LOG.warn("rollback of {} failed", dir, e);
    }
    try {
      holder.set(openHolder());
      if (wal != null) {
        replayLocked();
        fullCommitLocked(List.of());
      }
      unlogged = false;
    } catch (IOException | RuntimeException e) {
      LOG.error("cannot reopen the index {} after a rollback; writes will fail until restart", dir, e);
    }
    try {
      old.searchers().close();
    } catch (IOException | RuntimeException e) {
      LOG.warn("closing the old searchers of {} failed", dir, e);
    }
    stale = false;
    for (LongConsumer r : afterRefresh) r.accept(Long.MAX_VALUE);
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
    // Lucene closes its writer on a failed write (a full disk): reopen on the last commit, so that once space
    // returns the next write succeeds without a restart. Called with the write lock held.
    IndexWriter writer = holder.get().writer();
    if (!writer.isOpen()) {
      Throwable cause = writer.getTragicException() == null
          ? new IOException("the index writer was closed") : writer.getTragicException();
      LOG.warn("the writer of {} was closed by a failed write ({}); reopening it", dir, cause.getMessage());
      reopenLocked(cause);
    }
  }

  /** Commits lazy writes, then closes the searcher manager and the writer. */
  @Override
  public void close() {
    if (refresher != null) {
      // stopped before the lock is taken: a round in progress needs the lock to finish; not interrupted, since an
      // interrupt during its file IO would close the writer
      refresher.shutdown();
      try {
        if (!refresher.awaitTermination(30, TimeUnit.SECONDS)) LOG.warn("the refresher of {} did not stop", dir);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    writeLock.lock();
    try {
      if (closed) return;
      closed = true;
      if (holder.get().writer().hasUncommittedChanges() || !waiting.isEmpty() || unlogged
          || (wal != null && wal.size() > 0)) {
        unlogged = true;
        commitLocked();
      }
      Holder h = holder.get();
      h.searchers().close();
      h.writer().close();
      if (wal != null) wal.close();
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
