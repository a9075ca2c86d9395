package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.align.Aligner;
import org.entente.align.AlignerSettings;
import org.entente.align.Alignment;
import org.entente.align.Document;
import org.entente.align.EntenteAligner;
import org.entente.align.GaleChurchAligner;
import org.entente.align.LanguageCheck;
import org.entente.align.TextFiles;
import org.entente.index.DataFolder;
import org.entente.segment.ModelAndRulesSegmenter;
import org.entente.terminology.LuceneTermBase;
import org.entente.terminology.TermBase;
import org.entente.text.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente align FR_FILE EN_FILE}: sentence alignment of a French document and its English counterpart. */
@Command(name = "align", mixinStandardHelpOptions = true,
    description = {"Align the sentences of a French text with those of its English counterpart.",
        "Beads 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-0 and 0-1, each with a confidence in [0, 1]; beads below 0.5, "
            + "omissions and additions are flagged for review. Files must be UTF-8."},
    footer = {"", "Examples:", "  ./entente align fr.txt en.txt --format tsv",
        "  ./entente align fr.sent en.sent --presegmented --format vecalign -o doc.align",
        "  ./entente align fr.txt en.txt --format tmx --data data -o doc.tmx"})
final class AlignCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FR_FILE", description = "The French text (UTF-8).")
  Path frFile;

  @Parameters(index = "1", paramLabel = "EN_FILE", description = "The English text (UTF-8).")
  Path enFile;

  @Option(names = "--presegmented",
      description = "Each line is one sentence and keeps its line number; blank lines separate paragraphs.")
  boolean presegmented;

  @Option(names = "--format", defaultValue = "vecalign", paramLabel = "FORMAT",
      description = "vecalign ([0,1]:[0], 0-based, French left), tsv (french, english, score), json or tmx "
          + "(TMX 1.4b; default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--json", description = "The same as --format json.")
  boolean json;

  @Option(names = "--method", defaultValue = "entente", paramLabel = "METHOD",
      description = "entente (anchors, cognates, learnt lexicon) or gale-church (length only; the baseline).")
  String method;

  @Option(names = "--data", paramLabel = "DIR",
      description = "A data folder: its termbase lends its concepts as anchors, and its alignment lexicon "
          + "(align/lexicon.tsv) is used and grows with this pair.")
  Path data;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here instead of standard output.")
  Path output;

  @Option(names = "--id", paramLabel = "ID", description = "Document id for TMX x-document props (default: FR_FILE's name).")
  String id;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String fmt = json ? "json" : AlignOutput.checkFormat(format);
    PrintWriter err = spec.commandLine().getErr();
    String docId = id != null ? id : frFile.getFileName().toString();
    String fr = TextFiles.read(frFile);
    String en = TextFiles.read(enFile);
    Document doc = presegmented
        ? Document.ofLines(docId, TextFiles.lines(fr), TextFiles.lines(en))
        : Document.segment(docId, fr, en, new ModelAndRulesSegmenter());
    List<String> warnings = LanguageCheck.warnings(doc);
    warnings.forEach(w -> err.println("entente align: warning: " + w));
    long t0 = System.nanoTime();
    Alignment a;
    if (data != null) {
      try (DataFolder folder = DataFolder.open(data, "entente align");
          LuceneTermBase terms = LuceneTermBase.open(folder)) {
        a = aligner(method, terms.size() == 0 ? null : terms, folder.folder("align").resolve("lexicon.tsv"))
            .align(doc);
      }
    } else {
      a = aligner(method, null, null).align(doc);
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    AlignOutput.write(List.of(a), fmt, output, spec.commandLine().getOut(), AlignerSettings.DEFAULTS.flagBelow(),
        warnings, Instant.now());
    err.printf(Locale.ROOT, "entente align: %d French x %d English sentences -> %d beads (%d flagged for review) "
        + "by %s in %d ms%n", doc.fr().size(), doc.en().size(), a.beads().size(), a.flaggedCount(), a.method(), ms);
    err.flush();
    return 0;
  }

  static Aligner aligner(String method, TermBase terms, Path lexicon) {
    return switch (method.toLowerCase(Locale.ROOT)) {
      case "entente" -> new EntenteAligner(AlignerSettings.DEFAULTS, terms, lexicon);
      case "gale-church" -> new GaleChurchAligner();
      default -> throw new BadInputException("unknown method " + method, "--method", "use entente or gale-church");
    };
  }
}
