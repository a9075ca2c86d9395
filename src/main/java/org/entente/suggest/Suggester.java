package org.entente.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.entente.memory.TmMatch;
import org.entente.memory.TranslationMemory;
import org.entente.terminology.Concept;
import org.entente.terminology.Term;
import org.entente.terminology.DatedTermBase;
import org.entente.terminology.TermBase;
import org.entente.terminology.TermHit;
import org.entente.text.Casing;
import org.entente.text.Language;

/**
 * Suggests a translation for a segment from the memory and the termbase. Each match is reviewed against the terms
 * of the segment; the best one becomes the proposal, with a conflicting term replaced only when that is safe: the
 * conflicting term occurs once in the translation, the concept it stands for is recognised in the segment, and the
 * replacement touches nothing else.
 *
 * <p>"Les Alliés soutiennent Kyiv." with the stored unit "Les Alliés soutiennent Kiev." → "Allies support Kiev."
 * proposes "Allies support Kyiv." and says so.
 */
public final class Suggester {
  private final TranslationMemory memory;
  private final TermBase termBase;
  private final Predicate<Concept> inChecks;

  /**
   * @param inChecks which concepts count for conflicts (the termbase may keep everyday words such as "Allies" out)
   */
  public Suggester(TranslationMemory memory, TermBase termBase, Predicate<Concept> inChecks) {
    this.memory = memory;
    this.termBase = termBase;
    this.inChecks = inChecks;
  }

  public Suggestion suggest(SuggestQuery q) {
    // terms with the status they had on the document's date
    return new Suggester(memory, DatedTermBase.on(termBase, q.date()), inChecks).suggestDated(q);
  }

  private Suggestion suggestDated(SuggestQuery q) {
    Language target = q.language().other();
    List<TermHit> terms = q.text().isBlank() ? List.of() : termBase.recognise(q.text(), q.language());
    List<TermHit> sourceTerms = outermostChecked(terms);
    List<TmMatch> found = q.text().isBlank() ? List.of() : memory.lookup(q.lookup());
    List<ReviewedMatch> reviewed = new ArrayList<>();
    for (TmMatch m : found) reviewed.add(new ReviewedMatch(m, conflicts(m, sourceTerms, q.language(), target, false)));
    Proposal proposal = null;
    if (!found.isEmpty()) {
      TmMatch best = found.get(0);
      proposal = propose(best, sourceTerms, q.language(), target);
    }
    if ((proposal == null || proposal.score() < 100) && wholeSegmentIsTerm(q.text(), terms)) {
      TermHit h = terms.stream().filter(t -> !t.nested()).findFirst().orElseThrow();
      List<String> eq = usable(h.conceptId(), target, h.term());
      if (!eq.isEmpty()) {
        proposal = new Proposal(eq.get(0), eq.get(0), "termbase", h.conceptId(), 100, false, List.of(),
            "The whole segment is the term \"" + h.term().text() + "\"; this is its preferred equivalent.");
      }
    }
    return new Suggestion(q.text(), q.language(), reviewed, terms, proposal);
  }

  public List<Suggestion> suggestAll(List<SuggestQuery> queries) {
    List<Suggestion> out = new ArrayList<>(queries.size());
    for (SuggestQuery q : queries) out.add(suggest(q));
    return out;
  }

  private Proposal propose(TmMatch best, List<TermHit> sourceTerms, Language source, Language target) {
    List<TermConflict> conflicts = conflicts(best, sourceTerms, source, target, true);
    String text = best.target();
    // right to left, so that earlier offsets stay valid
    List<TermConflict> repairs = conflicts.stream().filter(TermConflict::repaired)
        .sorted(Comparator.comparingInt(TermConflict::start).reversed()).toList();
    for (TermConflict c : repairs) {
      text = text.substring(0, c.start()) + c.expected().get(0) + text.substring(c.end());
    }
    String note;
    if (conflicts.isEmpty()) {
      note = "No term conflicts.";
    } else {
      List<String> parts = new ArrayList<>();
      for (TermConflict c : conflicts) parts.add(c.note());
      note = String.join(" ", parts);
    }
    return new Proposal(text, best.target(), best.memory(), best.unitId(), best.score(), !repairs.isEmpty(), conflicts, note);
  }

