package org.entente.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.terminology.Concept;
import org.entente.terminology.Term;
import org.entente.terminology.TermHit;
import org.entente.terminology.TermRecognizer;
import org.entente.terminology.TermStatus;
import org.entente.text.Language;
import org.entente.text.TextNormalizer;

/**
 * Scores term recognition on the NATO corpus ({@code ../shared/corpus/nato}): with a termbase of one concept per
 * line of {@code ALL_TERMS.tsv} (French and English preferred), recall is the share of each document's
 * {@code terms.tsv} terms found in its {@code fr.txt} / {@code en.txt} (nested hits count), precision the share of
 * hits that are occurrences of a term listed for that document.
 */
public final class RecognitionEval {
  private RecognitionEval() {}

  /** Figures for one language: counts pooled over the documents, and the misses and false hits for inspection. */
  public record Score(Language language, int gold, int found, int hits, int correctHits, int outerHits,
      int outerCorrect, List<String> misses, List<String> falseHits) {
    /** Precision over the outermost hits only (what checks and suggestions use). */
    public double outerPrecision() {
      return outerHits == 0 ? 1 : (double) outerCorrect / outerHits;
    }

    public double recall() {
      return gold == 0 ? 1 : (double) found / gold;
    }

    public double precision() {
      return hits == 0 ? 1 : (double) correctHits / hits;
    }
  }

  /** The termbase the evaluation uses: one concept per line of ALL_TERMS.tsv. */
  public static List<Concept> concepts(Path allTerms) {
    List<Concept> out = new ArrayList<>();
    int n = 0;
    for (String[] f : tsv(allTerms)) {
      n++;
      if (f.length < 2) continue;
      out.add(new Concept("nato-" + n, f.length > 2 ? f[2] : "", null, null, "ALL_TERMS.tsv", null, null, "",
          List.of(Term.of(f[0].strip(), Language.FR, TermStatus.PREFERRED), Term.of(f[1].strip(), Language.EN, TermStatus.PREFERRED))));
    }
    return out;
  }

  public static Score score(Path corpus, TermRecognizer recognizer, Language lang) {
    return score(documents(corpus), recognizer, lang);
  }

  /** Scores some documents of the corpus (a split: dev or test). */
  public static Score score(List<Path> docs, TermRecognizer recognizer, Language lang) {
    int gold = 0;
    int found = 0;
    int hits = 0;
    int correct = 0;
    int outer = 0;
    int outerCorrect = 0;
    List<String> misses = new ArrayList<>();
    List<String> falseHits = new ArrayList<>();
    for (Path doc : docs) {
      String text = read(doc.resolve(lang.code() + ".txt"));
      Set<String> listed = new HashSet<>();
      for (String[] f : tsv(doc.resolve("terms.tsv"))) listed.add(norm(f[lang == Language.FR ? 0 : 1]));
      List<TermHit> result = recognizer.recognise(text, lang);
      Set<String> matched = new HashSet<>();
      // a span that matches a listed term is an occurrence of it, whichever inflected line of ALL_TERMS also matches
      Set<String> listedSpans = new HashSet<>();
      for (TermHit h : result) if (listed.contains(norm(h.term().text()))) listedSpans.add(h.start() + ":" + h.end());
      for (TermHit h : result) {
        String t = norm(h.term().text());
        matched.add(t);
        hits++;
        boolean ok = listed.contains(t) || listedSpans.contains(h.start() + ":" + h.end());
        if (!h.nested()) {
          outer++;
          if (ok) outerCorrect++;
        }
        if (ok) correct++;
        else falseHits.add(doc.getFileName() + ": " + h.text() + " [" + h.term().text() + "]");
      }
      for (String t : listed) {
        gold++;
        if (matched.contains(t)) found++;
        else misses.add(doc.getFileName() + ": " + t);
      }
    }
    return new Score(lang, gold, found, hits, correct, outer, outerCorrect, misses, falseHits);
  }

  /**
   * Coverage of a real glossary: the share of the documents' listed terms found in their texts as a term of a
   * recognised concept (any term of the concept in that language counts, since a glossary merges synonyms).
   */
  public static Score coverage(List<Path> docs, TermRecognizer recognizer, java.util.Map<String, Concept> concepts,
      Language lang) {
    int gold = 0;
    int found = 0;
    List<String> misses = new ArrayList<>();
    for (Path doc : docs) {
      String text = read(doc.resolve(lang.code() + ".txt"));
      Set<String> recognised = new HashSet<>();
      for (TermHit h : recognizer.recognise(text, lang)) {
        Concept c = concepts.get(h.conceptId());
        if (c != null) for (Term t : c.terms(lang)) recognised.add(norm(t.text()));
      }
      Set<String> listed = new HashSet<>();
      for (String[] f : tsv(doc.resolve("terms.tsv"))) listed.add(norm(f[lang == Language.FR ? 0 : 1]));
      for (String t : listed) {
        gold++;
        if (recognised.contains(t)) found++;
        else misses.add(doc.getFileName() + ": " + t);
      }
    }
    return new Score(lang, gold, found, 0, 0, 0, 0, misses, List.of());
  }

  private static String norm(String s) {
    return TextNormalizer.MATCHING.apply(s.strip());
  }

  /**
   * The dev split of the NATO corpus: documents 000 to 002 (NATO's own texts and the first press text); the test
   * split is 003 and 004. Both are in-sample for the glossary and the recogniser's rules, built on all five.
   */
  public static boolean isDev(Path document) {
    String n = document.getFileName().toString();
    return n.compareTo("003") < 0;
  }

  public static List<Path> documents(Path corpus) {
    try (Stream<Path> s = Files.list(corpus)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("terms.tsv"))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String[]> tsv(Path p) {
    List<String[]> out = new ArrayList<>();
    for (String line : read(p).split("\n")) {
      if (line.isBlank()) continue;
      out.add(line.split("\t"));
    }
    return out;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  /** One line per language for a terminal. */
  public static String format(Score s) {
    return String.format(Locale.ROOT, "%s  recall %.3f (%d/%d)  precision %.3f (%d/%d hits, nested included)  outermost %.3f (%d/%d)",
        s.language().code(), s.recall(), s.found(), s.gold(), s.precision(), s.correctHits(), s.hits(),
        s.outerPrecision(), s.outerCorrect(), s.outerHits());
  }
}
