package org.entente.eval;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.align.Alignment;
import org.entente.align.Bead;
import org.entente.align.Document;
import org.entente.align.EntenteAligner;
import org.entente.align.GaleChurchAligner;
import org.entente.align.TextFiles;
import org.entente.segment.ModelAndRulesSegmenter;

/** Raw-text alignment on the NATO corpus: segment fr.txt/en.txt, align, score by matching segment text. */
public final class RawNatoEval {
  private RawNatoEval() {}

  /** Pooled figures of Entente and of Gale–Church, in that order. */
  public static AlignScore.Figures[] score(Path nato) {
    StringWriter sink = new StringWriter();
    return report(new PrintWriter(sink), nato, false);
  }

  public static AlignScore.Figures[] report(PrintWriter out, Path nato, boolean perDocument) {
    List<AlignEvaluation.GoldDocument> gold = AlignEvaluation.natoSets(nato);
    List<Document> raw = new ArrayList<>();
    List<String[]> texts = new ArrayList<>();
    ModelAndRulesSegmenter segmenter = new ModelAndRulesSegmenter();
    for (AlignEvaluation.GoldDocument g : gold) {
      Path dir = nato.resolve(g.document().id());
      String fr = TextFiles.read(dir.resolve("fr.txt"));
      String en = TextFiles.read(dir.resolve("en.txt"));
      texts.add(new String[] {fr, en});
      raw.add(Document.segment(g.document().id(), fr, en, segmenter));
    }
    out.println("== NATO raw text (fr.txt/en.txt segmented by our segmenter, then aligned; scored by matching "
        + "segment text): " + raw.size() + " documents, "
        + raw.stream().mapToInt(d -> d.fr().size()).sum() + " French and "
        + raw.stream().mapToInt(d -> d.en().size()).sum() + " English segments");
    List<Alignment> ours = new EntenteAligner().alignAll(raw);
    List<Alignment> gc = new GaleChurchAligner().alignAll(raw);
    TextMatchScore oursAll = new TextMatchScore();
    TextMatchScore gcAll = new TextMatchScore();
    for (int k = 0; k < raw.size(); k++) {
      Alignment goldAlignment = goldAlignment(gold.get(k));
      String[] t = texts.get(k);
      AlignScore.Figures a = new TextMatchScore().add(t[0], t[1], goldAlignment, ours.get(k)).figures();
      AlignScore.Figures b = new TextMatchScore().add(t[0], t[1], goldAlignment, gc.get(k)).figures();
      oursAll.add(t[0], t[1], goldAlignment, ours.get(k));
      gcAll.add(t[0], t[1], goldAlignment, gc.get(k));
      if (perDocument) {
        out.printf(Locale.ROOT, "%-34s %20.3f / %.3f   %22.3f / %.3f%n", raw.get(k).id(), a.strictF1(), a.laxF1(),
            b.strictF1(), b.laxF1());
      }
    }
    out.println("pooled entente:     " + oursAll.figures().line());
    out.println("pooled gale-church: " + gcAll.figures().line());
    out.println();
    return new AlignScore.Figures[] {oursAll.figures(), gcAll.figures()};
  }

  /** The gold beads as an alignment over the gold segments (fr.sent/en.sent lines). */
  private static Alignment goldAlignment(AlignEvaluation.GoldDocument g) {
    Document d = g.document();
    List<Bead> beads = new ArrayList<>();
    for (Bead p : g.gold()) {
      beads.add(Bead.of(p.fr().stream().map(line -> position(d.fr(), line)).toList(),
          p.en().stream().map(line -> position(d.en(), line)).toList()));
    }
    return new Alignment(d, beads, "gold");
  }

  private static int position(List<org.entente.align.Item> items, int line) {
    for (int i = 0; i < items.size(); i++) if (items.get(i).line() == line) return i;
    throw new IllegalStateException("gold line " + line + " is not a sentence");
  }
}
