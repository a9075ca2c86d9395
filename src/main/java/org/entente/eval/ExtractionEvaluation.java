package org.entente.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.extract.AlignedUnit;
import org.entente.extract.ExtractionKeys;
import org.entente.extract.TermCandidate;
import org.entente.text.Language;

/**
 * The measures of {@code eval extract}: which term pairs occur together in a memory, and the recall of a list of
 * candidates against them. A pair is found when a candidate has the same matching keys on both sides ("plans de
 * défense" = "defence plans" finds "plan de défense" = "defence plan").
 */
public final class ExtractionEvaluation {
  private ExtractionEvaluation() {}

  /** A gold pair: its terms, the units where both occur, and where it comes from (a concept id, FranceTerme). */
  public record GoldPair(String fr, String en, int units, String source) {}

  /** Recall by pairs, and how many distinct sources (concepts) have at least one pair found. */
  public record Recall(double pairs, int foundPairs, int foundConcepts) {}

  /** The pairs whose two terms occur together in at least {@code min} units, with that count; one per key pair. */
  public static List<GoldPair> cooccurring(List<GoldPair> pairs, List<AlignedUnit> units, int min) {
    Map<String, GoldPair> byKey = new LinkedHashMap<>();
    for (GoldPair p : pairs) {
      String fk = ExtractionKeys.key(p.fr(), Language.FR);
      String ek = ExtractionKeys.key(p.en(), Language.EN);
      if (!fk.isEmpty() && !ek.isEmpty()) byKey.putIfAbsent(fk + "\t" + ek, p);
    }
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (String k : byKey.keySet()) counts.put(k, new int[1]);
    Set<String> frWanted = new HashSet<>();
    for (String k : byKey.keySet()) frWanted.add(k.substring(0, k.indexOf('\t')));
    for (AlignedUnit u : units) {
      Set<String> fr = ExtractionKeys.keysIn(u.fr(), Language.FR);
      fr.retainAll(frWanted);
      if (fr.isEmpty()) continue;
      Set<String> en = ExtractionKeys.keysIn(u.en(), Language.EN);
      for (String k : byKey.keySet()) {
        int tab = k.indexOf('\t');
        if (fr.contains(k.substring(0, tab)) && en.contains(k.substring(tab + 1))) counts.get(k)[0]++;
      }
    }
    List<GoldPair> out = new ArrayList<>();
    byKey.forEach((k, p) -> {
      int n = counts.get(k)[0];
      if (n >= min) out.add(new GoldPair(p.fr(), p.en(), n, p.source()));
    });
    return out;
  }

  public static Recall recall(List<GoldPair> gold, List<TermCandidate> candidates, int atMost) {
    Set<String> keys = candidateKeys(candidates, atMost);
    int found = 0;
    Set<String> concepts = new HashSet<>();
    for (GoldPair g : gold) {
      if (keys.contains(key(g.fr(), g.en()))) {
        found++;
        concepts.add(g.source());
      }
    }
    return new Recall(gold.isEmpty() ? 0 : Math.round(1000.0 * found / gold.size()) / 1000.0, found, concepts.size());
  }

  public static boolean found(GoldPair g, List<TermCandidate> candidates, int atMost) {
    return candidateKeys(candidates, atMost).contains(key(g.fr(), g.en()));
  }

  public static boolean inGold(List<GoldPair> gold, TermCandidate c) {
    String k = key(c.fr(), c.en());
    for (GoldPair g : gold) if (key(g.fr(), g.en()).equals(k)) return true;
    return false;
  }

  private static Set<String> candidateKeys(List<TermCandidate> candidates, int atMost) {
    Set<String> keys = new HashSet<>();
    for (TermCandidate c : candidates.subList(0, Math.min(atMost, candidates.size()))) keys.add(key(c.fr(), c.en()));
    return keys;
  }

  private static String key(String fr, String en) {
    return ExtractionKeys.key(fr, Language.FR) + "\t" + ExtractionKeys.key(en, Language.EN);
  }

  /** Reads a gold list: French TAB English TAB units TAB source, {@code #} comments. */
  public static List<GoldPair> readGold(Path file) throws IOException {
    List<GoldPair> out = new ArrayList<>();
    int line = 0;
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (l.isBlank() || l.startsWith("#")) continue;
      String[] f = l.split("\t");
      if (f.length < 2) throw new org.entente.text.BadInputException("expected French TAB English", file + ":" + line, "");
      out.add(new GoldPair(f[0], f[1], f.length > 2 ? Integer.parseInt(f[2].strip()) : 0, f.length > 3 ? f[3] : ""));
    }
    return out;
  }
}