  /** The conflicts of one match; with {@code repair}, those that are safe to repair are marked repaired. */
  private List<TermConflict> conflicts(TmMatch m, List<TermHit> sourceTerms, Language source, Language target, boolean repair) {
    List<TermHit> targetHits = m.target().isBlank() ? List.of() : termBase.recognise(m.target(), target);
    Set<String> sourceConcepts = new LinkedHashSet<>();
    Map<String, TermHit> sourceHitOf = new LinkedHashMap<>();
    for (TermHit h : sourceTerms) {
      sourceConcepts.add(h.conceptId());
      sourceHitOf.putIfAbsent(h.conceptId(), h);
    }
    Set<String> rendered = new LinkedHashSet<>();
    Map<String, Integer> hitsPerConcept = new HashMap<>();
    for (TermHit h : targetHits) {
      if (!h.term().status().isForbidden()) rendered.add(h.conceptId());
      if (!h.nested()) hitsPerConcept.merge(h.conceptId(), 1, Integer::sum);
    }
    List<TermConflict> out = new ArrayList<>();
    Set<String> flagged = new LinkedHashSet<>();
    for (TermHit h : targetHits) {
      if (h.nested() || !h.term().status().isForbidden() || !checked(h.conceptId())) continue;
      if (targetHits.stream().anyMatch(o -> o.start() == h.start() && o.end() == h.end() && !o.term().status().isForbidden())) continue;
      List<String> expected = usable(h.conceptId(), target, h.term());
      flagged.add(h.conceptId());
      String why;
      boolean safe = false;
      if (expected.isEmpty()) {
        why = "the termbase has no agreed term to put instead";
      } else if (!sourceConcepts.contains(h.conceptId())) {
        why = "its concept is not recognised in the segment";
      } else if (occurrences(m.target(), h.text()) != 1 || hitsPerConcept.getOrDefault(h.conceptId(), 0) != 1) {
        why = "it occurs more than once";
      } else {
        why = "";
        safe = true;
      }
      List<String> exp = expected.stream().map(e -> Casing.matchCase(h.text(), e)).toList();
      if (safe) {
        TermSwap.Decision d = TermSwap.decide(m.target(), h.start(), h.end(), exp, true, target);
        if (d.safe()) {
          exp = first(exp, d.replacement());
        } else {
          why = d.obstacle();
          safe = false;
        }
      }
      String note = safe && repair
          ? "Replaced \"" + h.text() + "\" with \"" + exp.get(0) + "\" (" + h.term().status().code() + " in the termbase)."
          : "\"" + h.text() + "\" is " + h.term().status().code() + " in the termbase"
              + (exp.isEmpty() ? "" : "; use \"" + exp.get(0) + "\"") + (why.isEmpty() ? "." : " (not repaired: " + why + ").");
      out.add(new TermConflict(TermConflict.Kind.DEPRECATED, h.conceptId(), h.start(), h.end(), h.text(),
          sourceHitOf.containsKey(h.conceptId()) ? sourceHitOf.get(h.conceptId()).text() : "", exp, safe && repair, note));
    }
    List<TermConflict> missing = new ArrayList<>();
    for (String c : sourceConcepts) {
      if (rendered.contains(c) || flagged.contains(c)) continue;
      TermHit sh = sourceHitOf.get(c);
      List<String> expected = usable(c, target, sh.term());
      if (expected.isEmpty()) continue;
      missing.add(new TermConflict(TermConflict.Kind.MISSING, c, -1, -1, "", sh.text(), expected, false,
          "\"" + sh.text() + "\" is not rendered as the termbase says: use \"" + expected.get(0) + "\"."));
    }
    if (repair && missing.size() == 1) {
      TermConflict swapped = substitution(m, missing.get(0), sourceConcepts, targetHits, hitsPerConcept, source, out);
      if (swapped != null) missing.set(0, swapped);
    }
    out.addAll(missing);
    return out;
  }

