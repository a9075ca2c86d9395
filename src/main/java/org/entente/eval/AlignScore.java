package org.entente.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.align.Alignment;
import org.entente.align.Bead;

/**
 * Strict and lax precision, recall and F1 of an alignment against gold beads, counted exactly as
 * {@code ../shared/tools/align_score.py} counts them, pooled over any number of documents with {@link #add}.
 * Precision is over the predicted beads (one-sided ones included); recall over the gold beads with both sides.
 * A bead is a strict hit when it equals a bead on the other side; a lax hit when one of its left sentences and one
 * of its right sentences share a bead on the other side. Beads here are {@link Bead}s over 0-based line numbers
 * ({@code [4,5]:[4]} is {@code fr=[4, 5], en=[4]}), compared by their sentences alone ({@link Bead#unscored}).
 */
public final class AlignScore {
  /** The six figures. */
  public record Figures(double strictP, double strictR, double strictF1, double laxP, double laxR, double laxF1) {
    /** As the Python scorer prints it: {@code strict P 0.977 R 0.977 F1 0.977 | lax P …}. */
    public String line() {
      return String.format(java.util.Locale.ROOT, "strict P %.3f R %.3f F1 %.3f | lax P %.3f R %.3f F1 %.3f",
          strictP, strictR, strictF1, laxP, laxR, laxF1);
    }
  }

  private final PooledCounts counts = new PooledCounts();

  /** Adds one document's gold and predicted beads to the pooled counts. */
  public AlignScore add(List<Bead> gold, List<Bead> test) {
    counts.add(hits(gold, test),
        hits(test.stream().filter(Bead::twoSided).toList(), gold.stream().filter(Bead::twoSided).toList()));
    return this;
  }

  public Figures figures() {
    return counts.figures();
  }

  /** One document's figures. */
  public static Figures of(List<Bead> gold, List<Bead> test) {
    return new AlignScore().add(gold, test).figures();
  }

  private static long[] hits(List<Bead> reference, List<Bead> candidate) {
    Set<Bead> ref = new HashSet<>();
    for (Bead b : reference) ref.add(b.unscored());
    Map<Integer, Set<Integer>> partner = new HashMap<>();
    for (Bead b : ref) for (int s : b.fr()) partner.computeIfAbsent(s, x -> new HashSet<>()).addAll(b.en());
    long strict = 0;
    long lax = 0;
    long total = 0;
    Set<Bead> cand = new LinkedHashSet<>();
    for (Bead b : candidate) cand.add(b.unscored());
    for (Bead b : cand) {
      total++;
      if (ref.contains(b)) {
        strict++;
        lax++;
      } else if (laxHit(b, partner)) {
        lax++;
      }
    }
    return new long[] {strict, lax, total};
  }

  private static boolean laxHit(Bead b, Map<Integer, Set<Integer>> partner) {
    for (int s : b.fr()) {
      Set<Integer> p = partner.get(s);
      if (p == null) continue;
      for (int t : b.en()) if (p.contains(t)) return true;
    }
    return false;
  }

  /**
   * Reads vecalign lines ({@code [0,1]:[0]}), the left side as {@code fr}; blank lines and empty beads
   * ({@code []:[]}, which no scorer counts) are skipped.
   */
  public static List<Bead> parse(List<String> lines, String source) {
    List<Bead> out = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty()) continue;
      int colon = line.indexOf("]:[");
      if (!line.startsWith("[") || !line.endsWith("]") || colon < 0) {
        throw new org.entente.text.BadInputException("not a vecalign bead: " + line, source + ":" + (n + 1),
            "write one bead a line as [0,1]:[0]");
      }
      List<Integer> left = numbers(line.substring(1, colon), source, n);
      List<Integer> right = numbers(line.substring(colon + 3, line.length() - 1), source, n);
      if (!left.isEmpty() || !right.isEmpty()) out.add(Bead.of(left, right));
    }
    return out;
  }

  private static List<Integer> numbers(String s, String source, int n) {
    List<Integer> out = new ArrayList<>();
    for (String p : s.split(",")) {
      if (p.isBlank()) continue;
      try {
        out.add(Integer.parseInt(p.strip()));
      } catch (NumberFormatException e) {
        throw new org.entente.text.BadInputException("not a line number: " + p, source + ":" + (n + 1),
            "write one bead a line as [0,1]:[0]");
      }
    }
    return out;
  }

  /** The beads of an alignment over line numbers instead of positions, French on the left. */
  public static List<Bead> pairs(Alignment a) {
    List<Bead> out = new ArrayList<>();
    for (Bead b : a.beads()) {
      out.add(Bead.of(b.fr().stream().map(i -> a.document().fr().get(i).line()).toList(),
          b.en().stream().map(i -> a.document().en().get(i).line()).toList()));
    }
    return out;
  }

  /** Swaps left and right: TransRead's gold has English on the left. */
  public static List<Bead> swap(List<Bead> beads) {
    return beads.stream().map(b -> Bead.of(b.en(), b.fr())).toList();
  }
}
