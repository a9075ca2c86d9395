package org.entente.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.align.Aligner;
import org.entente.align.Alignment;
import org.entente.align.Bead;
import org.entente.align.Document;
import org.entente.align.EntenteAligner;
import org.entente.align.GaleChurchAligner;
import org.entente.align.TextFiles;

/**
 * Alignment accuracy on the NATO corpus and TransRead (dev, in-sample), the raw NATO texts, and FLORES-101 and TICO-19
 * made document pairs (test): strict and lax P/R/F1 as {@code ../shared/tools/align_score.py} counts them, Entente
 * and the Gale–Church baseline side by side, per document and pooled. French is on the left.
 */
public final class AlignEvaluation {
  private final Map<String, Double> params;
  private final boolean perDocument;
  private final Path write;

  /**
   * @param params overrides of the aligner's weights (see {@code AlignerSettings}), for tuning
   * @param perDocument print one line per document as well as the pooled figures
   * @param write when not null, the folder where each document's gold and predicted beads are written (vecalign)
   */
  public AlignEvaluation(Map<String, Double> params, boolean perDocument, Path write) {
    this.params = new LinkedHashMap<>(params);
    this.perDocument = perDocument;
    this.write = write;
  }

  /** Scores the sets named by {@code set} ({@code nato}, {@code transread}, {@code raw}, {@code unseen}, {@code all}). */
  public void run(PrintWriter out, Path shared, String set) {
    if (set.equals("all") || set.equals("nato")) {
      Path nato = shared.resolve("corpus/nato");
      if (Files.isDirectory(nato)) report(out, "[dev, in-sample] NATO corpus, pre-segmented (fr.sent/en.sent)", natoSets(nato));
      else out.println("NATO corpus absent at " + nato + "; skipping");
    }
    if (set.equals("all") || set.equals("transread")) {
      Path tr = shared.resolve("data/align/transread");
      if (Files.isDirectory(tr)) report(out, "[dev, in-sample] TransRead novels (tokenised; gold has English on the left, swapped)",
          transreadSets(tr));
      else out.println("TransRead absent at " + tr + "; skipping");
    }
    if (set.equals("all") || set.equals("raw")) {
      Path nato = shared.resolve("corpus/nato");
      if (Files.isDirectory(nato)) {
        out.println("[dev, in-sample]");
        RawNatoEval.report(out, nato, perDocument);
      } else {
        out.println("NATO corpus absent at " + nato + "; skipping");
      }
    }
    if (set.equals("all") || set.equals("unseen")) {
      List<GoldDocument> unseen = unseenSets(shared);
      if (unseen.isEmpty()) out.println("FLORES-101 and TICO-19 absent under " + shared.resolve("data/parallel") + "; skipping");
      else report(out, "[test] FLORES-101 devtest and TICO-19 test as document pairs with seeded drops, merges and splits "
          + "(never used for tuning)", unseen);
    }
    out.flush();
  }

  /** A document with its gold beads (French on the left). */
  public record GoldDocument(Document document, List<Bead> gold) {}

  public static List<GoldDocument> natoSets(Path nato) {
    List<GoldDocument> out = new ArrayList<>();
    for (Path dir : TextFiles.subfolders(nato)) {
      if (!Files.exists(dir.resolve("gold.align"))) continue;
      String id = dir.getFileName().toString();
      out.add(new GoldDocument(Document.ofLines(id, TextFiles.lines(dir.resolve("fr.sent")),
          TextFiles.lines(dir.resolve("en.sent"))),
          AlignScore.parse(TextFiles.lines(dir.resolve("gold.align")), dir.resolve("gold.align").toString())));
    }
    return out;
  }

