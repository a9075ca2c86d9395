package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.align.AlignerSettings;
import org.entente.align.Alignment;
import org.entente.align.Document;
import org.entente.align.TextFiles;
import org.entente.segment.ModelAndRulesSegmenter;
import org.entente.text.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente align-corpus DIR -o OUT}: aligns every document folder of a corpus together (one lexicon learnt
 * from all of them), each folder holding {@code fr.sent}/{@code en.sent} (or {@code fr.txt}/{@code en.txt} with
 * {@code --raw}); the folder name is the document id.
 */
@Command(name = "align-corpus", mixinStandardHelpOptions = true,
    description = {"Align every document of a corpus folder and write one TMX (or other format) for all of them.",
        "Each sub-folder holds fr.sent and en.sent (one sentence a line), or fr.txt and en.txt with --raw; "
            + "its name becomes the x-document prop of its units."},
    footer = {"", "Example (regenerates tmx/nato.tmx):",
        "  ./entente align-corpus ../shared/corpus/nato -o tmx/nato.tmx"})
final class AlignCorpusCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
  Path dir;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here instead of standard output.")
  Path output;

  @Option(names = "--format", defaultValue = "tmx", paramLabel = "FORMAT",
      description = "tmx, vecalign, tsv or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--method", defaultValue = "entente", paramLabel = "METHOD",
      description = "entente or gale-church (default: ${DEFAULT-VALUE}).")
  String method;

  @Option(names = "--raw", description = "Segment fr.txt and en.txt instead of reading fr.sent and en.sent.")
  boolean raw;

  @Option(names = "--created", paramLabel = "INSTANT",
      description = "The TMX header's creation date, e.g. 2026-12-01T00:00:00Z (default: now).")
  Instant created;

  @picocli.CommandLine.Mixin ProgressOption progress;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String fmt = AlignOutput.checkFormat(format);
    if (!Files.isDirectory(dir)) throw new BadInputException("not a folder", dir.toString(), "give the corpus folder");
    List<Document> docs = new ArrayList<>();
    ModelAndRulesSegmenter segmenter = raw ? new ModelAndRulesSegmenter() : null;
    List<Path> folders = TextFiles.subfolders(dir);
    try (TaskProgress reading = progress.start(raw ? "reading and segmenting" : "reading", folders.size(), "folders")) {
      int seen = 0;
      for (Path d : folders) {
        String id = d.getFileName().toString();
        if (raw && Files.exists(d.resolve("fr.txt")) && Files.exists(d.resolve("en.txt"))) {
          docs.add(Document.segment(id, TextFiles.read(d.resolve("fr.txt")), TextFiles.read(d.resolve("en.txt")),
              segmenter));
        } else if (!raw && Files.exists(d.resolve("fr.sent")) && Files.exists(d.resolve("en.sent"))) {
          docs.add(Document.ofLines(id, TextFiles.lines(d.resolve("fr.sent")), TextFiles.lines(d.resolve("en.sent"))));
        }
        reading.at(++seen, folders.size());
      }
    }
    if (docs.isEmpty()) {
      throw new BadInputException("no document folder found", dir.toString(),
          raw ? "each document folder needs fr.txt and en.txt" : "each document folder needs fr.sent and en.sent");
    }
    List<Alignment> aligned;
    try (TaskProgress aligning = progress.start("aligning " + docs.size() + " documents", -1, "steps")) {
      aligned = AlignCommand.aligner(method, null, null).alignAll(docs, aligning);
    }
    AlignOutput.write(aligned, fmt, output, spec.commandLine().getOut(), AlignerSettings.DEFAULTS.flagBelow(),
        List.of(), created == null ? Instant.now() : created);
    PrintWriter err = spec.commandLine().getErr();
    long units = aligned.stream().flatMap(a -> a.beads().stream()).filter(b -> b.twoSided()).count();
    long flagged = aligned.stream().mapToLong(Alignment::flaggedCount).sum();
    err.println("entente align-corpus: " + docs.size() + " documents, " + units + " two-sided beads, " + flagged
        + " flagged for review");
    err.flush();
    return 0;
  }
}
