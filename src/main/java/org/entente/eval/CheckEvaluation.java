package org.entente.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.align.Bead;
import org.entente.check.CheckConfig;
import org.entente.check.CheckReport;
import org.entente.check.CheckRequest;
import org.entente.check.Checker;
import org.entente.check.Finding;
import org.entente.check.SentencePairing;
import org.entente.check.Severity;
import org.entente.segment.Segmenter;
import org.entente.segment.Sentence;
import org.entente.terminology.Concept;
import org.entente.terminology.Term;
import org.entente.terminology.TermBase;
import org.entente.terminology.TermHit;
import org.entente.terminology.TermType;
import org.entente.text.Language;

/**
 * The checks' evaluation on the NATO corpus: every finding on the five English texts checked against their French
 * sources (none of error severity should be one a reviewer rejects), and the share of injected errors found in
 * drafts made from them by a seeded generator (a preferred term swapped for a deprecated one or a wrong rendering,
 * a number changed, an acronym's expansion dropped), one error per draft.
 */
public final class CheckEvaluation {
  /** What the generator does to a draft. */
  public enum Kind { DEPRECATED_TERM, WRONG_RENDERING, NUMBER_CHANGED, EXPANSION_DROPPED }

  private static final Map<Kind, String> EXPECTED = Map.of(Kind.DEPRECATED_TERM, "TERM_DEPRECATED_IN_TARGET",
      Kind.WRONG_RENDERING, "TERM_NOT_FOUND_IN_TARGET", Kind.NUMBER_CHANGED, "NUMBER_MISMATCH",
      Kind.EXPANSION_DROPPED, "ACRONYM_NOT_EXPANDED");
  /** The severity each expected check gives by design: term and acronym findings are warnings, whatever they find. */
  private static final Map<Kind, String> DESIGNED = Map.of(Kind.DEPRECATED_TERM, "error", Kind.WRONG_RENDERING, "warning",
      Kind.EXPANSION_DROPPED, "warning", Kind.NUMBER_CHANGED, "error when changed");

  public record Injection(String doc, Kind kind, String draft, int start, int end, String before, String after, String conceptId) {}

