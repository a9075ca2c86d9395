package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.Services;
import org.entente.api.Json;
import org.entente.extract.AlignedUnit;
import org.entente.extract.Extraction;
import org.entente.extract.ExtractionOptions;
import org.entente.extract.MemoryUnits;
import org.entente.extract.TermCandidate;
import org.entente.extract.TermExtractor;
import org.entente.extract.UnitSource;
import org.entente.formats.TbxReader;
import org.entente.formats.TermEntry;
import org.entente.memory.ImportOptions;
import org.entente.terminology.TermBase;
import org.entente.text.Language;

/**
 * Term extraction measured ({@code entente eval extract}). (1) The NATO memory ({@code tmx/nato.tmx}) with an empty
 * termbase (the glossary removed): recall at 100 and 300 candidates of the glossary's pairs that occur together in
 * at least two units, with and without a general-language reference (WMT news, eval only); {@code --verbose} lists
 * the top 100 for judging. (2) An out-of-sample memory, the UN v1.0 dev set (4,000 pairs): recall at 300 of the term
 * pairs listed beforehand in {@code --gold} (written by {@code --write-gold} from FranceTerme and the NATO glossary,
 * before any extraction ran), and the time.
 */
public final class TermExtractionEvaluation {
  public static final Path DEFAULT_GOLD = Path.of("src/test/resources/org/entente/extract/un-devset-gold.tsv");

  private final Path shared;
  private final PrintWriter out;
  private final Path gold;
  private final boolean writeGold;
  private final boolean verbose;
  private final boolean json;

  /** Reads the gold data under {@code shared} and prints to {@code out}. */
  public TermExtractionEvaluation(Path shared, PrintWriter out, Path gold, boolean writeGold, boolean verbose,
      boolean json) {
    this.shared = shared;
    this.out = out;
    this.gold = gold;
    this.writeGold = writeGold;
    this.verbose = verbose;
    this.json = json;
  }

