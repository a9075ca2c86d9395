package org.entente.align;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.text.Progress;
import org.entente.terminology.TermBase;

/**
 * Entente's aligner. Pass 1 aligns each document with Gale–Church length costs, minus the weight of the anchor
 * keys a bead's two sides share (numbers, dates, amounts, acronyms, quotations, headings, numbered paragraphs,
 * paragraph starts, cognates, termbase concepts), plus a charge for numbers found on one side only, inside a
 * corridor around the chain of unique anchors. A bilingual lexicon is then learnt from the confident beads of every
 * document aligned together (and from the lexicon file, when one is given), and pass 2 realigns each document with
 * the lexicon's word pairs as further keys, in a narrow corridor around pass 1's path.
 */
public final class EntenteAligner implements Aligner {
  private static final int MAX_LEARNING_BEADS = 5000;
  private static final int MAX_WIDENINGS = 2;

  private final AlignerSettings settings;
  private final TermBase termBase;
  private final Path lexiconFile;

  public EntenteAligner() {
    this(AlignerSettings.DEFAULTS, null, null);
  }

  /**
   * @param termBase lends its concepts as anchors; may be null
   * @param lexiconFile the learnt lexicon is read from and added to this file; may be null
   */
  public EntenteAligner(AlignerSettings settings, TermBase termBase, Path lexiconFile) {
    this.settings = settings;
    this.termBase = termBase;
    this.lexiconFile = lexiconFile;
  }

  @Override
  public String name() {
    return "entente";
  }

  @Override
  public Alignment align(Document document) {
    return alignAll(List.of(document)).get(0);
  }

  @Override
  public List<Alignment> alignAll(List<Document> documents) {
    return alignAll(documents, Progress.NONE);
  }

  /** Aligns all documents; {@code progress} counts documents solved, once for the first pass and once per lexicon pass. */
  @Override
  public List<Alignment> alignAll(List<Document> documents, Progress progress) {
    long steps = (long) documents.size() * (1 + settings.lexiconPasses());
    long done = 0;
    List<PreparedDocument> docs = documents.stream().map(d -> new PreparedDocument(d, termBase)).toList();
    List<CorridorDp.Path> first = new ArrayList<>(docs.size());
    List<Bags> firstBags = new ArrayList<>(docs.size());
    for (PreparedDocument d : docs) {
      Bags bags = d.bags(Map.of(), Set.of());
      firstBags.add(bags);
      Corridor start = d.n * (long) d.m <= settings.fullMatrixCells() ? null
          : Corridor.around(d.n, d.m, AnchorPath.find(bags, d.n, d.m), settings.corridor());
      first.add(solve(d, bags, start, settings.corridor()));
      progress.at(++done, steps);
    }
    Lexicon stored = lexiconFile == null ? new Lexicon() : Lexicon.load(lexiconFile);
    List<CorridorDp.Path> paths = first;
    List<Bags> bags = firstBags;
    Lexicon lexicon = stored;
    for (int pass = 0; pass < settings.lexiconPasses(); pass++) {
      lexicon = new Lexicon();
      lexicon.addAll(stored);
      lexicon.addAll(learn(docs, paths, bags));
      Map<String, List<String>> translations = lexicon.translations(2, settings.minDice(), 3);
      if (translations.isEmpty()) break;
      Set<String> targets = new HashSet<>();
      translations.values().forEach(targets::addAll);
      List<CorridorDp.Path> next = new ArrayList<>(docs.size());
      List<Bags> nextBags = new ArrayList<>(docs.size());
      for (int k = 0; k < docs.size(); k++) {
        PreparedDocument d = docs.get(k);
        Bags b = d.bags(translations, targets);
        Corridor around = d.n * (long) d.m <= settings.fullMatrixCells() ? null
            : Corridor.aroundPath(d.n, d.m, paths.get(k).corners(d.n, d.m), 12);
        next.add(solve(d, b, around, 12));
        nextBags.add(b);
        progress.at(++done, steps);
      }
      paths = next;
      bags = nextBags;
    }
    List<Alignment> out = new ArrayList<>(docs.size());
    for (int k = 0; k < docs.size(); k++) {
      PreparedDocument d = docs.get(k);
      out.add(new Alignment(d.document, beads(d, bags.get(k), paths.get(k)), name()));
    }
    if (lexiconFile != null) lexicon.save(lexiconFile);
    progress.at(steps, steps);
    return out;
  }

