package org.entente.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.entente.terminology.Concept;
import org.entente.terminology.SubjectFields;
import org.entente.terminology.Term;
import org.entente.terminology.TermHit;
import org.entente.terminology.TermRecognizer;
import org.entente.text.Language;

/**
 * Scores term recognition out of sample: a termbase that nothing in Entente was built from (FranceTerme) applied to
 * parallel sentences from another source (the UN corpus dev set), split into dev and test by document. Recall is
 * measured against the verbatim occurrences of the termbase's terms (a term written in the sentence exactly as in
 * the termbase, case aside, between word boundaries): each should be found, by a hit of its concept over it.
 * Precision is judged by a person on a seeded sample of the outermost hits, whose labels are kept in a file
 * ({@code split lang line start end conceptId ... label}); "batterie" in "une batterie de tests" is a wrong hit of
 * the FranceTerme concept "batterie d'accumulateurs électrochimiques".
 */
public final class OutOfSampleRecognition {
  /** Hits of at least this confidence are the confident ones: not a one-word everyday term outside its field. */
  public static final double CONFIDENT = 0.8;
  /**
   * The subject fields of the UN texts, for the field-limited figures: the fields of diplomacy, chosen by reading the
   * dev documents (General Assembly and Security Council resolutions, reports on development and peacekeeping).
   */
  public static final List<String> UN_FIELDS = List.of("Relations internationales", "Politique", "Droit", "Défense",
      "Économie générale", "Tous domaines");
  /** Seed of the precision sample. */
  public static final long SEED = 20261202L;

  private OutOfSampleRecognition() {}

  /** One sentence of the parallel corpus: its split (dev or test), line (1-based) and language. */
  public record Sentence(String split, int line, Language language, String text) {}

  /** One outermost hit, with what a person needs to judge it. */
  public record Hit(String split, Language language, int line, int start, int end, String surface, String conceptId,
      String term, String sentence) {
    /** The key a label is filed under. */
    public String key() {
      return split + "|" + language.code() + "|" + line + "|" + start + "|" + end + "|" + conceptId;
    }
  }

  /** A person's judgement of one hit. */
  public record Label(String key, boolean correct, String note) {}

  /**
   * Figures for one split and language; {@code multiWord} and {@code multiWordFound} count the verbatim occurrences of
   * terms of several words, which a one-word term's noun test (a word used otherwise is no occurrence) never touches.
   */
  public record Figures(String split, Language language, int sentences, int hits, int verbatim, int verbatimFound,
      int multiWord, int multiWordFound, int labelled, int labelledCorrect, int confident, int confidentLabelled,
      int confidentCorrect) {
    public double recall() {
      return verbatim == 0 ? 1 : (double) verbatimFound / verbatim;
    }

    public double multiWordRecall() {
      return multiWord == 0 ? 1 : (double) multiWordFound / multiWord;
    }

    public double precision() {
      return labelled == 0 ? 1 : (double) labelledCorrect / labelled;
    }

    /** Precision over the labelled hits of confidence at least {@value #CONFIDENT} (not an everyday word's). */
    public double confidentPrecision() {
      return confidentLabelled == 0 ? 1 : (double) confidentCorrect / confidentLabelled;
    }
  }

  /**
   * The sentences of a UN-style parallel set: {@code prefix.fr}, {@code prefix.en} and {@code prefix.ids} (the
   * document id first on each line); a document is in the test split when its id's hash is odd, so no document is
   * split between dev and test.
   */
  public static List<Sentence> sentences(Path prefix) {
    List<String> ids = lines(Path.of(prefix + ".ids"));
    List<Sentence> out = new ArrayList<>();
    for (Language l : Language.values()) {
      List<String> text = lines(Path.of(prefix + "." + l.code()));
      for (int i = 0; i < text.size() && i < ids.size(); i++) {
        String doc = ids.get(i).split(" ", 2)[0];
        out.add(new Sentence((doc.hashCode() & 1) == 0 ? "dev" : "test", i + 1, l, text.get(i)));
      }
    }
    return out;
  }

  /** Every outermost hit of every sentence. */
  public static List<Hit> hits(TermRecognizer recognizer, List<Sentence> sentences) {
    return hits(recognizer, sentences, SubjectFields.ALL, 0);
  }

  /** Every outermost hit of every sentence, of the concepts {@code fields} admits and at least {@code minConfidence}. */
  public static List<Hit> hits(TermRecognizer recognizer, List<Sentence> sentences, SubjectFields fields,
      double minConfidence) {
    List<Hit> out = new ArrayList<>();
    for (Sentence s : sentences) {
      for (TermHit h : recognizer.recognise(s.text(), s.language(), fields)) {
        if (h.nested() || h.confidence() < minConfidence) continue;
        out.add(new Hit(s.split(), s.language(), s.line(), h.start(), h.end(), h.text(), h.conceptId(), h.term().text(),
            s.text()));
      }
    }
    return out;
  }

