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
 * of its right sentences share a bead on the other side.
 */
public final class AlignScore {
  /** A bead as 0-based line numbers: {@code [4,5]:[4]}. */
  public record Pair(List<Integer> left, List<Integer> right) {
    public Pair {
      left = List.copyOf(left);
      right = List.copyOf(right);
    }

    boolean twoSided() {
      return !left.isEmpty() && !right.isEmpty();
    }

    Pair swapped() {
      return new Pair(right, left);
    }
  }

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
  public AlignScore add(List<Pair> gold, List<Pair> test) {
    counts.add(hits(gold, test),
        hits(test.stream().filter(Pair::twoSided).toList(), gold.stream().filter(Pair::twoSided).toList()));
    return this;
  }

  public Figures figures() {
    return counts.figures();
  }

  /** One document's figures. */
  public static Figures of(List<Pair> gold, List<Pair> test) {
    return new AlignScore().add(gold, test).figures();
  }

  private static long[] hits(List<Pair> reference, List<Pair> candidate) {
    Set<Pair> ref = new HashSet<>();
    for (Pair b : reference) if (!b.left().isEmpty() || !b.right().isEmpty()) ref.add(b);
    Map<Integer, Set<Integer>> partner = new HashMap<>();
    for (Pair b : ref) for (int s : b.left()) partner.computeIfAbsent(s, x -> new HashSet<>()).addAll(b.right());
    long strict = 0;
    long lax = 0;
    long total = 0;
    Set<Pair> cand = new LinkedHashSet<>();
    for (Pair b : candidate) if (!b.left().isEmpty() || !b.right().isEmpty()) cand.add(b);
    for (Pair b : cand) {
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

  private static boolean laxHit(Pair b, Map<Integer, Set<Integer>> partner) {
    for (int s : b.left()) {
      Set<Integer> p = partner.get(s);
      if (p == null) continue;
      for (int t : b.right()) if (p.contains(t)) return true;
    }
    return false;
  }

  /** Reads vecalign lines ({@code [0,1]:[0]}); blank lines are skipped. */
  public static List<Pair> parse(List<String> lines, String source) {
    List<Pair> out = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty()) continue;
      int colon = line.indexOf("]:[");
      if (!line.startsWith("[") || !line.endsWith("]") || colon < 0) {
        throw new org.entente.text.BadInputException("not a vecalign bead: " + line, source + ":" + (n + 1),
            "write one bead a line as [0,1]:[0]");
      }
      out.add(new Pair(numbers(line.substring(1, colon), source, n), numbers(line.substring(colon + 3,
          line.length() - 1), source, n)));
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

  /** The beads of an alignment as line-number pairs, French on the left. */
  public static List<Pair> pairs(Alignment a) {
    List<Pair> out = new ArrayList<>();
    for (Bead b : a.beads()) {
      out.add(new Pair(b.fr().stream().map(i -> a.document().fr().get(i).line()).toList(),
          b.en().stream().map(i -> a.document().en().get(i).line()).toList()));
    }
    return out;
  }

  /** Swaps left and right: TransRead's gold has English on the left. */
  public static List<Pair> swap(List<Pair> beads) {
    return beads.stream().map(Pair::swapped).toList();
  }
}
