package org.entente.memory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.entente.index.LuceneIndex;
import org.entente.text.BadInputException;

/**
 * Keeps a memory in step with a folder of TMX files ({@code tmx/}, subfolders included). Each file is known by its
 * path inside the folder ({@code tmx/air/nato.tmx}) and its content hash, recorded with the commit: a changed file
 * replaces its unedited units, an unchanged one is skipped, a removed one's unedited units are removed. A file
 * that cannot be read or parsed is reported and the others load. A folder holding no TMX file at all while files
 * were synced before (an unmounted volume, a wrong path) removes nothing and says so. What it reads and writes in the
 * memory goes through a {@link Store}, so the embedded and the OpenSearch memory sync alike.
 */
public final class FolderSync {
  private static final String SYNC = "sync.";

  private final Store store;

  /**
   * What a synchronisation needs of a memory: the files synced into it before with their content hashes, the import
   * of a file recording its hash with it, and the removal of a file's unedited units.
   */
  public interface Store {
    /** File name ({@code tmx/air/nato.tmx}) to SHA-256 of its content, of the files synced into {@code memory}. */
    Map<String, String> known(String memory);

    /** Imports {@code name} into {@code memory} (replacing its unedited units) and records {@code hash} for it. */
    ImportReport importFile(InputStream in, String name, String memory, String hash);

    /** Removes the unedited units {@code name} brought into {@code memory} and forgets its hash. */
    void remove(String name, String memory);
  }

  FolderSync(LuceneIndex index, TmxTransfer transfer) {
    this(new InIndex(index, transfer));
  }

  public FolderSync(Store store) {
    this.store = store;
  }

  /** The embedded memory's store: the hashes in the index's commit data, committed with each file's units. */
  private record InIndex(LuceneIndex index, TmxTransfer transfer) implements Store {
    @Override
    public Map<String, String> known(String memory) {
      String prefix = SYNC + memory + ".";
      Map<String, String> known = new LinkedHashMap<>();
      index.commitData().forEach((k, v) -> {
        if (k.startsWith(prefix)) known.put(k.substring(prefix.length()), v);
      });
      return known;
    }

    @Override
    public ImportReport importFile(InputStream in, String name, String memory, String hash) {
      return transfer.importTmx(in, name, ImportOptions.DEFAULT.withMemory(memory),
          Map.of(SYNC + memory + "." + name, hash));
    }

    @Override
    public void remove(String name, String memory) {
      Map<String, String> update = new HashMap<>();
      update.put(SYNC + memory + "." + name, null);
      index.write(update, w -> w.deleteDocuments(new BooleanQuery.Builder()
          .add(new TermQuery(new Term(UnitCodec.FILE, name)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(UnitCodec.MEMORY, memory)), BooleanClause.Occur.FILTER).build()));
    }
  }

  /** Brings {@code memory} in step with {@code folder}; one report per file (imported, unchanged, removed, failed). */
  public List<ImportReport> synchronize(Path folder, String memory) {
    List<ImportReport> reports = new ArrayList<>();
    Map<String, String> known = store.known(memory);
    String root = folder.getFileName() == null ? "tmx" : folder.getFileName().toString();
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder)) {
      files = s.filter(p -> !Files.isDirectory(p))
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tmx")).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      reports.add(ImportReport.failed(root, memory, "cannot list the folder " + folder + " (" + e.getMessage()
          + "); nothing was changed"));
      return reports;
    }
    if (files.isEmpty() && !known.isEmpty()) {
      reports.add(ImportReport.failed(root, memory, "the folder holds no TMX file; the " + known.size()
          + " files synced from it before are kept, since an empty folder is more often unmounted than emptied (to "
          + "remove them, delete their units through the API or leave at least one TMX file)"));
      return reports;
    }
    Set<String> present = new HashSet<>();
    for (Path f : files) {
      String name = root + "/" + folder.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
      present.add(name);
      try {
        String hash = sha256(f);
        if (hash.equals(known.get(name))) {
          reports.add(ImportReport.unchanged(name, memory));
          continue;
        }
        try (InputStream in = Files.newInputStream(f)) {
          reports.add(store.importFile(in, name, memory, hash));
        }
      } catch (BadInputException e) {
        reports.add(ImportReport.failed(name, memory, e.describe()));
      } catch (IOException | RuntimeException e) {
        // one unreadable file (a dangling link, a disk error) must not keep the others out
        reports.add(ImportReport.failed(name, memory, "cannot read the file: " + describe(e)
            + "; its earlier units, if any, are kept"));
      }
    }
    for (String gone : known.keySet()) {
      if (present.contains(gone)) continue;
      store.remove(gone, memory);
      reports.add(ImportReport.failed(gone, memory, "file removed; its units were removed (edited ones are kept)"));
    }
    return reports;
  }

  private static String describe(Exception e) {
    Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    String m = t.getMessage();
    if (t instanceof java.nio.file.NoSuchFileException) return "no such file (a dangling link?) " + m;
    return m == null ? "an unexpected read error" : m;
  }

  private static String sha256(Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
