package org.entente.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.segment.Token;
import org.entente.terminology.Concept;
import org.entente.terminology.Term;
import org.entente.terminology.TermHit;
import org.entente.terminology.TermType;

/**
 * An acronym used before its expansion: "the NPG met" with "Nuclear Planning Group (NPG)" only later, or never
 * (when the termbase knows the expansion). Well-known acronyms (NATO, EU, UN, US ...) need none; an acronym nobody
 * can expand is left alone.
 */
final class AcronymNotExpanded implements Check {
  static final String ID = "ACRONYM_NOT_EXPANDED";
  private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "for", "on", "in", "to", "de", "des", "du",
      "la", "le", "et", "a", "an", "&");
  private static final Set<String> ROMAN = Set.of("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XX", "XXI");

  @Override public String id() { return ID; }
  @Override public IssueType type() { return IssueType.STYLE; }
  @Override public Severity severity() { return Severity.WARNING; }
  @Override public String description() { return "Acronym used before its expansion"; }
  @Override public boolean needsSource() { return false; }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.bad("", "The NPG met on Thursday. Later the Nuclear Planning Group agreed.", "NPG"),
        Example.bad("", "The NPG met on Thursday.", "NPG"),
        Example.bad("", "The CUICC opened. It is the Critical Undersea Infrastructure Coordination Cell (CUICC).", "CUICC"),
        Example.good("", "The Nuclear Planning Group (NPG) met on Thursday. The NPG agreed."),
        Example.good("", "NATO, the EU and the UN met in Washington DC with US officials."),
        Example.good("", "Source: AA"));
  }

  private record Use(int segment, int start, int end, String text) {}

  @Override
  public List<Finding> run(CheckContext ctx) {
    // first use of every acronym, in draft order
    Map<String, Use> first = new LinkedHashMap<>();
    for (int s = 0; s < ctx.draft().size(); s++) {
      String seg = ctx.draft().get(s);
      for (Token t : ctx.draftTokenizer().tokenize(seg)) {
        if (t.type() != Token.Type.ACRONYM) continue;
        String a = t.text().replace(".", "");
        if (a.length() < 2 || a.length() > 8 || a.chars().anyMatch(Character::isDigit) || ROMAN.contains(a)
            || a.contains("-") || ctx.config().wellKnownAcronyms().contains(a)) continue;
        if (allCapsLine(seg, t.start())) continue; // a heading in capitals is not a list of acronyms
        first.putIfAbsent(a, new Use(s, t.start(), t.end(), t.text()));
      }
    }
    if (first.isEmpty()) return List.of();
    Map<String, Concept> known = new HashMap<>();
    Map<String, int[]> expandedAt = new HashMap<>();
    for (int s = 0; s < ctx.draft().size(); s++) {
      String seg = ctx.draft().get(s);
      List<TermHit> hits = ctx.draftHits(s);
      for (TermHit h : hits) {
        if (!first.containsKey(acronymOf(h)) || !isAcronymTerm(h.term())) continue;
        ctx.concept(h.conceptId()).filter(c -> fullForm(c, ctx) != null).ifPresent(c -> known.putIfAbsent(acronymOf(h), c));
      }
      for (String a : first.keySet()) {
        // "Full Form (ACR)" or "ACR (Full Form)", by initials
        int p = seg.indexOf("(" + a + ")");
        while (p >= 0) {
          if (initialsMatch(seg.substring(0, p), a)) expandedAt.merge(a, new int[] {s, p}, AcronymNotExpanded::earlier);
          p = seg.indexOf("(" + a + ")", p + 1);
        }
        int q = seg.indexOf(a + " (");
        if (q >= 0 && initialsAfter(seg.substring(q + a.length() + 2), a)) {
          expandedAt.merge(a, new int[] {s, q}, AcronymNotExpanded::earlier);
        }
      }
    }
    // the termbase's full forms count as expansions too
    for (int s = 0; s < ctx.draft().size(); s++) {
      for (TermHit h : ctx.draftHits(s)) {
        if (h.nested() || isAcronymTerm(h.term())) continue;
        for (var e : known.entrySet()) {
          if (e.getValue().id().equals(h.conceptId())) expandedAt.merge(e.getKey(), new int[] {s, h.start()}, AcronymNotExpanded::earlier);
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    for (var e : first.entrySet()) {
      String a = e.getKey();
      Use u = e.getValue();
      int[] x = expandedAt.get(a);
      Concept c = known.get(a);
      String full = c != null ? fullForm(c, ctx) : x != null ? expansionText(ctx.draft().get(x[0]), x[1], a) : null;
      boolean before = x != null && (x[0] > u.segment() || (x[0] == u.segment() && x[1] > u.start()));
      if (before) {
        String msg = "Acronym used before its expansion: write \"" + full + " (" + a + ")\" at its first use.";
        out.add(new Finding(ID, type(), severity(), u.segment(), u.start(), u.end(), u.text(), msg,
            full == null ? List.of() : List.of(full + " (" + a + ")"), c == null ? "" : c.id(), null));
      } else if (x == null && c != null && ctx.wholeDocument()) {
        String msg = "Acronym not expanded: write \"" + full + " (" + a + ")\" at its first use.";
        out.add(new Finding(ID, type(), severity(), u.segment(), u.start(), u.end(), u.text(), msg,
            List.of(full + " (" + a + ")"), c.id(), null));
      }
    }
    return out;
  }

  private static int[] earlier(int[] a, int[] b) {
    return a[0] < b[0] || (a[0] == b[0] && a[1] <= b[1]) ? a : b;
  }

  private static String acronymOf(TermHit h) {
    return h.text().replace(".", "");
  }

  private static boolean isAcronymTerm(Term t) {
    return t.type() == TermType.ACRONYM || t.type() == TermType.ABBREVIATION
        || (t.text().length() <= 8 && t.text().equals(t.text().toUpperCase(Locale.ROOT)) && t.text().chars().anyMatch(Character::isLetter));
  }

  private static String fullForm(Concept c, CheckContext ctx) {
    return c.terms(ctx.draftLanguage()).stream()
        .filter(t -> !t.status().isForbidden() && !isAcronymTerm(t))
        .map(Term::text).findFirst().orElse(null);
  }

  private static boolean allCapsLine(String seg, int at) {
    int from = seg.lastIndexOf('\n', at) + 1;
    int to = seg.indexOf('\n', at);
    String line = seg.substring(from, to < 0 ? seg.length() : to);
    long lower = line.chars().filter(Character::isLowerCase).count();
    long upper = line.chars().filter(Character::isUpperCase).count();
    return upper >= 12 && lower == 0;
  }

  /** Whether the words just before {@code "(ACR)"} start with the acronym's letters: "Nuclear Planning Group". */
  static boolean initialsMatch(String before, String a) {
    String[] words = before.strip().split("[\\s\\-]+");
    StringBuilder initials = new StringBuilder();
    for (int i = words.length - 1; i >= 0 && initials.length() < a.length(); i--) {
      String w = words[i];
      if (w.isEmpty() || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
      if (!Character.isLetter(w.charAt(0))) return false;
      initials.insert(0, Character.toUpperCase(w.charAt(0)));
    }
    return initials.toString().equals(a);
  }

  private static boolean initialsAfter(String after, String a) {
    int close = after.indexOf(')');
    if (close < 0) return false;
    String inside = after.substring(0, close);
    return initialsMatch(inside, a);
  }

  private static String expansionText(String seg, int at, String a) {
    if (seg.startsWith(a + " (", at)) {
      int open = at + a.length() + 2;
      return seg.substring(open, seg.indexOf(')', open)).strip();
    }
    String[] words = seg.substring(0, at).strip().split(" ");
    int letters = 0;
    int i = words.length;
    while (i > 0 && letters < a.length()) {
      i--;
      if (!SMALL_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) letters++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
  }
}