  /**
   * A fuzzy match whose stored source has another term where the segment has this one ("Conseil OTAN-Russie" for
   * "Groupe des plans nucléaires"): when that is the only difference in terms, the stored translation's term for it
   * occurs once, and nothing else conflicts there, the segment's term is put in its place. Null when not safe.
   */
  private TermConflict substitution(TmMatch m, TermConflict missing, Set<String> sourceConcepts, List<TermHit> targetHits,
      Map<String, Integer> hitsPerConcept, Language source, List<TermConflict> others) {
    if (m.source() == null || m.source().isBlank()) return null;
    Set<String> unitConcepts = new LinkedHashSet<>();
    for (TermHit h : outermostChecked(termBase.recognise(m.source(), source))) unitConcepts.add(h.conceptId());
    if (unitConcepts.contains(missing.conceptId())) return null;
    List<TermHit> extra = new ArrayList<>();
    for (TermHit h : targetHits) {
      if (!h.nested() && !h.term().status().isForbidden() && !sourceConcepts.contains(h.conceptId())
          && unitConcepts.contains(h.conceptId()) && checked(h.conceptId())) {
        extra.add(h);
      }
    }
    if (extra.size() != 1) return null;
    TermHit d = extra.get(0);
    if (hitsPerConcept.getOrDefault(d.conceptId(), 0) != 1 || occurrences(m.target(), d.text()) != 1) return null;
    for (TermConflict o : others) {
      if (o.start() >= 0 && o.start() < d.end() && d.start() < o.end()) return null;
    }
    List<String> cased = missing.expected().stream().map(e -> Casing.matchCase(d.text(), e)).toList();
    TermSwap.Decision swap = TermSwap.decide(m.target(), d.start(), d.end(), cased, false, source.other());
    if (!swap.safe()) {
      return new TermConflict(TermConflict.Kind.MISSING, missing.conceptId(), d.start(), d.end(), d.text(),
          missing.sourceTerm(), missing.expected(), false, "\"" + missing.sourceTerm() + "\" is not rendered as the "
              + "termbase says: use \"" + missing.expected().get(0) + "\" instead of \"" + d.text() + "\" (not repaired: "
              + swap.obstacle() + ").");
    }
    String by = swap.replacement();
    List<String> expected = first(cased, by);
    return new TermConflict(TermConflict.Kind.MISSING, missing.conceptId(), d.start(), d.end(), d.text(),
        missing.sourceTerm(), expected, true, "Replaced \"" + d.text() + "\" with \"" + by + "\": the segment has \""
            + missing.sourceTerm() + "\" where the stored unit had another term.");
  }

  private List<TermHit> outermostChecked(List<TermHit> hits) {
    return hits.stream().filter(h -> !h.nested() && checked(h.conceptId())).toList();
  }

  private boolean checked(String conceptId) {
    return termBase.concept(conceptId).map(inChecks::test).orElse(false);
  }

  private List<String> usable(String conceptId, Language language, Term like) {
    Concept c = termBase.concept(conceptId).orElse(null);
    if (c == null) return List.of();
    return c.usableTerms(language, like.type());
  }

  private static boolean wholeSegmentIsTerm(String text, List<TermHit> terms) {
    String t = text.strip();
    if (t.endsWith(".")) t = t.substring(0, t.length() - 1).strip();
    for (TermHit h : terms) {
      if (!h.nested() && h.text().length() == t.length()) return true;
    }
    return false;
  }

  private static int occurrences(String text, String what) {
    String h = text.toLowerCase(Locale.ROOT);
    String w = what.toLowerCase(Locale.ROOT);
    int n = 0;
    for (int p = h.indexOf(w); p >= 0; p = h.indexOf(w, p + 1)) n++;
    return n;
  }

  /** The list with {@code head} moved to the front. */
  private static List<String> first(List<String> list, String head) {
    List<String> out = new ArrayList<>(list.size());
    out.add(head);
    for (String e : list) if (!e.equals(head)) out.add(e);
    return out;
  }
}
