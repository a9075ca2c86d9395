package org.entente.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.align.Bead;
import org.entente.terminology.Concept;
import org.entente.terminology.TermHit;
import org.entente.text.TextNormalizer;

/**
 * A source term whose preferred or admitted equivalent is absent from the draft sentences that translate it:
 * "Groupe des plans nucléaires" in the French, no "Nuclear Planning Group" (nor "NPG") in the English.
 */
final class TermNotFoundInTarget implements Check {
  static final String ID = "TERM_NOT_FOUND_IN_TARGET";

  @Override public String id() { return ID; }
  @Override public IssueType type() { return IssueType.TERMINOLOGY; }
  @Override public Severity severity() { return Severity.WARNING; }
  @Override public String description() { return "Termbase: source term not rendered with its agreed equivalent"; }
  @Override public boolean needsSource() { return true; }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.bad("Une réunion du Groupe des plans nucléaires est prévue.", "A meeting of the Nuclear Plans Group is planned.",
            "Groupe des plans nucléaires"),
        Example.good("Une réunion du Groupe des plans nucléaires est prévue.", "A meeting of the Nuclear Planning Group is planned."),
        Example.good("Le Groupe des plans nucléaires se réunira.", "The NPG will meet."),
        Example.good("Les ministres renforcent la posture de dissuasion et de défense.",
            "Ministers strengthen the deterrence and defence posture."));
  }

  @Override
  public List<Finding> run(CheckContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Bead b : ctx.beads()) {
      if (!b.twoSided()) continue;
      List<Part> draftParts = ctx.draftParts(b);
      Set<String> rendered = new HashSet<>();
      StringBuilder targetText = new StringBuilder();
      for (Part tp : draftParts) {
        for (TermHit h : ctx.hits(tp, true, false)) rendered.add(h.conceptId());
        targetText.append(' ').append(ctx.draftText(tp));
      }
      String normTarget = " " + words(targetText.toString()) + " ";
      Set<String> reported = new HashSet<>();
      Part at = draftParts.get(0);
      for (Part sp : ctx.sourceParts(b)) {
        for (TermHit h : ctx.hits(sp, false, true)) {
          if (rendered.contains(h.conceptId()) || h.term().status().isForbidden() || !reported.add(h.conceptId())) continue;
          Concept c = ctx.concept(h.conceptId()).orElse(null);
          if (c == null) continue;
          List<String> usable = TermAdvice.usable(c, ctx.draftLanguage(), h.term().type());
          if (usable.isEmpty()) continue; // nothing agreed to look for: TERM_NOT_DEFINED, not ours to report
          // recognition may miss an odd inflection; a plain match of an agreed term is enough
          if (usable.stream().anyMatch(u -> normTarget.contains(" " + words(u) + " "))) continue;
          String msg = "Term not found: the source has \"" + h.text() + "\"; use " + TermAdvice.quoted(usable) + ".";
          out.add(new Finding(ID, type(), severity(), at.segment(), at.start(), lastEnd(draftParts, at), ctx.draftText(
              new Part(at.segment(), at.start(), lastEnd(draftParts, at))), msg, usable, c.id(),
              new Finding.Location(sp.segment(), h.start(), h.end(), h.text())));
        }
      }
    }
    return out;
  }

  /** The end of the bead's draft sentences within the first one's segment. */
  private static int lastEnd(List<Part> draftParts, Part first) {
    int end = first.end();
    for (Part p : draftParts) if (p.segment() == first.segment()) end = Math.max(end, p.end());
    return end;
  }

  private static String words(String s) {
    String n = TextNormalizer.MATCHING_NO_ACCENTS.apply(s);
    StringBuilder b = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
        space = false;
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    return b.toString().strip();
  }
}