  private CorridorDp.Path solve(PreparedDocument d, Bags bags, Corridor corridor, int width) {
    CorridorDp.BeadCost cost = costs(d, bags);
    if (corridor == null) return CorridorDp.run(Corridor.full(d.n, d.m), cost, Shape.ALL);
    CorridorDp.Path path = CorridorDp.run(corridor, cost, Shape.ALL);
    // widen while the path runs along the border, a bounded number of times so that time and memory stay linear
    int rounds = width < settings.corridor() ? 1 : MAX_WIDENINGS;
    for (int round = 0; round < rounds && path.touchedEdge(); round++) {
      width *= 2;
      Corridor wider = Corridor.aroundPath(d.n, d.m, path.corners(d.n, d.m), width);
      if (wider.cells > settings.maxCells()) break;
      path = CorridorDp.run(wider, cost, Shape.ALL);
    }
    return path;
  }

  private CorridorDp.BeadCost costs(PreparedDocument d, Bags bags) {
    double lambda = settings.lexicalWeight();
    double mu = settings.hardMismatchWeight();
    double cap = settings.hardMismatchCap();
    double para = settings.paragraphPenalty();
    double idle = settings.idleMemberPenalty();
    double omission = settings.omissionAdjust();
    double omissionCap = settings.omissionLengthCap();
    double headingMix = settings.headingMixPenalty();
    double[] missing = new double[1];
    return (s, i, j, bound) -> {
      double c = d.length.cost(s, d.frChars(i, s.fr), d.enChars(j, s.en));
      if (s.fr > 0 && s.en > 0) {
        if (d.crossesParagraph(i, s.fr, j, s.en)) c += para;
        if (d.mixesHeadings(i, s.fr, j, s.en)) c += headingMix;
        // the most the shared keys could take off
        if (c - lambda * Math.min(bags.frMass(i, s.fr), bags.enMass(j, s.en)) >= bound) return c;
        double shared = bags.overlap(i, s.fr, j, s.en, missing);
        c += -lambda * shared + mu * Math.min(cap / mu, missing[0]);
        if (s.fr + s.en > 2 && c < bound) c += idle * idleMembers(bags, s, i, j);
      } else {
        c = Math.min(c, s.priorCost + omissionCap) + omission;
      }
      return c;
    };
  }

  /** Sentences of a merged side that share no key with the other side: merged for their length alone. */
  private static int idleMembers(Bags bags, Shape s, int i, int j) {
    int idle = 0;
    if (s.fr > 1) for (int t = i; t < i + s.fr; t++) if (!bags.shareContent(t, 1, j, s.en)) idle++;
    if (s.en > 1) for (int t = j; t < j + s.en; t++) if (!bags.shareContent(i, s.fr, t, 1)) idle++;
    return idle;
  }

  private Lexicon learn(List<PreparedDocument> docs, List<CorridorDp.Path> paths, List<Bags> bags) {
    List<int[]> chosen = new ArrayList<>();
    for (int k = 0; k < docs.size(); k++) {
      PreparedDocument d = docs.get(k);
      for (int[] b : paths.get(k).beads()) {
        Shape s = Shape.ALL[b[2]];
        if (s.fr == 0 || s.en == 0) continue;
        if (Confidence.of(d, bags.get(k), s, b[0], b[1]) >= 0.5) chosen.add(new int[] {k, b[0], b[1], b[2]});
      }
    }
    Lexicon lex = new Lexicon();
    int step = Math.max(1, (chosen.size() + MAX_LEARNING_BEADS - 1) / MAX_LEARNING_BEADS);
    for (int t = 0; t < chosen.size(); t += step) {
      int[] c = chosen.get(t);
      PreparedDocument d = docs.get(c[0]);
      Shape s = Shape.ALL[c[3]];
      Set<String> fr = new HashSet<>();
      Set<String> en = new HashSet<>();
      for (int i = c[1]; i < c[1] + s.fr; i++) fr.addAll(d.frWords.get(i));
      for (int j = c[2]; j < c[2] + s.en; j++) en.addAll(d.enWords.get(j));
      lex.add(fr, en);
    }
    return lex;
  }

  private List<Bead> beads(PreparedDocument d, Bags bags, CorridorDp.Path path) {
    List<Bead> out = new ArrayList<>(path.beads().size());
    for (int[] b : path.beads()) {
      Shape s = Shape.ALL[b[2]];
      double conf = Confidence.of(d, bags, s, b[0], b[1]);
      out.add(Confidence.bead(s, b[0], b[1], conf, settings.flagBelow()));
    }
    return out;
  }
}