  /** {@code warnedOnly}: injected errors of a kind the checks report as errors that were found by a warning only. */
  public record Result(List<String> docs, List<Finding> cleanFindings, List<String> cleanDocOfFinding, Map<Kind, int[]> recall,
      List<Injection> missed, List<Injection> warnedOnly, long seed) {
    long cleanErrors() {
      return cleanFindings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    int injected() {
      return recall.values().stream().mapToInt(a -> a[0]).sum();
    }

    int found() {
      return recall.values().stream().mapToInt(a -> a[1]).sum();
    }

    /** Injected errors found by a finding of error severity (the others by a warning only, or not at all). */
    int foundAsErrors() {
      return recall.values().stream().mapToInt(a -> a[2]).sum();
    }
  }

  private final Checker checker;
  private final TermBase terms;
  private final Segmenter segmenter;
  private final SentencePairing pairing;
  private final int perKind;

  public CheckEvaluation(Checker checker, TermBase terms, Segmenter segmenter, SentencePairing pairing, int perKind) {
    this.checker = checker;
    this.terms = terms;
    this.segmenter = segmenter;
    this.pairing = pairing;
    this.perKind = perKind;
  }

  public Result run(Path corpus, long seed) {
    List<Path> dirs;
    try (Stream<Path> s = Files.list(corpus)) {
      dirs = s.filter(d -> Files.isRegularFile(d.resolve("en.txt")) && Files.isRegularFile(d.resolve("fr.txt"))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Random random = new Random(seed);
    List<String> docs = new ArrayList<>();
    List<Finding> clean = new ArrayList<>();
    List<String> cleanDoc = new ArrayList<>();
    Map<Kind, int[]> recall = new LinkedHashMap<>();
    // per kind: injected, found at any severity, found at error severity
    for (Kind k : Kind.values()) recall.put(k, new int[3]);
    List<Injection> missed = new ArrayList<>();
    List<Injection> warnedOnly = new ArrayList<>();
    for (Path d : dirs) {
      String id = d.getFileName().toString();
      docs.add(id);
      String en = read(d.resolve("en.txt"));
      String fr = read(d.resolve("fr.txt"));
      for (Finding f : check(en, fr).findings()) {
        clean.add(f);
        cleanDoc.add(id);
      }
      for (Injection inj : inject(id, en, fr, random)) {
        int[] r = recall.get(inj.kind());
        r[0]++;
        Severity found = found(inj, check(inj.draft(), fr));
        if (found == null) missed.add(inj);
        else r[1]++;
        if (found == Severity.ERROR) r[2]++;
        else if (found != null && DESIGNED.get(inj.kind()).startsWith("error")) warnedOnly.add(inj);
      }
    }
    return new Result(docs, clean, cleanDoc, recall, missed, warnedOnly, seed);
  }

  private CheckReport check(String draft, String source) {
    return checker.check(CheckRequest.document(draft, source, CheckConfig.DEFAULT));
  }

  /** The highest severity of a finding of the expected check that covers the injected error, or null. */
  private static Severity found(Injection inj, CheckReport report) {
    String id = EXPECTED.get(inj.kind());
    Severity best = null;
    for (Finding f : report.findings()) {
      if (!f.checkId().equals(id)) continue;
      boolean overlaps = f.start() < Math.max(inj.end(), inj.start() + 1) && inj.start() < Math.max(f.end(), f.start() + 1);
      if (overlaps && (inj.conceptId() == null || inj.conceptId().equals(f.conceptId()))
          && (best == null || f.severity() == Severity.ERROR)) {
        best = f.severity();
      }
    }
    return best;
  }

  /** The generator: every candidate place for each kind, shuffled with the seed, at most {@code perKind} of each. */
  public List<Injection> inject(String doc, String en, String fr, Random random) {
    List<Sentence> enS = segmenter.segment(en, Language.EN);
    List<Sentence> frS = segmenter.segment(fr, Language.FR);
    List<String> alignedFr = new ArrayList<>(Collections.nCopies(enS.size(), ""));
    for (Bead p : pairing.pair(frS, enS, Language.FR)) {
      StringBuilder b = new StringBuilder();
      for (int i : p.fr()) b.append(frS.get(i).text()).append(' ');
      for (int j : p.en()) alignedFr.set(j, b.toString());
    }
    List<TermHit> enHits = terms.recognise(en, Language.EN).stream().filter(h -> !h.nested()).toList();
    List<Injection> out = new ArrayList<>();
    out.addAll(pick(deprecated(doc, en, enHits), random));
    out.addAll(pick(wrong(doc, en, enS, alignedFr, enHits), random));
    out.addAll(pick(numbers(doc, en, enS, alignedFr), random));
    out.addAll(pick(acronyms(doc, en, enHits), random));
    return out;
  }

  private List<Injection> pick(List<Injection> candidates, Random random) {
    List<Injection> c = new ArrayList<>(candidates);
    Collections.shuffle(c, random);
    return c.subList(0, Math.min(perKind, c.size()));
  }

  private boolean checked(String conceptId) {
    return terms.concept(conceptId).map(c -> !c.excludedFromChecks()).orElse(false);
  }

  private List<Injection> deprecated(String doc, String en, List<TermHit> hits) {
    List<Injection> out = new ArrayList<>();
    for (TermHit h : hits) {
      if (h.term().status().isForbidden() || !checked(h.conceptId())) continue;
      Concept c = terms.concept(h.conceptId()).orElseThrow();
      Term bad = c.terms(Language.EN).stream().filter(t -> t.status().isForbidden()).findFirst().orElse(null);
      if (bad == null) continue;
      out.add(replace(doc, Kind.DEPRECATED_TERM, en, h.start(), h.end(), bad.text(), h.conceptId()));
    }
    return out;
  }

  /** "Nuclear Planning Group" → "Group for Nuclear Planning": a rendering no termbase lists. */
  private List<Injection> wrong(String doc, String en, List<Sentence> enS, List<String> alignedFr, List<TermHit> hits) {
    List<Injection> out = new ArrayList<>();
    for (TermHit h : hits) {
      String[] words = h.text().split(" ");
      if (words.length < 2 || h.term().status().isForbidden() || !checked(h.conceptId()) || isShort(h.term())) continue;
      int s = sentenceOf(enS, h.start());
      if (s < 0) continue;
      long inSentence = hits.stream().filter(o -> o.conceptId().equals(h.conceptId()) && sentenceOf(enS, o.start()) == s).count();
      boolean inSource = terms.recognise(alignedFr.get(s), Language.FR).stream().anyMatch(f -> f.conceptId().equals(h.conceptId()));
      if (inSentence != 1 || !inSource) continue;
      String last = words[words.length - 1];
      String rest = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
      String wrong = last + " for " + (Character.isUpperCase(rest.charAt(0)) && rest.length() > 1 && Character.isLowerCase(rest.charAt(1))
          ? rest : rest.toLowerCase(Locale.ROOT));
      out.add(replace(doc, Kind.WRONG_RENDERING, en, h.start(), h.end(), wrong, h.conceptId()));
    }
    return out;
  }

  private List<Injection> numbers(String doc, String en, List<Sentence> enS, List<String> alignedFr) {
    List<Injection> out = new ArrayList<>();
    for (int s = 0; s < enS.size(); s++) {
      for (NumberChange c : NumberChange.in(en, enS.get(s).start(), enS.get(s).end(), alignedFr.get(s))) {
        out.add(replace(doc, Kind.NUMBER_CHANGED, en, c.start(), c.end(), c.after(), null));
      }
    }
    return out;
  }

  /** The first full form of a concept that has an acronym, replaced by the acronym: its expansion is gone. */
  private List<Injection> acronyms(String doc, String en, List<TermHit> hits) {
    List<Injection> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TermHit h : hits) {
      if (!seen.add(h.conceptId()) || isShort(h.term()) || h.term().status().isForbidden() || !checked(h.conceptId())) continue;
      Concept c = terms.concept(h.conceptId()).orElseThrow();
      Term acronym = c.terms(Language.EN).stream()
          .filter(t -> t.type() == TermType.ACRONYM && !t.status().isForbidden()
              && !CheckConfig.WELL_KNOWN.contains(t.text()) && t.text().length() >= 2)
          .findFirst().orElse(null);
      if (acronym == null || en.contains(acronym.text())) continue;
      out.add(replace(doc, Kind.EXPANSION_DROPPED, en, h.start(), h.end(), acronym.text(), null));
    }
    return out;
  }

  private static boolean isShort(Term t) {
    return t.type() == TermType.ACRONYM || t.type() == TermType.ABBREVIATION || t.type() == TermType.SHORT_FORM;
  }

  private static int sentenceOf(List<Sentence> sentences, int offset) {
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).start() <= offset && offset < sentences.get(i).end()) return i;
    }
    return -1;
  }

  private static Injection replace(String doc, Kind kind, String en, int start, int end, String by, String conceptId) {
    String before = en.substring(start, end);
    String draft = en.substring(0, start) + by + en.substring(end);
    return new Injection(doc, kind, draft, start, start + by.length(), before, by, conceptId);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints every clean finding and the recall per kind of injected error. */
  public static void print(Result r, PrintWriter out) {
    out.println("Checks on the NATO corpus: " + r.docs().size() + " English texts checked against their French sources");
    out.println();
    out.printf(Locale.ROOT, "Clean texts: %d findings (%d error, %d warning, %d info)%n", r.cleanFindings().size(),
        r.cleanErrors(), count(r, Severity.WARNING), count(r, Severity.INFO));
    for (int i = 0; i < r.cleanFindings().size(); i++) {
      Finding f = r.cleanFindings().get(i);
      out.printf(Locale.ROOT, "  %s  %-7s %-26s [%d,%d) \"%s\"  %s%n", r.cleanDocOfFinding().get(i).substring(0, 3),
          f.severity().code(), f.checkId(), f.start(), f.end(), abbreviate(f.subject()), f.message());
    }
    out.println();
    out.printf(Locale.ROOT, "Injected errors (seed %d, one per draft): %d, found %d, recall %.3f at any severity; "
            + "%d found as errors, recall %.3f at error severity%n", r.seed(), r.injected(), r.found(),
        r.injected() == 0 ? 0.0 : r.found() / (double) r.injected(), r.foundAsErrors(),
        r.injected() == 0 ? 0.0 : r.foundAsErrors() / (double) r.injected());
    for (var e : r.recall().entrySet()) {
      int[] a = e.getValue();
      out.printf(Locale.ROOT, "  %-18s %3d injected  %3d found  %3d as errors  (%s, %s by design)%n", e.getKey(), a[0], a[1], a[2],
          EXPECTED.get(e.getKey()), DESIGNED.get(e.getKey()));
    }
    for (Injection m : r.missed()) {
      out.printf(Locale.ROOT, "  missed: %s %s \"%s\" -> \"%s\" at %d%n", m.doc().substring(0, 3), m.kind(), m.before(), m.after(),
          m.start());
    }
    for (Injection m : r.warnedOnly()) {
      out.printf(Locale.ROOT, "  found as a warning only: %s %s \"%s\" -> \"%s\" in \"%s\"%n", m.doc().substring(0, 3), m.kind(),
          m.before(), m.after(), m.draft().substring(Math.max(0, m.start() - 60), Math.min(m.draft().length(), m.end() + 40)).replace('\n', ' '));
    }
    out.flush();
  }

  private static long count(Result r, Severity s) {
    return r.cleanFindings().stream().filter(f -> f.severity() == s).count();
  }

  private static String abbreviate(String s) {
    String one = s.replace('\n', ' ');
    return one.length() > 60 ? one.substring(0, 57) + "..." : one;
  }
}
