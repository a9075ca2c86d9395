package org.entente.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The data folder ({@code ./data} by default) that holds Entente's indexes, opened for writing by one process
 * at a time. The holder is recorded in {@code entente.owner} so that a second process can say who holds it:
 * {@code "the data folder ./data is in use by the Entente service (pid 4242, http://127.0.0.1:8080)"}.
 */
public final class DataFolder implements AutoCloseable {
  private static final String LOCK = "entente.lock";
  private static final String OWNER = "entente.owner";

  private final Path root;
  private final FileChannel channel;
  private final FileLock lock;

  private DataFolder(Path root, FileChannel channel, FileLock lock) {
    this.root = root;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Creates the folder if needed and takes its write lock, without waiting.
   *
   * @param owner who is taking it, shown to a second process: {@code "the Entente service (http://...)"}
   * @throws DataFolderLockedException when another process holds it
   */
  public static DataFolder open(Path dir, String owner) {
    Path root = dir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(root);
      FileChannel channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new DataFolderLockedException(dir.toString(), readOwner(root));
      }
      DataFolder folder = new DataFolder(root, channel, lock);
      folder.describeOwner(owner);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the data folder " + root + ": " + e.getMessage(), e);
    }
  }

  /** Records who holds the folder, e.g. once the service knows its address. */
  public void describeOwner(String owner) {
    try {
      Files.writeString(root.resolve(OWNER), owner + " (pid " + ProcessHandle.current().pid() + ")\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readOwner(Path root) {
    try {
      return Files.readString(root.resolve(OWNER), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "";
    }
  }

  public Path root() {
    return root;
  }

  /** A sub-folder of the data folder, created if needed: {@code indexes/memory}. */
  public Path folder(String relative) {
    Path p = root.resolve(relative).normalize();
    if (!p.startsWith(root)) throw new IllegalArgumentException("outside the data folder: " + relative);
    try {
      Files.createDirectories(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(root.resolve(OWNER));
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