  /** Runs the evaluation; returns the exit status. */
  public int run() throws Exception {
    Path un = shared.resolve("data/parallel/un-v1/devset");
    if (writeGold) return writeGold(un, out);
    Map<String, Object> figures = new LinkedHashMap<>();
    UnitSource news = news(shared.resolve("data/parallel/wmt-newstest"));
    figures.put("nato", nato(news, out));
    if (Files.isRegularFile(un.resolve("UNv1.0.devset.fr")) && Files.isRegularFile(gold)) {
      figures.put("un", unDevset(un, news, out));
    } else {
      out.println("eval extract: " + un + " or " + gold + " is absent; the out-of-sample run is skipped");
    }
    if (json) out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(figures));
    out.flush();
    return 0;
  }

  private Map<String, Object> nato(UnitSource news, PrintWriter out) throws IOException {
    Map<String, Object> f = new LinkedHashMap<>();
    Path tmp = Files.createTempDirectory("entente-eval-extract");
    try (Services services = Services.open(tmp, "entente eval extract");
        InputStream in = Files.newInputStream(Path.of("tmx/nato.tmx"))) {
      services.memory().importTmx(in, "nato.tmx", ImportOptions.DEFAULT);
      TermBase empty = services.terms(); // a fresh data folder: the glossary removed
      UnitSource units = MemoryUnits.of(services.memory(), null);
      List<AlignedUnit> all = new ArrayList<>();
      units.forEach(all::add);
      List<ExtractionEvaluation.GoldPair> goldPairs = ExtractionEvaluation.cooccurring(glossaryPairs(), all, 2);
      long concepts = goldPairs.stream().map(ExtractionEvaluation.GoldPair::source).distinct().count();
      out.println("NATO memory: " + all.size() + " units; glossary pairs occurring together in >= 2 units: "
          + goldPairs.size() + " (" + concepts + " concepts)");
      for (boolean withNews : new boolean[] {false, true}) {
        if (withNews && news == null) continue;
        ExtractionOptions o = ExtractionOptions.DEFAULT.withMax(300).withReference(withNews ? news : null);
        Extraction x = new TermExtractor(empty).extract(units, o, line -> { });
        ExtractionEvaluation.Recall r100 = ExtractionEvaluation.recall(goldPairs, x.candidates(), 100);
        ExtractionEvaluation.Recall r300 = ExtractionEvaluation.recall(goldPairs, x.candidates(), 300);
        String label = withNews ? "with news reference" : "no reference";
        out.println(String.format(Locale.ROOT, "  %s: recall@100 %.3f (%d/%d pairs, %d/%d concepts), recall@300 %.3f (%d/%d pairs, "
            + "%d/%d concepts); %d candidates, %.1f s", label, r100.pairs(), r100.foundPairs(), goldPairs.size(),
            r100.foundConcepts(), concepts, r300.pairs(), r300.foundPairs(), goldPairs.size(), r300.foundConcepts(), concepts,
            x.candidates().size(), x.seconds()));
        f.put(withNews ? "withNews" : "noReference", Map.of("recall100", r100.pairs(), "recall300", r300.pairs(),
            "concepts100", r100.foundConcepts(), "concepts300", r300.foundConcepts(), "goldPairs", goldPairs.size(),
            "goldConcepts", concepts, "seconds", x.seconds()));
        if (verbose && !withNews) {
          int rank = 0;
          for (TermCandidate c : x.candidates().subList(0, Math.min(100, x.candidates().size()))) {
            out.println(String.format(Locale.ROOT, "    %3d. %s = %s  (%d units%s)", ++rank, c.fr(), c.en(), c.frequency(),
                ExtractionEvaluation.inGold(goldPairs, c) ? ", gold" : ""));
          }
        }
      }
    } finally {
      deleteTree(tmp);
    }
    return f;
  }

  private Map<String, Object> unDevset(Path un, UnitSource news, PrintWriter out) throws IOException {
    List<AlignedUnit> units = unUnits(un);
    List<ExtractionEvaluation.GoldPair> goldPairs = ExtractionEvaluation.readGold(gold);
    long started = System.nanoTime();
    Extraction x = new TermExtractor(new org.entente.terminology.TermBase() {
      @Override public List<org.entente.terminology.TermHit> recognise(String text, Language language) { return List.of(); }
      @Override public java.util.Optional<org.entente.terminology.Concept> concept(String id) { return java.util.Optional.empty(); }
      @Override public int size() { return 0; }
    }).extract(UnitSource.of(units), ExtractionOptions.DEFAULT.withMax(300).withReference(news), line -> { });
    double seconds = (System.nanoTime() - started) / 1e9;
    ExtractionEvaluation.Recall r = ExtractionEvaluation.recall(goldPairs, x.candidates(), 300);
    out.println(String.format(Locale.ROOT, "UN v1.0 dev set (out of sample): %d units, %d gold pairs (%s): recall@300 %.3f "
        + "(%d/%d); %.1f s in all, tagging %.0f tokens/s (%d tokens)", units.size(), goldPairs.size(), gold.getFileName(),
        r.pairs(), r.foundPairs(), goldPairs.size(), seconds, x.tokensPerSecond(), x.tokens()));
    if (verbose) {
      int rank = 0;
      for (TermCandidate c : x.candidates()) {
        out.println(String.format(Locale.ROOT, "    %3d. %s = %s  (%d units, score %.3f)", ++rank, c.fr(), c.en(), c.frequency(), c.score()));
      }
      for (ExtractionEvaluation.GoldPair g : goldPairs) {
        out.println("    " + (ExtractionEvaluation.found(g, x.candidates(), 300) ? "found  " : "missed ") + g.fr() + " = " + g.en());
      }
    }
    return Map.of("units", units.size(), "goldPairs", goldPairs.size(), "recall300", r.pairs(), "seconds", seconds,
        "tokensPerSecond", x.tokensPerSecond());
  }

  private int writeGold(Path un, PrintWriter out) throws IOException {
    if (!Files.isRegularFile(un.resolve("UNv1.0.devset.fr"))) {
      out.println("eval extract: " + un + " is absent; nothing written");
      return 0;
    }
    List<ExtractionEvaluation.GoldPair> sources = new ArrayList<>(franceTerme(shared.resolve("data/terminology/franceterme")));
    sources.addAll(glossaryPairs());
    List<ExtractionEvaluation.GoldPair> selected = ExtractionEvaluation.cooccurring(sources, unUnits(un), 2);
    StringBuilder b = new StringBuilder("# French\tEnglish\tunits of the UN v1.0 dev set with both\tsource\n");
    for (ExtractionEvaluation.GoldPair g : selected) b.append(g.fr()).append('\t').append(g.en()).append('\t').append(g.units())
        .append('\t').append(g.source()).append('\n');
    Files.createDirectories(gold.toAbsolutePath().getParent());
    Files.writeString(gold, b.toString(), StandardCharsets.UTF_8);
    out.println("wrote " + selected.size() + " pairs (of " + sources.size() + " in the sources) to " + gold);
    return 0;
  }

  /** Every French x English pair of usable terms of each glossary concept, the concept id as source. */
  private static List<ExtractionEvaluation.GoldPair> glossaryPairs() throws IOException {
    List<ExtractionEvaluation.GoldPair> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(Path.of("glossaries/nato.tbx"))) {
      for (TermEntry e : new TbxReader().read(in, "nato.tbx").entries()) {
        for (TermEntry.Term f : e.terms()) {
          if (f.language() != Language.FR || f.status().equals("deprecated") || f.status().equals("superseded")) continue;
          for (TermEntry.Term t : e.terms()) {
            if (t.language() != Language.EN || t.status().equals("deprecated") || t.status().equals("superseded")) continue;
            out.add(new ExtractionEvaluation.GoldPair(f.text(), t.text(), 0, e.id()));
          }
        }
      }
    }
    return out;
  }

  private static List<ExtractionEvaluation.GoldPair> franceTerme(Path dir) throws IOException {
    List<ExtractionEvaluation.GoldPair> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) return out;
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
        for (JsonNode n : Json.MAPPER.readTree(p.toFile())) {
          String fr = n.path("term").asText("");
          String en = n.path("english").asText("");
          if (fr.isBlank() || en.isBlank()) continue;
          for (String e : en.split("[,;]")) if (!e.isBlank()) out.add(new ExtractionEvaluation.GoldPair(fr.strip(), e.strip(), 0, "FranceTerme"));
        }
      }
    }
    return out;
  }

  private static List<AlignedUnit> unUnits(Path un) throws IOException {
    List<String> fr = Files.readAllLines(un.resolve("UNv1.0.devset.fr"), StandardCharsets.UTF_8);
    List<String> en = Files.readAllLines(un.resolve("UNv1.0.devset.en"), StandardCharsets.UTF_8);
    List<AlignedUnit> out = new ArrayList<>();
    for (int i = 0; i < Math.min(fr.size(), en.size()); i++) out.add(new AlignedUnit("un-" + (i + 1), fr.get(i), en.get(i)));
    return out;
  }

  /** WMT news test sets as general language (both sides), or null when absent. */
  private static UnitSource news(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return null;
    List<AlignedUnit> out = new ArrayList<>();
    for (String name : List.of("newstest2012", "newstest2013")) {
      Path fr = dir.resolve(name + ".fr");
      Path en = dir.resolve(name + ".en");
      if (!Files.isRegularFile(fr) || !Files.isRegularFile(en)) continue;
      List<String> f = Files.readAllLines(fr, StandardCharsets.UTF_8);
      List<String> e = Files.readAllLines(en, StandardCharsets.UTF_8);
      for (int i = 0; i < Math.min(f.size(), e.size()); i++) out.add(new AlignedUnit(name + "-" + i, f.get(i), e.get(i)));
    }
    return out.isEmpty() ? null : UnitSource.of(out);
  }

  private static void deleteTree(Path p) throws IOException {
    try (var s = Files.walk(p)) {
      for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
    }
  }
}
