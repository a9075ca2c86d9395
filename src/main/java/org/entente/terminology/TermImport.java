package org.entente.terminology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.entente.formats.CsvTermReader;
import org.entente.formats.TermFiles;
import org.entente.formats.TermEntry;
import org.entente.formats.TermFile;
import org.entente.text.BadInputException;

/**
 * Imports termbase files into a {@link TermStore}, by file type: TBX v2 or v3 by the root element
 * ({@code <martif>}, {@code <tbx>}) whatever the extension, {@code .csv}, {@code .tsv}, {@code .tab}, {@code .txt}
 * as glossaries. A file is read and checked whole, then replaces atomically what it imported before; a bad file changes nothing. {@code nato.tbx} → 180 concepts.
 */
public final class TermImport {
  /** Largest termbase file read, in bytes (the TBX reader has the same limit). */
  public static final long MAX_BYTES = 200L * 1024 * 1024;

  private final TermStore base;

  public TermImport(TermStore base) {
    this.base = base;
  }

  /** What one file gave. */
  public record Report(String file, String format, int concepts, int replaced, List<String> warnings, boolean unchanged) {
    public Report {
      warnings = List.copyOf(warnings);
    }
  }

  /** Whether a file name is a termbase file this importer reads (TMX is the memory's). */
  public static boolean handles(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".tbx") || n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".tab") || n.endsWith(".txt")
        || (n.endsWith(".xml") && !n.endsWith(".tmx.xml"));
  }

  /** Imports a file, replacing what the same origin imported before. */
  public Report importFile(Path file, String origin, CsvTermReader.Options options) {
    return run(file, origin, options, false);
  }

  /** As {@link #importFile}, but skips a file whose content is the one imported last time. */
  public Report importIfChanged(Path file, String origin, CsvTermReader.Options options) {
    return run(file, origin, options, true);
  }

  private Report run(Path file, String origin, CsvTermReader.Options options, boolean skipUnchanged) {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new org.entente.text.TooLargeException("the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB",
            file.toString(), "split it into smaller files");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException("cannot read the file: " + e.getMessage(), file.toString(), "check the path");
    }
    String hash = sha256(bytes);
    String name = file.getFileName().toString();
    if (skipUnchanged && base.originHash(origin).map(hash::equals).orElse(false)) {
      return new Report(name, "", 0, 0, List.of(), true);
    }
    TermFile read = read(bytes, name, options);
    List<Concept> concepts = concepts(read, baseName(name));
    if (skipUnchanged) {
      // another instance sharing the store may have imported the same content meanwhile: then nothing changes
      return base.replaceOriginIfChanged(origin, concepts, hash)
          .map(replaced -> new Report(name, read.format(), concepts.size(), replaced, read.warnings(), false))
          .orElseGet(() -> new Report(name, "", 0, 0, List.of(), true));
    }
    int replaced = base.replaceOrigin(origin, concepts, hash);
    return new Report(name, read.format(), concepts.size(), replaced, read.warnings(), false);
  }

  /** Reads a file's bytes: TBX by its root element whatever its extension, glossaries by extension. */
  public static TermFile read(byte[] bytes, String name, CsvTermReader.Options options) {
    return TermFiles.read(bytes, name, options);
  }

  /** The concepts of a file; entries without an id get {@code <file>-<n>}. */
  public static List<Concept> concepts(TermFile file, String idPrefix) {
    List<Concept> out = new ArrayList<>();
    int n = 0;
    for (TermEntry e : file.entries()) {
      n++;
      out.add(ConceptEntries.concept(e, e.id().isEmpty() ? idPrefix + "-" + n : e.id()));
    }
    return out;
  }

  private static String baseName(String name) {
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9_-]", "_");
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
