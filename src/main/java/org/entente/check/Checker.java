package org.entente.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entente.align.Bead;
import org.entente.segment.Segmenter;
import org.entente.segment.Sentence;
import org.entente.terminology.DatedTermBase;
import org.entente.terminology.TermBase;
import org.entente.text.Language;

/**
 * Runs the checks over a draft: cuts a document draft into sentences, aligns it with its source when one is
 * given, recognises terms on both sides once, and gathers every check's findings in draft order. Checks that
 * need a source are skipped, and said so, when there is none.
 */
public final class Checker {
  private final TermBase termBase;
  private final Segmenter segmenter;
  private final SentencePairing pairing;
  private final List<Check> checks;

  public Checker(TermBase termBase, Segmenter segmenter, SentencePairing pairing, List<Check> checks) {
    this.termBase = termBase;
    this.segmenter = segmenter;
    this.pairing = pairing;
    this.checks = List.copyOf(checks);
  }

  public List<Check> checks() {
    return checks;
  }

  public CheckReport check(CheckRequest request) {
    CheckContext ctx = context(request);
    List<Finding> findings = new ArrayList<>();
    List<String> run = new ArrayList<>();
    List<CheckReport.Skipped> skipped = new ArrayList<>();
    for (Check c : checks) {
      if (!request.config().runs(c)) {
        skipped.add(new CheckReport.Skipped(c.id(), "not enabled in this request"));
      } else if (c.needsSource() && !request.hasSource()) {
        skipped.add(new CheckReport.Skipped(c.id(), "needs the " + request.sourceLanguage().displayName() + " source"));
      } else {
        run.add(c.id());
        findings.addAll(c.run(ctx));
      }
    }
    findings.sort(Comparator.comparingInt(Finding::segment).thenComparingInt(Finding::start)
        .thenComparingInt(Finding::end).thenComparing(Finding::checkId));
    return new CheckReport(findings, run, skipped, ctx.sentences(), ctx.beads().size());
  }

  CheckContext context(CheckRequest request) {
    List<Part> targetParts = new ArrayList<>();
    List<Part> sourceParts = new ArrayList<>();
    List<Sentence> targetSentences = List.of();
    List<Sentence> sourceSentences = List.of();
    if (request.documents()) {
      targetSentences = segmenter.segment(request.draft().get(0), request.draftLanguage());
      for (Sentence s : targetSentences) targetParts.add(new Part(0, s.start(), s.end()));
      if (request.hasSource()) {
        sourceSentences = segmenter.segment(request.source().get(0), request.sourceLanguage());
        for (Sentence s : sourceSentences) sourceParts.add(new Part(0, s.start(), s.end()));
      }
    } else {
      for (int i = 0; i < request.draft().size(); i++) {
        targetParts.add(new Part(i, 0, request.draft().get(i).length()));
        if (request.hasSource()) sourceParts.add(new Part(i, 0, request.source().get(i).length()));
      }
    }
    Language source = request.sourceLanguage();
    List<Bead> beads = new ArrayList<>();
    if (!request.hasSource()) {
      for (int i = 0; i < targetParts.size(); i++) beads.add(Bead.of(source, List.of(), List.of(i)));
    } else if (!request.documents()) {
      for (int i = 0; i < targetParts.size(); i++) beads.add(Bead.of(source, List.of(i), List.of(i)));
    } else {
      beads.addAll(aligned(request, sourceSentences, targetSentences, targetParts.size()));
    }
    return new CheckContext(request, DatedTermBase.on(termBase, request.date()), sourceParts, targetParts, beads);
  }

  private List<Bead> aligned(CheckRequest request, List<Sentence> sourceSentences, List<Sentence> targetSentences,
      int targetCount) {
    boolean[] covered = new boolean[targetCount];
    List<Bead> beads = new ArrayList<>();
    List<Bead> pairs = sourceSentences.isEmpty() || targetSentences.isEmpty() ? List.of()
        : pairing.pair(sourceSentences, targetSentences, request.sourceLanguage());
    for (Bead pair : pairs) {
      pair.side(request.draftLanguage()).forEach(i -> covered[i] = true);
      beads.add(pair);
    }
    // an aligner that leaves a draft sentence out must not hide it from the checks
    for (int i = 0; i < covered.length; i++) {
      if (!covered[i]) beads.add(Bead.of(request.sourceLanguage(), List.of(), List.of(i)));
    }
    return beads;
  }

}
