package org.entente.eval;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.api.Json;
import org.entente.terminology.Concept;
import org.entente.terminology.SubjectFields;
import org.entente.terminology.TermImport;
import org.entente.terminology.TermRecognizer;
import org.entente.text.Language;

/**
 * Term recognition ({@code entente eval terms}), in sample on the NATO corpus (dev: documents 000-002, test: 003-004)
 * and out of sample with the FranceTerme termbase on the UN dev set (dev and test by document).
 */
public final class TermsEvaluation {
  /** The hand labels of the out-of-sample precision sample, relative to the project folder. */
  public static final Path LABELS = Path.of("src/test/resources/org/entente/terminology/franceterme-un-labels.tsv");

  private final Path shared;
  private final PrintWriter out;
  private final boolean json;
  private final boolean verbose;
  private final Path labels;
  private final Path sampleOut;
  private final int sampleSize;

  /** Reads the gold data under {@code shared} and prints to {@code out}. */
  public TermsEvaluation(Path shared, PrintWriter out, boolean json, boolean verbose, Path labels, Path sampleOut,
      int sampleSize) {
    this.shared = shared;
    this.out = out;
    this.json = json;
    this.verbose = verbose;
    this.labels = labels;
    this.sampleOut = sampleOut;
    this.sampleSize = sampleSize;
  }

