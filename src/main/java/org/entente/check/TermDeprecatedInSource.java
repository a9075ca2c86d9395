package org.entente.check;

import java.util.ArrayList;
import java.util.List;
import org.entente.align.Bead;
import org.entente.terminology.Concept;
import org.entente.terminology.TermHit;

/**
 * A deprecated or superseded term in the source ("Kiev" in the French): the draft must still use the preferred
 * English term, and the author may want to know. Reported on the draft sentences that translate it.
 */
final class TermDeprecatedInSource implements Check {
  static final String ID = "TERM_DEPRECATED_IN_SOURCE";

  @Override public String id() { return ID; }
  @Override public IssueType type() { return IssueType.TERMINOLOGY; }
  @Override public Severity severity() { return Severity.INFO; }
  @Override public String description() { return "Termbase: deprecated or superseded term in the source"; }
  @Override public boolean needsSource() { return true; }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.bad("Les Alliés évaluent les besoins de Kiev.", "Allies assess Kyiv's needs.", "Kiev"),
        Example.good("Les Alliés évaluent les besoins de Kyiv.", "Allies assess Kyiv's needs."));
  }

  @Override
  public List<Finding> run(CheckContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Bead b : ctx.beads()) {
      if (!b.twoSided()) continue;
      List<Part> draftParts = ctx.draftParts(b);
      Part at = draftParts.get(0);
      for (Part sp : ctx.sourceParts(b)) {
        for (TermHit h : ctx.hits(sp, false, true)) {
          if (!h.term().status().isForbidden()) continue;
          Concept c = ctx.concept(h.conceptId()).orElse(null);
          if (c == null) continue;
          List<String> repl = TermAdvice.usable(c, ctx.draftLanguage(), h.term().type());
          String msg = "The source uses \"" + h.text() + "\", " + (h.term().status().code()) + " in the termbase"
              + (repl.isEmpty() ? "." : "; the translation should still say \"" + repl.get(0) + "\".");
          out.add(new Finding(ID, type(), severity(), at.segment(), at.start(), at.end(), ctx.draftText(at), msg, repl,
              c.id(), new Finding.Location(sp.segment(), h.start(), h.end(), h.text())));
        }
      }
    }
    return out;
  }
}
