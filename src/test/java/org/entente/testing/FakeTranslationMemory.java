package org.entente.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.entente.memory.LookupQuery;
import org.entente.memory.TmMatch;
import org.entente.memory.TranslationMemory;

/**
 * A memory over a list of French–English pairs, scored by word overlap (Dice over lower-cased words, times 100);
 * enough for suggestions and protocol tests. The real one lives in memory.
 */
public final class FakeTranslationMemory implements TranslationMemory {
  private final List<String[]> units = new ArrayList<>();

  public FakeTranslationMemory add(String source, String target) {
    units.add(new String[] {source, target});
    return this;
  }

  @Override
  public List<TmMatch> lookup(LookupQuery q) {
    List<TmMatch> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      String[] u = units.get(i);
      int score = u[0].equals(q.source()) ? 100 : Math.min(99, dice(words(u[0]), words(q.source())));
      if (score >= q.min()) {
        out.add(new TmMatch("u" + i, "default", u[0], u[1], score,
            new TmMatch.Explanation(score, List.of(), false, "test fixture")));
      }
    }
    out.sort(Comparator.comparingInt(TmMatch::score).reversed());
    return out.subList(0, Math.min(q.max(), out.size()));
  }

  private static List<String> words(String s) {
    return List.of(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
  }

  private static int dice(List<String> a, List<String> b) {
    List<String> rest = new ArrayList<>(b);
    int common = 0;
    for (String w : a) if (rest.remove(w)) common++;
    return (int) (200.0 * common / (a.size() + b.size()));
  }

  @Override
  public long size() {
    return units.size();
  }
}
