package org.entente.check;

import java.util.ArrayList;
import java.util.List;
import org.entente.align.Bead;

/**
 * Numbers, amounts and dates that differ between a source sentence and its translation: "40 milliards d’euros"
 * rendered "€45 billion". Values are compared, not spellings: "500 000" = "500,000", "12 juin 2024" =
 * "12 June 2024", "75e" = "75th"; a figure written as a word on the other side ("deux jours", "two-day") counts.
 * A figure changed is an error; one only added or only dropped is a warning, and so is a scale word only the draft
 * has ("12 billion" for "12": the translator may spell out what the source leaves to context).
 */
final class NumberMismatch implements Check {
  static final String ID = "NUMBER_MISMATCH";

  @Override public String id() { return ID; }
  @Override public IssueType type() { return IssueType.NUMBERS; }
  @Override public Severity severity() { return Severity.ERROR; }
  @Override public String description() { return "Numbers, amounts or dates differ from the source"; }
  @Override public boolean needsSource() { return true; }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.bad("Les Alliés fournissent 40 milliards d’euros d’aide chaque année.",
            "Allies provide €45 billion in support every year.", "45 billion"),
        Example.bad("Ce mercredi (12 juin 2024), le secrétaire général a parlé.",
            "On Wednesday (12 July 2024), the Secretary General spoke.", "July"),
        Example.good("Les Alliés fournissent 40 milliards d’euros d’aide chaque année.",
            "Allies provide €40 billion in support every year."),
        Example.good("Ce mercredi (12 juin 2024), le secrétaire général a parlé.",
            "On Wednesday (12 June 2024), the Secretary General spoke."),
        Example.good("Nous avons 500 000 soldats en état de haute disponibilité, soit 40,5 % de plus.",
            "We have 500,000 troops at high readiness, 40.5% more."),
        Example.good("À l’occasion du 75e anniversaire de l’OTAN, une réunion de deux jours.",
            "To mark NATO's 75th anniversary, a two-day meeting."),
        Example.good("Un forum d’une cinquantaine de pays.", "A forum of around 50 countries."),
        Example.good("Nous avons 500,000 soldats.", "We have 500,000 troops."),
        Example.bad("Ce mercredi (12 juin 2024), avant la réunion des jeudi 13 et vendredi 14 juin.",
            "On Wednesday (13 June 2024), ahead of the meeting on Thursday 13 and Friday 14 June.", "13"));
  }

  @Override
  public List<Finding> run(CheckContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Bead b : ctx.beads()) {
      if (!b.twoSided()) continue;
      List<Part> draftParts = ctx.draftParts(b);
      List<Located> src = new ArrayList<>();
      for (Part p : ctx.sourceParts(b)) {
        for (Quantity q : Quantities.find(ctx.source().get(p.segment()), p.start(), p.end(), ctx.sourceLanguage())) src.add(new Located(p.segment(), q));
      }
      List<Located> tgt = new ArrayList<>();
      // an American draft writes slashed dates month first (6/13/2024)
      boolean monthFirst = ctx.draftLanguage() == org.entente.text.Language.EN && ctx.config().spelling() == SpellingStandard.AMERICAN;
      for (Part p : draftParts) {
        for (Quantity q : Quantities.find(ctx.draft().get(p.segment()), p.start(), p.end(), ctx.draftLanguage(), monthFirst)) {
          tgt.add(new Located(p.segment(), q));
        }
      }
      List<Located> extraT = unmatched(tgt, src);
      List<Located> extraS = unmatched(src, tgt);
      if (extraT.isEmpty() && extraS.isEmpty()) continue;
      Part at = draftParts.get(0);
      if (!extraT.isEmpty() && !extraS.isEmpty()) {
        for (int i = 0; i < extraT.size(); i++) {
          Located t = extraT.get(i);
          Located bare = scaleOnlyInDraft(t, extraS);
          if (bare != null) {
            // "12 billion" for "12": the translator may make explicit a scale the source leaves to context
            String msg = "Scale not in the source: the source has \"" + bare.q().surface() + "\" where the draft has \""
                + t.q().surface() + "\"; check the scale.";
            out.add(new Finding(ID, type(), Severity.WARNING, t.segment(), t.q().start(), t.q().end(), t.q().surface(), msg,
                List.of(), "", new Finding.Location(bare.segment(), bare.q().start(), bare.q().end(), bare.q().surface())));
            continue;
          }
          Located s = extraS.get(Math.min(i, extraS.size() - 1));
          String repl = Quantities.english(s.q());
          String msg = "Number mismatch: the source has \"" + s.q().surface() + "\" where the draft has \"" + t.q().surface()
              + "\": write \"" + repl + "\".";
          out.add(new Finding(ID, type(), Severity.ERROR, t.segment(), t.q().start(), t.q().end(), t.q().surface(), msg,
              List.of(repl), "", null));
        }
      } else if (!extraT.isEmpty()) {
        for (Located t : extraT) {
          String msg = "Number not in the source: \"" + t.q().surface() + "\" has no counterpart in the source; check it.";
          out.add(new Finding(ID, type(), Severity.WARNING, t.segment(), t.q().start(), t.q().end(), t.q().surface(), msg,
              List.of(), "", null));
        }
      } else {
        for (Located s : extraS) {
          String msg = "Number missing: the source has \"" + s.q().surface() + "\", which the draft does not render; write \""
              + Quantities.english(s.q()) + "\" where it belongs.";
          out.add(new Finding(ID, type(), Severity.WARNING, at.segment(), at.start(), at.end(), ctx.draftText(at), msg,
              List.of(Quantities.english(s.q())), "", new Finding.Location(s.segment(), s.q().start(), s.q().end(), s.q().surface())));
        }
      }
    }
    return out;
  }

  private record Located(int segment, Quantity q) {}

  /** The bare source figure that a scaled draft figure only adds a scale to ("12" for "12 billion"), or null. */
  private static Located scaleOnlyInDraft(Located t, List<Located> source) {
    if (!t.q().scaled()) return null;
    for (Located s : source) {
      if (!s.q().scaled() && s.q().kind() == Quantity.Kind.NUMBER && s.q().value().compareTo(t.q().unscaled()) == 0) return s;
    }
    return null;
  }

  /**
   * The figures of {@code side} with no counterpart on {@code other}. Figures are first paired in order (the longest
   * common subsequence, so that of "12 June ... 13 and 14 June" changed to "13 June ... 13 and 14 June" the first 13 is
   * the odd one), then in any order (translations reorder), then with figures written as words.
   */
  private static List<Located> unmatched(List<Located> side, List<Located> other) {
    List<Located> a = side.stream().filter(l -> !l.q().word()).toList();
    List<Located> b = other.stream().filter(l -> !l.q().word()).toList();
    boolean[] usedA = new boolean[a.size()];
    boolean[] usedB = new boolean[b.size()];
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
      if (same(a.get(i), b.get(j))) {
        usedA[i++] = true;
        usedB[j++] = true;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size() && !usedA[i]; j++) {
        if (!usedB[j] && same(a.get(i), b.get(j))) {
          usedA[i] = true;
          usedB[j] = true;
        }
      }
    }
    // a number in words on the other side matches one figure, once: "une" excuses one missing 1, not every 1
    List<Quantity> words = new ArrayList<>();
    for (Located o : other) if (o.q().word()) words.add(o.q());
    List<Located> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (usedA[i]) continue;
      Quantity q = a.get(i).q();
      int w = 0;
      while (w < words.size() && !q.sameAs(words.get(w))) w++;
      if (w < words.size()) words.remove(w);
      else out.add(a.get(i));
    }
    return out;
  }

  private static boolean same(Located x, Located y) {
    return x.q().sameAs(y.q());
  }
}
