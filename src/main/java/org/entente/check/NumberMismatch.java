package org.entente.check;

import java.util.ArrayList;
import java.util.List;
import org.entente.align.Bead;

/**
 * Numbers, amounts and dates that differ between a source sentence and its translation: "40 milliards d’euros"
 * rendered "€45 billion". Values are compared, not spellings: "500 000" = "500,000", "12 juin 2024" =
 * "12 June 2024", "75e" = "75th"; a figure written as a word on the other side ("deux jours", "two-day") counts.
 * An error says the draft contradicts the source: a figure changed ("47 %" / "43%"), each source figure contradicted
 * once. The rest is a warning: a figure only added or only dropped, a scale word only the draft has ("12 billion" for
 * "12"), another unit ("1,1 million d'euros" / "24 million Czech crowns"), a bound or rounding the source allows
 * ("3,2 millions" / "over 3 million"; but "plus de 300" / "more than 330" is an error), the same digits cut differently ("1544" / "15-44").
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
    // an American draft writes slashed dates month first (6/13/2024)
    boolean monthFirst = ctx.draftLanguage() == org.entente.text.Language.EN && ctx.config().spelling() == SpellingStandard.AMERICAN;
    for (Bead b : ctx.beads()) {
      if (!b.twoSided()) continue;
      List<Located> src = located(ctx.source(), ctx.sourceParts(b), ctx.sourceLanguage(), false, false);
      List<Located> tgt = located(ctx.draft(), ctx.draftParts(b), ctx.draftLanguage(), monthFirst, true);
      List<Located> extraT = new ArrayList<>(unmatched(tgt, src));
      List<Located> extraS = new ArrayList<>(unmatched(src, tgt));
      if (extraT.isEmpty() && extraS.isEmpty()) continue;
      cutDifferently(extraT, extraS, out);
      cutDifferently(extraS, extraT, out);
      java.util.Map<Located, Located> pairs = counterparts(extraT, extraS);
      for (Located t : extraT) {
        Located s = pairs.get(t);
        if (s == null) {
          String msg = "Number not in the source: \"" + t.q().surface() + "\" has no counterpart in the source; check it.";
          out.add(warning(t, msg, null));
        } else {
          extraS.remove(s);
          out.add(judge(t, s));
        }
      }
      Part at = ctx.draftParts(b).get(0);
      for (Located s : extraS) {
        String msg = "Number missing: the source has \"" + s.q().surface() + "\", which the draft does not render; write \""
            + Quantities.english(s.q()) + "\" where it belongs.";
        out.add(new Finding(ID, type(), Severity.WARNING, at.segment(), at.start(), at.end(), ctx.draftText(at), msg,
            List.of(Quantities.english(s.q())), "", s.location()));
      }
    }
    return out;
  }

  /**
   * A figure of the draft, with the source figure it stands for: an error only when the two cannot both be true
   * ("47 %" / "43%"); a warning when the draft only adds a scale ("12" / "12 billion"), converts into another unit
   * ("1,1 million d'euros" / "24 million Czech crowns") or rounds the source's figure under a hedge that the source's
   * figure satisfies ("3,2 millions" / "over 3 million", "4 870" / "almost 5,000"); a hedged figure that is not rounder
   * stays an error ("plus de 300" / "more than 330", "près de 50" / "about 51").
   */
  private Finding judge(Located t, Located s) {
    String pair = "the source has \"" + s.q().surface() + "\" where the draft has \"" + t.q().surface() + "\"";
    if (t.q().scaled() && !s.q().scaled() && s.q().value().compareTo(t.q().unscaled()) == 0) {
      // "12 billion" for "12": the translator may make explicit a scale the source leaves to context
      return warning(t, "Scale not in the source: " + pair + "; check the scale.", s);
    }
    if (!FigureUnit.compatible(t.unit(), s.unit())) {
      return warning(t, "Number in another unit: " + pair + " (" + s.unit() + ", " + t.unit() + "); check the conversion.", s);
    }
    // a translator may round under a hedge ("3,2 millions" / "over 3 million"), not make a figure more precise or
    // merely different ("près de 700" / "almost 701", "plus de 300" / "330")
    if (t.q().kind() == Quantity.Kind.NUMBER && t.bound() != FigureBound.EXACT && rounder(t.q().value(), s.q().value())
        && t.bound().overlaps(t.q().value(), s.bound(), s.q().value())) {
      return warning(t, "Number rounded or bounded: " + pair + "; check that the draft claims no more than the source.", s);
    }
    String repl = Quantities.english(s.q());
    return new Finding(ID, type(), Severity.ERROR, t.segment(), t.q().start(), t.q().end(), t.q().surface(),
        "Number mismatch: " + pair + ": write \"" + repl + "\".", List.of(repl), "", null);
  }

  /** Whether {@code a} is written with fewer significant digits than {@code b}: 3 000 000 than 3 200 000, 50 than 51. */
  private static boolean rounder(java.math.BigDecimal a, java.math.BigDecimal b) {
    return a.signum() != 0 && b.signum() != 0 && a.stripTrailingZeros().precision() < b.stripTrailingZeros().precision();
  }

  private Finding warning(Located t, String message, Located source) {
    return new Finding(ID, type(), Severity.WARNING, t.segment(), t.q().start(), t.q().end(), t.q().surface(), message,
        List.of(), "", source == null ? null : source.location());
  }

  /**
   * The source figure each draft figure stands for, each used once: first the bare figures they add a scale to ("12"
   * for "12 billion"), then figures in compatible units, then any, closest values first ("(120:10)" / "(120:108, 119:109)":
   * 108 stands for 10); a month only for a month. Draft figures left out have no counterpart.
   */
  private static java.util.Map<Located, Located> counterparts(List<Located> draft, List<Located> source) {
    record Candidate(Located t, Located s, int tier, double distance, int order) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < draft.size(); i++) {
      Located t = draft.get(i);
      for (int j = 0; j < source.size(); j++) {
        Located s = source.get(j);
        if (t.q().month() != s.q().month()) continue;
        int tier = t.q().scaled() && !s.q().scaled() && s.q().value().compareTo(t.q().unscaled()) == 0 ? 0
            : FigureUnit.compatible(t.unit(), s.unit()) ? 1 : 2;
        double distance = Math.abs(Math.log1p(t.q().value().abs().doubleValue()) - Math.log1p(s.q().value().abs().doubleValue()));
        candidates.add(new Candidate(t, s, tier, distance, i * source.size() + j));
      }
    }
    candidates.sort(java.util.Comparator.comparingInt(Candidate::tier).thenComparingDouble(Candidate::distance)
        .thenComparingInt(Candidate::order));
    java.util.Map<Located, Located> out = new java.util.IdentityHashMap<>();
    java.util.Set<Located> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Candidate c : candidates) {
      if (!out.containsKey(c.t()) && !used.contains(c.s())) {
        out.put(c.t(), c.s());
        used.add(c.s());
      }
    }
    return out;
  }

  /**
   * Takes out of {@code one} and {@code several} a figure whose digits are those of consecutive figures of the other
   * side, only cut differently ("1544" / "15-44", "7,10" / "7, 10": a dash or space lost in extraction), reporting
   * the draft's figures as warnings.
   */
  private void cutDifferently(List<Located> one, List<Located> several, List<Finding> out) {
    for (int i = 0; i < one.size(); i++) {
      String digits = one.get(i).digits();
      if (digits.length() < 3) continue;
      for (int j = 0; j + 1 < several.size(); j++) {
        StringBuilder run = new StringBuilder();
        int k = j;
        while (k < several.size() && run.length() < digits.length()) run.append(several.get(k++).digits());
        if (k - j < 2 || !run.toString().equals(digits)) continue;
        Located whole = one.remove(i--);
        List<Located> parts = new ArrayList<>(several.subList(j, k));
        several.subList(j, k).clear();
        boolean wholeIsDraft = whole.draft();
        for (Located d : wholeIsDraft ? List.of(whole) : parts) {
          Located s = wholeIsDraft ? parts.get(0) : whole;
          out.add(warning(d, "Number cut differently: the source has \"" + (wholeIsDraft ? joined(parts) : s.q().surface())
              + "\" where the draft has \"" + (wholeIsDraft ? d.q().surface() : joined(parts))
              + "\", the same digits; check the separators.", s));
        }
        break;
      }
    }
  }

  private static String joined(List<Located> parts) {
    return String.join(" ", parts.stream().map(l -> l.q().surface()).toList());
  }

  private static List<Located> located(List<String> texts, List<Part> parts, org.entente.text.Language language,
      boolean monthFirst, boolean draft) {
    List<Located> out = new ArrayList<>();
    for (Part p : parts) {
      String text = texts.get(p.segment());
      for (Quantity q : Quantities.find(text, p.start(), p.end(), language, monthFirst)) {
        out.add(new Located(p.segment(), q, FigureUnit.of(text, q.start(), q.end()), FigureBound.of(text, q.start(), q.end()), draft));
      }
    }
    return out;
  }

  /** A figure, where it is, its unit ("" when not read), how the text commits to it, and whether it is the draft's. */
  private record Located(int segment, Quantity q, String unit, FigureBound bound, boolean draft) {
    String digits() {
      return q.surface().replaceAll("\\D", "");
    }

    Finding.Location location() {
      return new Finding.Location(segment, q.start(), q.end(), q.surface());
    }
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