  /** Runs the evaluation; returns the exit status. */
  public int run() throws Exception {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("inSample", inSample(out));
    figures.put("outOfSample", outOfSample(out));
    if (json) out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(figures));
    out.flush();
    return 0;
  }

  private Map<String, Object> inSample(PrintWriter out) throws Exception {
    Map<String, Object> figures = new LinkedHashMap<>();
    Path corpus = shared.resolve("corpus/nato");
    if (!Files.isRegularFile(corpus.resolve("ALL_TERMS.tsv"))) {
      out.println("eval terms: " + corpus + "/ALL_TERMS.tsv is absent; skipping the NATO corpus");
      return figures;
    }
    var concepts = RecognitionEval.concepts(corpus.resolve("ALL_TERMS.tsv"));
    TermRecognizer recognizer = TermRecognizer.of(concepts);
    List<Path> docs = RecognitionEval.documents(corpus);
    Map<String, List<Path>> splits = new LinkedHashMap<>();
    splits.put("dev", docs.stream().filter(RecognitionEval::isDev).toList());
    splits.put("test", docs.stream().filter(d -> !RecognitionEval.isDev(d)).toList());
    if (!json) {
      out.println("IN SAMPLE. NATO corpus: " + docs.size() + " documents (dev 000-002, test 003-004); the termbase is "
          + "ALL_TERMS.tsv, the gold list itself (" + concepts.size() + " concepts), and the recogniser's rules were "
          + "tuned on these documents: an upper bound, not a measure of ordinary use.");
    }
    for (var split : splits.entrySet()) {
      Map<String, Object> bySplit = new LinkedHashMap<>();
      for (Language lang : Language.values()) {
        RecognitionEval.Score s = RecognitionEval.score(split.getValue(), recognizer, lang);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("recall", s.recall());
        f.put("precision", s.precision());
        f.put("outermostPrecision", s.outerPrecision());
        f.put("gold", s.gold());
        f.put("found", s.found());
        f.put("hits", s.hits());
        f.put("correctHits", s.correctHits());
        bySplit.put(lang.code(), f);
        if (!json) {
          out.println("  " + split.getKey() + "  " + RecognitionEval.format(s));
          if (verbose) {
            s.misses().forEach(m -> out.println("    miss   " + m));
            s.falseHits().forEach(m -> out.println("    extra  " + m));
          }
        }
      }
      figures.put(split.getKey(), bySplit);
    }
    Path glossary = Path.of("glossaries/nato.tbx");
    if (Files.isRegularFile(glossary)) {
      var glossaryConcepts = TermImport.concepts(TermImport.read(Files.readAllBytes(glossary), "nato.tbx", null), "nato");
      Map<String, Concept> byId = new LinkedHashMap<>();
      glossaryConcepts.forEach(c -> byId.put(c.id(), c));
      TermRecognizer g = TermRecognizer.of(glossaryConcepts);
      Map<String, Object> cov = new LinkedHashMap<>();
      for (var split : splits.entrySet()) {
        Map<String, Object> bySplit = new LinkedHashMap<>();
        for (Language lang : Language.values()) {
          RecognitionEval.Score s = RecognitionEval.coverage(split.getValue(), g, byId, lang);
          bySplit.put(lang.code(), s.recall());
          if (!json) {
            out.printf(Locale.ROOT, "  %s  with glossaries/nato.tbx (%d concepts, built from these documents): %s "
                + "terms.tsv coverage %.3f (%d/%d)%n", split.getKey(), glossaryConcepts.size(), lang.code(), s.recall(),
                s.found(), s.gold());
            if (verbose) s.misses().forEach(m -> out.println("    not covered  " + m));
          }
        }
        cov.put(split.getKey(), bySplit);
      }
      figures.put("glossaryCoverage", cov);
    }
    return figures;
  }

  private Map<String, Object> outOfSample(PrintWriter out) throws Exception {
    Map<String, Object> figures = new LinkedHashMap<>();
    Path terms = shared.resolve("data/terminology/franceterme");
    Path un = shared.resolve("data/parallel/un-v1/devset/UNv1.0.devset");
    if (!Files.isDirectory(terms) || !Files.isRegularFile(Path.of(un + ".fr"))) {
      out.println("eval terms: " + terms + " or " + un + ".fr is absent; skipping the out-of-sample evaluation");
      return figures;
    }
    List<Concept> concepts = FranceTerme.concepts(terms);
    TermRecognizer recognizer = TermRecognizer.of(concepts);
    var sentences = OutOfSampleRecognition.sentences(un);
    var labelled = Files.isRegularFile(labels) ? OutOfSampleRecognition.labels(labels) : Map.<String, OutOfSampleRecognition.Label>of();
    if (!json) {
      out.println("OUT OF SAMPLE. FranceTerme (" + concepts.size() + " concepts) on the UN dev set ("
          + sentences.size() / 2 + " sentence pairs, dev and test by document); nothing in Entente was built from "
          + "either. Recall: verbatim occurrences of a term found by a hit of its concept (a one-word noun term counts only "
          + "where the word is a noun, so its other uses lower the first figure by design). Precision: the hand-labelled "
          + "sample (" + labelled.size() + " labels in " + labels + ").");
    }
    SubjectFields unFields = SubjectFields.of(OutOfSampleRecognition.UN_FIELDS);
    if (!json) {
      out.println("  Confident hits: confidence >= " + OutOfSampleRecognition.CONFIDENT + " (not a one-word everyday term "
          + "outside its field). Field-limited: only the concepts of " + OutOfSampleRecognition.UN_FIELDS
          + " (chosen on dev), whose one-word terms are then confident.");
    }
    for (String split : List.of("dev", "test")) {
      Map<String, Object> bySplit = new LinkedHashMap<>();
      for (Language lang : Language.values()) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (SubjectFields fields : List.of(SubjectFields.ALL, unFields)) {
          var f = OutOfSampleRecognition.score(split, lang, recognizer, concepts, sentences, labelled, fields);
          Map<String, Object> g = new LinkedHashMap<>();
          g.put("sentences", f.sentences());
          g.put("hits", f.hits());
          g.put("verbatimRecall", f.recall());
          g.put("verbatim", f.verbatim());
          g.put("verbatimFound", f.verbatimFound());
          g.put("multiWordRecall", f.multiWordRecall());
          g.put("multiWord", f.multiWord());
          g.put("multiWordFound", f.multiWordFound());
          g.put("labelledPrecision", f.precision());
          g.put("labelled", f.labelled());
          g.put("labelledCorrect", f.labelledCorrect());
          g.put("confidentHits", f.confident());
          g.put("confidentPrecision", f.confidentPrecision());
          g.put("confidentLabelled", f.confidentLabelled());
          g.put("confidentCorrect", f.confidentCorrect());
          m.put(fields.all() ? "allFields" : "unFields", g);
          if (!json) {
            out.printf(Locale.ROOT, "  %s  %s  %s: %d sentences, %d outermost hits; verbatim recall %.3f (%d/%d), "
                + "multi-word terms %.3f (%d/%d); precision %.3f (%d/%d labelled hits); %d confident hits, precision "
                + "%.3f (%d/%d labelled)%n", split, lang.code(), fields.all() ? "all fields" : "UN fields", f.sentences(),
                f.hits(), f.recall(), f.verbatimFound(), f.verbatim(), f.multiWordRecall(), f.multiWordFound(),
                f.multiWord(), f.precision(), f.labelledCorrect(), f.labelled(), f.confident(), f.confidentPrecision(),
                f.confidentCorrect(), f.confidentLabelled());
          }
        }
        bySplit.put(lang.code(), m);
      }
      figures.put(split, bySplit);
    }
    if (sampleOut != null) {
      List<String> lines = new ArrayList<>();
      lines.add("# split\tlang\tline\tstart\tend\tconceptId\tsurface\tterm\tlabel\tnote\tcontext");
      // the seeded sample, then every confident hit and every hit of the UN fields not in it
      Map<String, OutOfSampleRecognition.Hit> toLabel = new LinkedHashMap<>();
      for (var h : OutOfSampleRecognition.sample(OutOfSampleRecognition.hits(recognizer, sentences), sampleSize)) {
        toLabel.put(h.key(), h);
      }
      for (var h : OutOfSampleRecognition.hits(recognizer, sentences, SubjectFields.ALL, OutOfSampleRecognition.CONFIDENT)) {
        toLabel.putIfAbsent(h.key(), h);
      }
      for (var h : OutOfSampleRecognition.hits(recognizer, sentences, unFields, 0)) toLabel.putIfAbsent(h.key(), h);
      for (var h : toLabel.values()) {
        var known = labelled.get(h.key());
        String line = OutOfSampleRecognition.labelLine(h);
        if (known != null) {
          String[] f = line.split("\t", -1);
          f[8] = known.correct() ? "yes" : "no";
          f[9] = known.note();
          line = String.join("\t", f);
        }
        lines.add(line);
      }
      Files.write(sampleOut, lines, StandardCharsets.UTF_8);
      if (!json) out.println("  sample of " + (lines.size() - 1) + " hits written to " + sampleOut);
    }
    return figures;
  }
}
