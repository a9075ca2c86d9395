package org.entente.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.segment.Token;
import org.entente.terminology.TermHit;
import org.entente.text.Language;

/**
 * A word in the other spelling standard: "defense" in a draft that must follow British spelling (NATO's, the
 * default), "defence" in an American one. Official names keep their spelling: "Ukraine Defense Contact Group",
 * "World Health Organization", "World Food Programme", and any term the termbase recognises. Words right in both
 * standards are never flagged ("analyses", "dialogue", "license" the verb); -ize in a British draft is flagged
 * unless the configuration allows Oxford spelling ({@link CheckConfig#izeAllowed()}).
 */
final class SpellingVariant implements Check {
  static final String ID = "SPELLING_VARIANT";

  @Override public String id() { return ID; }
  @Override public IssueType type() { return IssueType.MISSPELLING; }
  @Override public Severity severity() { return Severity.WARNING; }
  @Override public String description() { return "Spelling variant: follow the house spelling (British by default)"; }
  @Override public boolean needsSource() { return false; }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.bad("", "Allies will boost their defense spending and the training program.", "defense", "program"),
        Example.bad("", "The organization will prioritize the center.", "organization", "prioritize", "center"),
        Example.good("", "Allies will boost their defence spending and the training programme."),
        Example.good("", "NATO will coordinate the work of the Ukraine Defense Contact Group."),
        Example.good("", "The World Health Organization met at the US Department of Defense."),
        Example.good("", "The software runs a computer program."),
        Example.good("", "The analyses were checked, and the dialogue continues under licence."),
        Example.bad("", "They will license the catalog and the color scheme.", "catalog", "color"));
  }

  @Override
  public List<Finding> run(CheckContext ctx) {
    if (ctx.draftLanguage() != Language.EN) return List.of();
    boolean british = ctx.config().spelling() == SpellingStandard.BRITISH;
    Map<String, String> wrong = british ? SpellingVariants.US_TO_GB : SpellingVariants.GB_TO_US;
    List<Finding> out = new ArrayList<>();
    for (int s = 0; s < ctx.draft().size(); s++) {
      String seg = ctx.draft().get(s);
      String lower = null;
      List<Token> tokens = ctx.draftTokenizer().tokenize(seg);
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.type() != Token.Type.WORD && t.type() != Token.Type.ACRONYM) continue;
        String w = t.text().toLowerCase(Locale.ROOT);
        String right = wrong.get(w);
        if (right == null || (british && ctx.config().izeAllowed() && SpellingVariants.oxfordIze(w, right))) continue;
        if (w.startsWith("program") && i > 0 && List.of("computer", "software").contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))) continue;
        if (insideTerm(ctx.draftHitsCovering(s, t.start(), t.end()), t)) continue;
        if (lower == null) lower = seg.toLowerCase(Locale.ROOT);
        if (insideOfficialName(lower, t.start(), t.end())) continue;
        String repl = SpellingVariants.withCaseOf(t.text(), right);
        String msg = "Spelling: write \"" + repl + "\" (" + (british ? "British" : "American") + " spelling"
            + (british ? ", as NATO does" : "") + ").";
        out.add(new Finding(ID, type(), severity(), s, t.start(), t.end(), t.text(), msg, List.of(repl), "", null));
      }
    }
    return out;
  }

  /** A recognised term spelt this way is an official name: "Ukraine Defense Contact Group". */
  private static boolean insideTerm(List<TermHit> hits, Token t) {
    for (TermHit h : hits) {
      if (h.start() <= t.start() && t.end() <= h.end()
          && h.term().text().toLowerCase(Locale.ROOT).contains(t.text().toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  private static boolean insideOfficialName(String lower, int start, int end) {
    // only the names that can start near the word are tried: indexOf would scan to the end of the document
    for (String name : SpellingVariants.OFFICIAL_NAMES) {
      for (int p = Math.max(0, start - name.length()); p <= start; p++) {
        if (p + name.length() >= end && lower.startsWith(name, p)) return true;
      }
    }
    return false;
  }
}
