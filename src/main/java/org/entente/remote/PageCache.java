package org.entente.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The pages fetched before, kept in the data folder ({@code harvest/pages/}) with their validators ({@code ETag},
 * {@code Last-Modified}) so that a re-run asks the site with a conditional GET and gets a 304 for what has not
 * changed. Each page is one body file and one small header file named by the hash of its address.
 */
final class PageCache {
  private final Path dir;

  PageCache(Path dir) {
    this.dir = dir;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A cached page: its body bytes, the charset the server declared (may be empty), and its validators. */
  record Entry(byte[] body, String charset, String contentType, String etag, String lastModified) {}

  Optional<Entry> get(String url) {
    Path meta = dir.resolve(key(url) + ".meta");
    Path body = dir.resolve(key(url) + ".body");
    if (!Files.isRegularFile(meta) || !Files.isRegularFile(body)) return Optional.empty();
    try {
      String[] f = Files.readString(meta, StandardCharsets.UTF_8).split("\n", -1);
      if (f.length < 5 || !f[0].equals(url)) return Optional.empty();
      return Optional.of(new Entry(Files.readAllBytes(body), f[1], f[2], f[3], f[4]));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  void put(String url, Entry e) {
    String k = key(url);
    try {
      writeAtomically(dir.resolve(k + ".body"), e.body());
      String meta = String.join("\n", url, clean(e.charset()), clean(e.contentType()), clean(e.etag()),
          clean(e.lastModified())) + "\n";
      writeAtomically(dir.resolve(k + ".meta"), meta.getBytes(StandardCharsets.UTF_8));
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot cache " + url + ": " + ex.getMessage(), ex);
    }
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
  }

  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static String key(String url) {
    return sha256(url).substring(0, 32);
  }

  static String sha256(String s) {
    return sha256(s.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
