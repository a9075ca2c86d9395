package org.entente.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The harvest's progress, kept in the data folder ({@code harvest/pages.tsv}, {@code harvest/pairs.txt}) and
 * appended with a sync after every page, so that an interrupted run picks up where it stopped: a page harvested
 * with the same content on both sides is not aligned again, and a pair id stored once is never stored again.
 */
final class HarvestLog implements AutoCloseable {
  private final FileChannel pages;
  private final FileChannel pairs;
  private final Map<String, Done> done = new HashMap<>();
  private final Set<String> storedPairs = new HashSet<>();

  /** A French page harvested before: the content hashes of both sides and how many pairs it gave. */
  record Done(String frenchUrl, String englishUrl, String frenchHash, String englishHash, int pairs) {}

  HarvestLog(Path dir) {
    try {
      Files.createDirectories(dir);
      Path pagesFile = dir.resolve("pages.tsv");
      Path pairsFile = dir.resolve("pairs.txt");
      if (Files.exists(pagesFile)) {
        for (String line : Files.readAllLines(pagesFile, StandardCharsets.UTF_8)) {
          String[] f = line.split("\t", -1);
          // a torn last line (the run was killed mid-write) has fewer fields and is ignored
          if (f.length == 5) done.put(f[0], new Done(f[0], f[1], f[2], f[3], parseInt(f[4])));
        }
      }
      if (Files.exists(pairsFile)) {
        for (String line : Files.readAllLines(pairsFile, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) storedPairs.add(line.strip());
        }
      }
      this.pages = FileChannel.open(pagesFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      this.pairs = FileChannel.open(pairsFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the harvest log in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static int parseInt(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  Optional<Done> done(String frenchUrl) {
    return Optional.ofNullable(done.get(frenchUrl));
  }

  boolean stored(String pairId) {
    return storedPairs.contains(pairId);
  }

  /** Records pairs just stored in the memory. */
  void pairsStored(List<String> ids) {
    if (ids.isEmpty()) return;
    append(pairs, String.join("\n", ids) + "\n");
    storedPairs.addAll(ids);
  }

  /** Records a French page as harvested. */
  void pageDone(Done d) {
    append(pages, String.join("\t", clean(d.frenchUrl()), clean(d.englishUrl()), d.frenchHash(), d.englishHash(),
        Integer.toString(d.pairs())) + "\n");
    done.put(d.frenchUrl(), d);
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }

  private static void append(FileChannel channel, String text) {
    try {
      channel.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the harvest log: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      pages.close();
      pairs.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
