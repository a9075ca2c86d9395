package org.entente.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.text.BadInputException;
import org.entente.text.Language;

/**
 * The candidate pairs a terminologist rejected, so extraction does not propose them again: "réunion des ministres" =
 * "Secretary General Jens Stoltenberg", rejected once, stays out of every later extraction (and its inflections too:
 * pairs are compared by their matching keys). Kept in a UTF-8 file of the data folder, one pair a line ({@code
 * fr<TAB>en<TAB>ISO instant}), appended and forced to disk before a rejection is answered. Thread-safe.
 */
public final class RejectedPairs {
  /** One rejection: the pair as it was shown, and when. */
  public record Rejection(String fr, String en, Instant rejected) {}

  /** The file's name in the data folder. */
  public static final String FILE = "rejected-term-pairs.tsv";

  private final Path file;
  private final List<Rejection> all = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();

  private RejectedPairs(Path file) {
    this.file = file;
  }

  /** The rejections kept in a data folder ({@value #FILE}). */
  public static RejectedPairs in(Path dataFolder) {
    return open(dataFolder.resolve(FILE));
  }

  /**
   * Reads the rejections kept in {@code file} (none when it does not exist yet).
   *
   * @throws BadInputException when a line is not {@code fr<TAB>en<TAB>instant}, with the file and line
   */
  public static RejectedPairs open(Path file) {
    RejectedPairs r = new RejectedPairs(file);
    if (!Files.exists(file)) return r;
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isEmpty()) continue;
      String[] f = lines.get(i).split("\t", -1);
      String where = file.getFileName() + ":" + (i + 1);
      if (f.length != 3 || f[0].isBlank() || f[1].isBlank()) {
        throw new BadInputException("a rejected pair must be French<TAB>English<TAB>date", where,
            "correct or delete that line of " + file.getFileName() + " in the data folder");
      }
      try {
        r.remember(new Rejection(f[0], f[1], Instant.parse(f[2])));
      } catch (DateTimeParseException e) {
        throw new BadInputException("'" + f[2] + "' is not an ISO instant (2026-12-01T10:00:00Z)", where,
            "correct or delete that line of " + file.getFileName() + " in the data folder");
      }
    }
    return r;
  }

  /**
   * Rejects a pair for good; false when it (or a pair with the same keys) was rejected already.
   *
   * @throws BadInputException when a term is blank, holds a tab or a line break, or is over 1,000 characters
   */
  public synchronized boolean reject(String fr, String en, Instant when) {
    check(fr, "fr");
    check(en, "en");
    if (keys.contains(key(fr, en))) return false;
    Rejection r = new Rejection(fr, en, when);
    byte[] line = (fr + "\t" + en + "\t" + when + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
        ByteBuffer b = ByteBuffer.wrap(line);
        while (b.hasRemaining()) c.write(b);
        c.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    remember(r);
    return true;
  }

  /** Every rejection, oldest first. */
  public synchronized List<Rejection> all() {
    return List.copyOf(all);
  }

  /** The matching keys of the rejected pairs ({@code "plan de défense\tdefence plan"}), for the extractor. */
  synchronized Set<String> keys() {
    return Set.copyOf(keys);
  }

  /** The key of a pair: both terms' matching keys. */
  static String key(String fr, String en) {
    return ExtractionKeys.key(fr, Language.FR) + "\t" + ExtractionKeys.key(en, Language.EN);
  }

  private void remember(Rejection r) {
    all.add(r);
    keys.add(key(r.fr(), r.en()));
  }

  private static void check(String term, String field) {
    if (term == null || term.isBlank()) throw new BadInputException("'" + field + "' is missing", field, "give the term as shown");
    if (term.length() > 1_000) throw new BadInputException("'" + field + "' is over 1,000 characters", field, "give the term as shown");
    if (term.indexOf('\t') >= 0 || term.indexOf('\n') >= 0 || term.indexOf('\r') >= 0) {
      throw new BadInputException("'" + field + "' holds a tab or a line break", field, "give the term on one line");
    }
  }
}
