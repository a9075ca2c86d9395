package org.entente.terminology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.text.Language;
import org.entente.text.TextNormalizer;

/**
 * Finds every term of one language in a text in one pass over its tokens: a trie of term keys (see {@link TermKeys})
 * walked from each token, so the cost grows with the text and the longest term, not with the number of terms.
 * {@code "des plans de défense"} matches the term {@code "plan de défense"}; nested occurrences are reported and
 * marked. Not thread-safe for writes; {@link LuceneTermBase} guards it with a read-write lock.
 */
final class TermMatcher {
  private final TermKeys keys;
  private final Node root = new Node();
  private int maxDepth;
  private int terms;

  TermMatcher(Language language) {
    this.keys = new TermKeys(language);
  }

  Language language() {
    return keys.language();
  }

  int terms() {
    return terms;
  }

  /** What a trie node knows: the concept and term that end there. */
  record Entry(Concept concept, Term term, String normalised, List<Term> equivalents) {}

  void add(Concept concept) {
    List<Term> equivalents = concept.terms(keys.language().other());
    for (Term t : concept.terms()) {
      if (t.language() != keys.language()) continue;
      List<TermKeys.Unit> units = keys.term(t.text(), t.type() == TermType.ACRONYM);
      if (units.isEmpty()) continue;
      Node node = root;
      for (TermKeys.Unit u : units) node = node.child(u);
      node.add(new Entry(concept, t, TextNormalizer.MATCHING.apply(t.text()), equivalents));
      maxDepth = Math.max(maxDepth, units.size());
      terms++;
    }
  }

  void remove(Concept concept) {
    for (Term t : concept.terms()) {
      if (t.language() != keys.language()) continue;
      List<TermKeys.Unit> units = keys.term(t.text(), t.type() == TermType.ACRONYM);
      Node node = root;
      for (TermKeys.Unit u : units) {
        node = node.primary == null ? null : node.primary.get(u.keys()[0]);
        if (node == null) break;
      }
      if (node != null && node.remove(concept.id())) terms--;
    }
  }

  /** Every occurrence, longest first at each start, nested ones marked. */
  List<TermHit> recognise(String text) {
    List<TermKeys.Unit> units = keys.text(text);
    List<TermHit> hits = new ArrayList<>();
    List<Node> active = new ArrayList<>();
    List<Node> next = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      active.clear();
      active.add(root);
      for (int j = i; j < units.size() && j - i < maxDepth && !active.isEmpty(); j++) {
        next.clear();
        for (Node n : active) n.step(units.get(j).keys(), next);
        if (next.isEmpty()) break;
        int start = units.get(i).start();
        int end = units.get(j).end();
        for (Node n : next) if (n.entries != null) collect(text, start, end, n.entries, hits);
        List<Node> swap = active;
        active = next;
        next = swap;
      }
    }
    return markNested(dedupe(sorted(hits)));
  }

  private void collect(String text, int start, int end, Entry[] entries, List<TermHit> hits) {
    String surface = text.substring(start, end);
    String normalised = null;
    for (Entry e : entries) {
      if (normalised == null) normalised = TextNormalizer.MATCHING.apply(surface);
      double confidence = normalised.equals(e.normalised()) ? 1.0 : 0.9;
      hits.add(new TermHit(start, end, surface, e.concept().id(), e.term(), false, e.equivalents(), confidence));
    }
  }

  private static List<TermHit> sorted(List<TermHit> hits) {
    hits.sort(Comparator.comparingInt(TermHit::start).thenComparing(Comparator.comparingInt(TermHit::end).reversed()));
    return hits;
  }

  /** One hit per span and concept (hits sorted): the term written exactly as in the text, else the best status. */
  private static List<TermHit> dedupe(List<TermHit> hits) {
    List<TermHit> out = new ArrayList<>(hits.size());
    int group = 0;
    for (TermHit h : hits) {
      TermHit last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last == null || last.start() != h.start() || last.end() != h.end()) group = out.size();
      int same = -1;
      for (int i = group; i < out.size(); i++) if (out.get(i).conceptId().equals(h.conceptId())) same = i;
      if (same < 0) {
        out.add(h);
      } else {
        TermHit o = out.get(same);
        if (h.confidence() > o.confidence()
            || (h.confidence() == o.confidence() && h.term().status().compareTo(o.term().status()) < 0)) {
          out.set(same, h);
        }
      }
    }
    return out;
  }

  /** Sorted by start, longest first; a hit inside a longer one is nested. */
  private static List<TermHit> markNested(List<TermHit> hits) {
    List<TermHit> out = new ArrayList<>(hits.size());
    int maxEndBefore = -1;
    int groupMaxEnd = -1;
    int gs = -1;
    int ge = -1;
    for (TermHit h : hits) {
      if (h.start() != gs || h.end() != ge) {
        maxEndBefore = Math.max(maxEndBefore, groupMaxEnd);
        gs = h.start();
        ge = h.end();
        groupMaxEnd = h.end();
      }
      boolean nested = maxEndBefore >= h.end();
      out.add(nested ? new TermHit(h.start(), h.end(), h.text(), h.conceptId(), h.term(), true, h.equivalents(),
          h.confidence()) : h);
    }
    return out;
  }

  /** A trie node: children by primary key, children by stem (reached from unknown text words), and entries. */
  private static final class Node {
    Map<String, Node> primary;
    Map<String, Node[]> byStem;
    Entry[] entries;

    Node child(TermKeys.Unit u) {
      if (primary == null) primary = new HashMap<>(2);
      String[] k = u.keys();
      Node c = primary.get(k[0]);
      if (c == null) {
        c = new Node();
        primary.put(k[0], c);
      }
      for (int i = 1; i < k.length; i++) primary.putIfAbsent(k[i], c);
      if (u.stemKey() != null) {
        if (byStem == null) byStem = new HashMap<>(2);
        Node[] list = byStem.get(u.stemKey());
        if (list == null) byStem.put(u.stemKey(), new Node[] {c});
        else if (!Arrays.asList(list).contains(c)) {
          Node[] grown = Arrays.copyOf(list, list.length + 1);
          grown[list.length] = c;
          byStem.put(u.stemKey(), grown);
        }
      }
      return c;
    }

    void step(String[] keys, List<Node> out) {
      for (String k : keys) {
        if (k.charAt(0) == 'K') {
          Node[] list = byStem == null ? null : byStem.get(k);
          if (list != null) for (Node n : list) addOnce(out, n);
        } else {
          Node n = primary == null ? null : primary.get(k);
          if (n != null) addOnce(out, n);
        }
      }
    }

    private static void addOnce(List<Node> out, Node n) {
      for (Node o : out) if (o == n) return;
      out.add(n);
    }

    void add(Entry e) {
      if (entries != null) {
        for (int i = 0; i < entries.length; i++) {
          if (entries[i].concept().id().equals(e.concept().id()) && entries[i].term().text().equals(e.term().text())) {
            entries[i] = e;
            return;
          }
        }
      }
      entries = entries == null ? new Entry[] {e} : append(entries, e);
    }

    boolean remove(String conceptId) {
      if (entries == null) return false;
      Entry[] kept = Arrays.stream(entries).filter(e -> !e.concept().id().equals(conceptId)).toArray(Entry[]::new);
      boolean changed = kept.length != entries.length;
      entries = kept.length == 0 ? null : kept;
      return changed;
    }

    private static Entry[] append(Entry[] a, Entry e) {
      Entry[] b = Arrays.copyOf(a, a.length + 1);
      b[a.length] = e;
      return b;
    }
  }
}