  /** A seeded sample of {@code n} hits of each split and language, in corpus order. */
  public static List<Hit> sample(List<Hit> hits, int n) {
    Map<String, List<Hit>> groups = new java.util.TreeMap<>();
    for (Hit h : hits) groups.computeIfAbsent(h.split() + "|" + h.language().code(), k -> new ArrayList<>()).add(h);
    List<Hit> out = new ArrayList<>();
    for (List<Hit> g : groups.values()) {
      List<Hit> shuffled = new ArrayList<>(g);
      Collections.shuffle(shuffled, new Random(SEED));
      out.addAll(shuffled.subList(0, Math.min(n, shuffled.size())));
    }
    return out;
  }

  /** Scores one split and language: verbatim recall, and precision over the labelled hits that are still found. */
  public static Figures score(String split, Language language, TermRecognizer recognizer, Collection<Concept> concepts,
      List<Sentence> sentences, Map<String, Label> labels) {
    return score(split, language, recognizer, concepts, sentences, labels, SubjectFields.ALL);
  }

  /**
   * Scores one split and language with recognition limited to {@code fields}: verbatim recall of the concepts those
   * fields admit, precision over the labelled hits still found, all of them and those of confidence at least
   * {@value #CONFIDENT}.
   */
  public static Figures score(String split, Language language, TermRecognizer recognizer, Collection<Concept> concepts,
      List<Sentence> sentences, Map<String, Label> labels, SubjectFields fields) {
    List<String[]> terms = new ArrayList<>();
    for (Concept c : concepts) {
      if (!fields.admits(c)) continue;
      for (Term t : c.terms(language)) terms.add(new String[] {c.id(), t.text(), fold(t.text())});
    }
    int n = 0;
    int hits = 0;
    int verbatim = 0;
    int found = 0;
    int multi = 0;
    int multiFound = 0;
    int labelled = 0;
    int correct = 0;
    int confident = 0;
    int confidentLabelled = 0;
    int confidentCorrect = 0;
    for (Sentence s : sentences) {
      if (!s.split().equals(split) || s.language() != language) continue;
      n++;
      List<TermHit> result = recognizer.recognise(s.text(), language, fields);
      String folded = fold(s.text());
      for (String[] t : terms) {
        boolean capitals = t[1].chars().noneMatch(Character::isLowerCase);
        for (int p = folded.indexOf(t[2]); p >= 0; p = folded.indexOf(t[2], p + 1)) {
          int e = p + t[2].length();
          if (!boundary(folded, p - 1) || !boundary(folded, e)) continue;
          if (capitals && !s.text().substring(p, e).equals(t[1])) continue; // an acronym is written in capitals
          verbatim++;
          boolean several = t[1].strip().chars().anyMatch(ch -> ch == ' ' || ch == '-' || ch == '\'' || ch == '\u2019');
          if (several) multi++;
          final int start = p;
          if (result.stream().anyMatch(h -> h.conceptId().equals(t[0]) && h.start() <= start && h.end() >= e)) {
            found++;
            if (several) multiFound++;
          }
        }
      }
      for (TermHit h : result) {
        if (h.nested()) continue;
        hits++;
        boolean sure = h.confidence() >= CONFIDENT;
        if (sure) confident++;
        Label l = labels.get(split + "|" + language.code() + "|" + s.line() + "|" + h.start() + "|" + h.end() + "|"
            + h.conceptId());
        if (l == null) continue;
        labelled++;
        if (l.correct()) correct++;
        if (sure) confidentLabelled++;
        if (sure && l.correct()) confidentCorrect++;
      }
    }
    return new Figures(split, language, n, hits, verbatim, found, multi, multiFound, labelled, correct, confident,
        confidentLabelled, confidentCorrect);
  }

  /**
   * The labels of a file: tab-separated {@code split lang line start end conceptId surface term label note context},
   * the label {@code yes} (the span designates the concept) or {@code no}.
   */
  public static Map<String, Label> labels(Path file) {
    Map<String, Label> out = new HashMap<>();
    for (String line : lines(file)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      if (f.length < 10) throw new IllegalArgumentException("a label line needs 10 fields: " + line);
      String key = f[0] + "|" + f[1] + "|" + f[2] + "|" + f[3] + "|" + f[4] + "|" + f[5];
      out.put(key, new Label(key, f[8].strip().equals("yes"), f[9]));
    }
    return out;
  }

  /** A hit as a line of the labels file, its label left for a person to fill in. */
  public static String labelLine(Hit h) {
    return String.join("\t", h.split(), h.language().code(), "" + h.line(), "" + h.start(), "" + h.end(),
        h.conceptId(), h.surface(), h.term(), "?", "", context(h));
  }

  private static String context(Hit h) {
    String s = h.sentence();
    int a = Math.max(0, h.start() - 60);
    int b = Math.min(s.length(), h.end() + 60);
    return (s.substring(a, h.start()) + "[[" + s.substring(h.start(), h.end()) + "]]" + s.substring(h.end(), b))
        .replace('\t', ' ');
  }

  /** Lower case and one apostrophe, keeping every offset. */
  private static String fold(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      char l = Character.toLowerCase(c[i]);
      c[i] = l == '\u2019' ? '\'' : l;
    }
    return new String(c);
  }

  private static boolean boundary(String s, int i) {
    return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
  }

  private static List<String> lines(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