  /**
   * The test set: FLORES-101 devtest (1,012 pairs) and TICO-19 test (2,100 pairs), sentence-aligned corpora no weight
   * was tuned on, each made one document pair with known gold by {@link SyntheticPair} (seed 42: 1.5 % of sentences
   * dropped on each side, 4 % merged, 2 % split at a comma).
   */
  public static List<GoldDocument> unseenSets(Path shared) {
    Path p = shared.resolve("data/parallel");
    List<GoldDocument> out = new ArrayList<>();
    for (String[] f : new String[][] {{"flores101-devtest", "flores101/fra.devtest", "flores101/eng.devtest"},
        {"tico19-test", "tico19/tico19-test.fr", "tico19/tico19-test.en"}}) {
      Path fr = p.resolve(f[1]);
      Path en = p.resolve(f[2]);
      if (!Files.isRegularFile(fr) || !Files.isRegularFile(en)) continue;
      SyntheticPair pair = SyntheticPair.build(TextFiles.lines(fr), TextFiles.lines(en), Integer.MAX_VALUE, 42);
      out.add(new GoldDocument(new Document(f[0], pair.document().fr(), pair.document().en()), pair.gold()));
    }
    return out;
  }

  public static List<GoldDocument> transreadSets(Path tr) {
    List<GoldDocument> out = new ArrayList<>();
    for (Path dir : TextFiles.subfolders(tr)) {
      String book = dir.getFileName().toString().replace("_EN-FR", "");
      Path ref = dir.resolve(book + ".en-fr.ref");
      if (!Files.exists(ref)) continue;
      out.add(new GoldDocument(Document.ofLines(book, TextFiles.lines(dir.resolve(book + ".fr.sents.txt")),
          TextFiles.lines(dir.resolve(book + ".en.sents.txt"))),
          AlignScore.swap(AlignScore.parse(TextFiles.lines(ref), ref.toString()))));
    }
    return out;
  }

  public static void writeBeads(Path file, List<Bead> beads) {
    StringBuilder b = new StringBuilder();
    for (Bead p : beads) b.append(p.fr()).append(':').append(p.en()).append('\n');
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, b.toString().replace(" ", ""), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Aligns every document with both methods and prints the figures. */
  private void report(PrintWriter out, String title, List<GoldDocument> docs) {
    out.println("== " + title + ": " + docs.size() + " documents, "
        + docs.stream().mapToInt(d -> d.gold().size()).sum() + " gold beads");
    List<Document> plain = docs.stream().map(GoldDocument::document).toList();
    org.entente.align.AlignerSettings settings = org.entente.align.AlignerSettings.DEFAULTS;
    for (var p : params.entrySet()) settings = settings.with(p.getKey(), p.getValue());
    Aligner ours = new EntenteAligner(settings, null, null);
    Aligner gc = new GaleChurchAligner();
    List<Alignment> a = ours.alignAll(plain);
    List<Alignment> b = gc.alignAll(plain);
    AlignScore oursAll = new AlignScore();
    AlignScore gcAll = new AlignScore();
    out.printf(Locale.ROOT, "%-34s %28s   %28s%n", "document", "entente strict F1 / lax F1", "gale-church strict F1 / lax F1");
    for (int k = 0; k < docs.size(); k++) {
      List<Bead> gold = docs.get(k).gold();
      AlignScore.Figures fa = AlignScore.of(gold, AlignScore.pairs(a.get(k)));
      AlignScore.Figures fb = AlignScore.of(gold, AlignScore.pairs(b.get(k)));
      oursAll.add(gold, AlignScore.pairs(a.get(k)));
      gcAll.add(gold, AlignScore.pairs(b.get(k)));
      if (write != null) {
        writeBeads(write.resolve(plain.get(k).id() + ".gold.align"), gold);
        writeBeads(write.resolve(plain.get(k).id() + ".entente.align"), AlignScore.pairs(a.get(k)));
        writeBeads(write.resolve(plain.get(k).id() + ".gale-church.align"), AlignScore.pairs(b.get(k)));
      }
      if (perDocument) {
        out.printf(Locale.ROOT, "%-34s %20.3f / %.3f   %22.3f / %.3f%n", plain.get(k).id(), fa.strictF1(), fa.laxF1(),
            fb.strictF1(), fb.laxF1());
      }
    }
    AlignScore alone = new AlignScore();
    for (int k = 0; k < docs.size(); k++) {
      alone.add(docs.get(k).gold(), AlignScore.pairs(ours.align(plain.get(k))));
    }
    out.println("pooled entente:     " + oursAll.figures().line());
    out.println("  (each alone:      " + alone.figures().line() + ")");
    out.println("pooled gale-church: " + gcAll.figures().line());
    out.println();
  }
}
