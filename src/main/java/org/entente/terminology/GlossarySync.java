package org.entente.terminology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.formats.CsvTermReader;

/**
 * Synchronises a {@code glossaries/} folder into the termbase at start-up: a file whose content changed replaces
 * what it imported before, an unchanged file is skipped, a removed file's concepts are removed. A bad file is
 * reported and leaves its earlier import in place. {@code glossaries/nato.tbx} has the origin
 * {@code glossaries/nato.tbx}.
 */
public final class GlossarySync {
  private static final String PREFIX = "glossaries/";

  private GlossarySync() {}

  /** One file's outcome: its import report, or the error that kept it out. */
  public record Outcome(String origin, TermImport.Report report, String error) {}

  public static List<Outcome> run(Path folder, TermStore base) {
    List<Outcome> out = new ArrayList<>();
    Set<String> present = new HashSet<>();
    if (Files.isDirectory(folder)) {
      List<Path> files;
      try (Stream<Path> s = Files.list(folder)) {
        files = s.filter(Files::isRegularFile).filter(p -> {
          String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
          return n.endsWith(".tbx") || n.endsWith(".xml") || n.endsWith(".csv") || n.endsWith(".tsv");
        }).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      TermImport importer = new TermImport(base);
      for (Path f : files) {
        String origin = PREFIX + f.getFileName();
        present.add(origin);
        try {
          out.add(new Outcome(origin, importer.importIfChanged(f, origin, CsvTermReader.Options.DEFAULT), null));
        } catch (org.entente.text.BadInputException e) {
          out.add(new Outcome(origin, null, e.describe()));
        }
      }
    }
    for (String origin : base.origins()) {
      if (origin.startsWith(PREFIX) && !present.contains(origin)) {
        int removed = base.removeOrigin(origin);
        out.add(new Outcome(origin, new TermImport.Report(origin, "removed", 0, removed, List.of(), false), null));
      }
    }
    return out;
  }
}
