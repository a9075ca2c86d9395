package org.entente.check;

import java.util.ArrayList;
import java.util.List;
import org.entente.terminology.Concept;
import org.entente.terminology.TermHit;
import org.entente.terminology.TermStatus;
import org.entente.terminology.TermType;

/** A deprecated or superseded term used in the draft: "Kiev" where the termbase prescribes "Kyiv". */
final class TermDeprecatedInTarget implements Check {
  static final String ID = "TERM_DEPRECATED_IN_TARGET";

  @Override public String id() { return ID; }
  @Override public IssueType type() { return IssueType.TERMINOLOGY; }
  @Override public Severity severity() { return Severity.ERROR; }
  @Override public String description() { return "Termbase: deprecated or superseded term used"; }
  @Override public boolean needsSource() { return false; }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.bad("", "Allies will keep supporting Kiev for as long as it takes.", "Kiev"),
        Example.bad("Les Alliés soutiennent Kyiv.", "Allies support Kiev.", "Kiev"),
        Example.good("", "Allies will keep supporting Kyiv for as long as it takes."),
        Example.good("", "NATO will strengthen its deterrence and defence posture."));
  }

  @Override
  public List<Finding> run(CheckContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (int s = 0; s < ctx.draft().size(); s++) {
      List<TermHit> hits = ctx.draftHits(s);
      for (TermHit h : hits) {
        if (h.nested() || !h.term().status().isForbidden() || h.term().language() != ctx.draftLanguage()) continue;
        // the same words may also be an allowed term of another concept: then they are not wrong
        if (hits.stream().anyMatch(o -> o.start() == h.start() && o.end() == h.end() && !o.term().status().isForbidden())) continue;
        Concept c = ctx.concept(h.conceptId()).orElse(null);
        if (c == null) continue;
        List<String> repl = TermAdvice.replacements(c, ctx.draftLanguage(), h.term().type(), h.text());
        String what = h.term().status() == TermStatus.SUPERSEDED ? "superseded" : "deprecated";
        String msg = repl.isEmpty()
            ? "\"" + h.text() + "\" is " + what + " in the termbase (concept " + c.id() + "); rephrase it."
            : (what.equals("superseded") ? "Superseded term" : "Deprecated term") + ": use \"" + repl.get(0) + "\" (\""
                + h.text() + "\" is " + what + " in the termbase).";
        Severity severity = severity();
        if (h.term().type() == TermType.ACRONYM && !termbaseAround(ctx, hits, h)) {
          // "ACE inhibitors": a short acronym belongs to many fields; alone, it does not show the text is the termbase's
          severity = Severity.WARNING;
          msg += " Nothing else of the termbase is in this segment or in the source: if \"" + h.text()
              + "\" means something else here, ignore this.";
        }
        out.add(new Finding(ID, type(), severity, s, h.start(), h.end(), h.text(), msg, repl, c.id(), null));
      }
    }
    return out;
  }

  /**
   * Whether the draft segment or the source says the text is in the termbase's field: a hit of another text than the
   * acronym itself (the source may carry the same acronym over: "ACE" / "ACE" is no evidence).
   */
  private static boolean termbaseAround(CheckContext ctx, List<TermHit> draftHits, TermHit acronym) {
    for (TermHit o : draftHits) if (!o.text().equalsIgnoreCase(acronym.text())) return true;
    for (int s = 0; s < ctx.source().size(); s++) {
      for (TermHit o : ctx.sourceHits(s)) if (!o.text().equalsIgnoreCase(acronym.text())) return true;
    }
    return false;
  }
}
