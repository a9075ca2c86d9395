package org.entente.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.terminology.Concept;
import org.entente.terminology.TermHit;
import org.entente.text.TextNormalizer;

/**
 * One concept rendered two ways in one draft: "deterrence and defence posture" in one sentence, "defence and
 * deterrence posture" in another. Acronyms and short forms beside their full form are not inconsistent; deprecated
 * terms are another check's business.
 */
final class TermInconsistent implements Check {
  static final String ID = "TERM_INCONSISTENT";

  @Override public String id() { return ID; }
  @Override public IssueType type() { return IssueType.INCONSISTENCY; }
  @Override public Severity severity() { return Severity.WARNING; }
  @Override public String description() { return "Termbase: one concept rendered two ways in the document"; }
  @Override public boolean needsSource() { return false; }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.bad("", "NATO strengthens its deterrence and defence posture. Allies discussed the defence and deterrence posture.",
            "defence and deterrence posture"),
        Example.good("", "The Nuclear Planning Group met. The NPG agreed on the plan."),
        Example.good("", "NATO Defence Ministers met. Defence Ministers agreed."),
        Example.good("", "The deterrence and defence posture is strong. The deterrence and defence postures of Allies differ."));
  }

  private record Use(int segment, TermHit hit, String key) {}

  /**
   * Renderings that differ only by number ("hostile action", "hostile actions") or where one is the other shortened
   * ("NATO Defence Ministers", then "Defence Ministers") are one wording, not an inconsistency.
   */
  static boolean sameWording(java.util.Set<String> keys) {
    List<String> k = keys.stream().map(TermInconsistent::singular).distinct().toList();
    if (k.size() < 2) return true;
    if (k.size() > 2) return false;
    String a = " " + k.get(0) + " ";
    String b = " " + k.get(1) + " ";
    return a.contains(b) || b.contains(a);
  }

  private static String singular(String key) {
    StringBuilder b = new StringBuilder();
    for (String w : key.split(" ")) {
      if (b.length() > 0) b.append(' ');
      b.append(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
    }
    return b.toString();
  }

  @Override
  public List<Finding> run(CheckContext ctx) {
    Map<String, List<Use>> byConcept = new LinkedHashMap<>();
    for (int s = 0; s < ctx.draft().size(); s++) {
      for (TermHit h : ctx.draftHits(s)) {
        if (h.nested() || h.term().status().isForbidden() || TermAdvice.isShortForm(h.term().type())) continue;
        String key = TextNormalizer.MATCHING.apply(h.term().text());
        byConcept.computeIfAbsent(h.conceptId(), k -> new ArrayList<>()).add(new Use(s, h, key));
      }
    }
    List<Finding> out = new ArrayList<>();
    for (var e : byConcept.entrySet()) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Use u : e.getValue()) counts.merge(u.key(), 1, Integer::sum);
      if (counts.size() < 2 || sameWording(counts.keySet())) continue;
      Concept c = ctx.concept(e.getKey()).orElse(null);
      if (c == null) continue;
      List<String> usable = TermAdvice.usable(c, ctx.draftLanguage(), null);
      String preferredKey = usable.isEmpty() ? "" : TextNormalizer.MATCHING.apply(usable.get(0));
      String reference = counts.containsKey(preferredKey) ? preferredKey
          : counts.entrySet().stream().max((a, b) -> Integer.compare(a.getValue(), b.getValue())).orElseThrow().getKey();
      String referenceText = e.getValue().stream().filter(u -> u.key().equals(reference)).findFirst().orElseThrow().hit().term().text();
      for (Use u : e.getValue()) {
        if (u.key().equals(reference)) continue;
        List<String> repl = new ArrayList<>();
        if (!usable.isEmpty()) repl.add(TermAdvice.matchCase(u.hit().text(), usable.get(0)));
        String ref = TermAdvice.matchCase(u.hit().text(), referenceText);
        if (!repl.contains(ref)) repl.add(ref);
        String msg = "Inconsistent term: this document also says \"" + referenceText + "\" for the same concept; use \""
            + repl.get(0) + "\" throughout.";
        out.add(new Finding(ID, type(), severity(), u.segment(), u.hit().start(), u.hit().end(), u.hit().text(), msg, repl,
            c.id(), null));
      }
    }
    return out;
  }
}
