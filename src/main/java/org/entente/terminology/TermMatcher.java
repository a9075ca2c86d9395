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
 * marked.
 *
 * <p>One path per term: a trie edge is labelled by all the keys of one term unit, so two terms share a node only
 * when their units have the same keys. "air bases" (lemmas base | basis) and "air basis" (basis) end on different
 * nodes, and the text "air base" reaches the first only. Removing a term frees the nodes only it used. A
 * case-sensitive term ({@link Term#caseSensitive()}) matches only where at least one of the words it writes with a
 * capital is capitalised in the text: "Turkey" is found in "Turkey and Greece", not in "roast turkey".
 * Not thread-safe for writes; {@link TermRecognizer} guards it.
 */
final class TermMatcher {
  /** The confidence of a hit of a one-word term of the general dictionary outside the concept's subject field. */
  static final double EVERYDAY_CONFIDENCE = 0.5;
  private final TermKeys keys;
  private final NounUse nouns;
  private final Node root = new Node();
  private int maxDepth;
  private int terms;

  TermMatcher(TermKeys keys) {
    this.keys = keys;
    this.nouns = new NounUse(keys);
  }

  Language language() {
    return keys.language();
  }

  int terms() {
    return terms;
  }

  /** How many trie nodes there are, the root included (1 when empty). */
  int nodes() {
    int n = 0;
    java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node x = todo.pop();
      n++;
      if (x.children != null) x.children.values().forEach(todo::push);
    }
    return n;
  }

  /**
   * What a trie node knows: the concept and term that end there; {@code capitals} says, per unit, whether a
   * case-sensitive term writes that word with a capital (null for a term that is not case-sensitive);
   * {@code everyday}, whether the term is one noun of the general dictionary ("capacity", "coordination",
   * "deterrence"), which a text may use in its everyday sense rather than the concept's.
   */
  record Entry(Concept concept, Term term, String normalised, List<Term> equivalents, boolean[] capitals,
      boolean singleNoun, boolean headOfName, boolean everyday) {}

  void add(Concept concept) {
    List<Term> equivalents = concept.terms(keys.language().other());
    for (Term t : concept.terms()) {
      if (t.language() != keys.language()) continue;
      List<TermKeys.Unit> units = keys.term(t.text(), t.type() == TermType.ACRONYM);
      if (units.isEmpty()) continue;
      Node node = root;
      for (TermKeys.Unit u : units) node = node.child(u);
      boolean singleNoun = singleNoun(t, units);
      if (node.add(new Entry(concept, t, TextNormalizer.MATCHING.apply(t.text()), equivalents, capitals(t, units),
          singleNoun, headOfName(concept, t, units), singleNoun && units.get(0).keys()[0].startsWith("L:")))) {
        terms++;
      }
      maxDepth = Math.max(maxDepth, units.size());
    }
  }

  /**
   * Whether a term is one common noun (its part of speech noun, or none given: terms name things), which the text
   * must then use as a noun: FranceTerme's <i>open</i> (a tournament) is not found in "an open debate".
   */
  private static boolean singleNoun(Term t, List<TermKeys.Unit> units) {
    if (units.size() != 1 || t.caseSensitive() || t.type() == TermType.ACRONYM) return false;
    if (!t.partOfSpeech().isEmpty() && !t.partOfSpeech().equalsIgnoreCase("noun")) return false;
    String key = units.get(0).keys()[0];
    return key.startsWith("L:") || key.startsWith("U:");
  }

  /**
   * Whether a one-word proper noun is the head word of a longer name of its concept: "Alliance" of "North Atlantic
   * Alliance" (English names end with their head) and of "Alliance atlantique" (French ones start with it). Such a
   * word is a definite description of the organisation, so "l'alliance" and "the alliance" in lower case still name
   * it; "Turkey" heads no longer name of its concept, so "the turkey" stays a bird.
   */
  private boolean headOfName(Concept concept, Term t, List<TermKeys.Unit> units) {
    if (units.size() != 1 || !t.caseSensitive() || t.type() == TermType.ACRONYM) return false;
    String word = t.text().strip().toLowerCase(java.util.Locale.ROOT);
    for (Term other : concept.terms(keys.language())) {
      String[] words = other.text().strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
      if (words.length < 2) continue;
      String head = keys.language() == Language.FR ? words[0] : words[words.length - 1];
      if (head.equals(word)) return true;
    }
    return false;
  }

  private static final java.util.Set<String> DEFINITE = java.util.Set.of("l'", "la", "le", "the");
  /** Words after which "alliance" is a relation, not the organisation: "l'alliance entre", "an alliance with". */
  private static final java.util.Set<String> RELATION = java.util.Set.of("entre", "avec", "between", "with");

  /** "l'alliance", "the alliance": the head word in lower case, singular, after the definite article. */
  private static boolean definiteLowerCase(String text, List<TermKeys.Unit> units, int at, Entry e) {
    TermKeys.Unit u = units.get(at);
    if (at == 0 || !text.substring(u.start(), u.end()).equalsIgnoreCase(e.term().text().strip())) return false;
    TermKeys.Unit before = units.get(at - 1);
    String article = text.substring(before.start(), before.end()).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    if (!DEFINITE.contains(article)) return false;
    if (at + 1 < units.size()) {
      TermKeys.Unit after = units.get(at + 1);
      if (RELATION.contains(text.substring(after.start(), after.end()).toLowerCase(java.util.Locale.ROOT))) return false;
    }
    return true;
  }

  private static boolean[] capitals(Term t, List<TermKeys.Unit> units) {
    if (!t.caseSensitive()) return null;
    boolean[] caps = new boolean[units.size()];
    for (int i = 0; i < caps.length; i++) caps[i] = Character.isUpperCase(t.text().codePointAt(units.get(i).start()));
    return caps;
  }

  void remove(Concept concept) {
    for (Term t : concept.terms()) {
      if (t.language() != keys.language()) continue;
      List<TermKeys.Unit> units = keys.term(t.text(), t.type() == TermType.ACRONYM);
      if (units.isEmpty()) continue;
      Node[] path = new Node[units.size() + 1];
      path[0] = root;
      for (int i = 0; i < units.size() && path[i] != null; i++) path[i + 1] = path[i].existing(units.get(i));
      Node last = path[units.size()];
      if (last == null || !last.remove(concept.id(), t.text())) continue;
      terms--;
      // free the nodes that no other term uses, from the end of the path back
      for (int i = units.size(); i > 0 && path[i].unused(); i--) path[i - 1].unlink(units.get(i - 1), path[i]);
    }
  }

  /** Every occurrence, longest first at each start, nested ones marked. */
  List<TermHit> recognise(String text) {
    return recognise(text, SubjectFields.ALL);
  }

  /** Every occurrence of the concepts {@code fields} admits, longest first at each start, nested ones marked. */
  List<TermHit> recognise(String text, SubjectFields fields) {
    List<TermKeys.Unit> units = keys.text(text);
    NounUse.InText nounUse = nouns.in(text);
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
        for (Node n : next) if (n.entries != null) collect(text, units, i, j, start, end, n.entries, hits, nounUse, fields);
        List<Node> swap = active;
        active = next;
        next = swap;
      }
    }
    return markNested(dedupe(sorted(hits)));
  }

  private void collect(String text, List<TermKeys.Unit> units, int first, int last, int start, int end, Entry[] entries,
      List<TermHit> hits, NounUse.InText nounUse, SubjectFields fields) {
    String surface = text.substring(start, end);
    String normalised = null;
    int noun = -1;
    for (Entry e : entries) {
      if (!fields.admits(e.concept())) continue;
      boolean lowerCaseName = false;
      if (e.capitals() != null && !capitalised(text, units, first, e.capitals())) {
        if (!e.headOfName() || first != last || !definiteLowerCase(text, units, first, e)) continue;
        lowerCaseName = true;
      }
      if (e.singleNoun() && first == last) {
        if (noun < 0) noun = nounUse.noun(start, end) ? 1 : 0;
        if (noun == 0) continue;
      }
      if (normalised == null) normalised = TextNormalizer.MATCHING.apply(surface);
      double confidence = lowerCaseName ? 0.8 : normalised.equals(e.normalised()) ? 1.0 : 0.9;
      if (first == last && e.everyday() && !fields.named(e.concept())) confidence = EVERYDAY_CONFIDENCE;
      hits.add(new TermHit(start, end, surface, e.concept().id(), e.term(), false, e.equivalents(), confidence));
    }
  }

  /** Whether one of the words a case-sensitive term capitalises is capitalised in the text too. */
  private static boolean capitalised(String text, List<TermKeys.Unit> units, int first, boolean[] capitals) {
    boolean any = false;
    for (int k = 0; k < capitals.length; k++) {
      if (!capitals[k]) continue;
      any = true;
      if (Character.isUpperCase(text.codePointAt(units.get(first + k).start()))) return true;
    }
    return !any;
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
  static List<TermHit> markNested(List<TermHit> hits) {
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

  /**
   * A trie node: children by edge label (all the keys of one term unit), the same children indexed by each single
   * key a text unit may carry, and the entries of the terms that end here.
   */
  private static final class Node {
    Map<String, Node> children;
    Map<String, Node[]> byKey;
    Entry[] entries;

    Node child(TermKeys.Unit u) {
      String label = label(u);
      if (children == null) children = new HashMap<>(2);
      Node c = children.get(label);
      if (c == null) {
        c = new Node();
        children.put(label, c);
        if (byKey == null) byKey = new HashMap<>(2);
        for (String k : edgeKeys(u)) {
          Node[] list = byKey.get(k);
          byKey.put(k, list == null ? new Node[] {c} : append(list, c));
        }
      }
      return c;
    }

    Node existing(TermKeys.Unit u) {
      return children == null ? null : children.get(label(u));
    }

    void unlink(TermKeys.Unit u, Node c) {
      children.remove(label(u));
      for (String k : edgeKeys(u)) {
        Node[] list = byKey.get(k);
        if (list == null) continue;
        Node[] kept = Arrays.stream(list).filter(n -> n != c).toArray(Node[]::new);
        if (kept.length == 0) byKey.remove(k);
        else byKey.put(k, kept);
      }
    }

    boolean unused() {
      return entries == null && (children == null || children.isEmpty());
    }

    private static String label(TermKeys.Unit u) {
      String keys = String.join("\u0001", u.keys());
      return u.stemKey() == null ? keys : keys + "\u0002" + u.stemKey();
    }

    private static List<String> edgeKeys(TermKeys.Unit u) {
      List<String> out = new ArrayList<>(u.keys().length + 1);
      for (String k : u.keys()) if (!out.contains(k)) out.add(k);
      if (u.stemKey() != null && !out.contains(u.stemKey())) out.add(u.stemKey());
      return out;
    }

    void step(String[] keys, List<Node> out) {
      if (byKey == null) return;
      for (String k : keys) {
        Node[] list = byKey.get(k);
        if (list != null) for (Node n : list) addOnce(out, n);
      }
    }

    private static void addOnce(List<Node> out, Node n) {
      for (Node o : out) if (o == n) return;
      out.add(n);
    }

    /** Adds an entry; false when it replaced the same term of the same concept. */
    boolean add(Entry e) {
      if (entries != null) {
        for (int i = 0; i < entries.length; i++) {
          if (entries[i].concept().id().equals(e.concept().id()) && entries[i].term().text().equals(e.term().text())) {
            entries[i] = e;
            return false;
          }
        }
      }
      entries = entries == null ? new Entry[] {e} : append(entries, e);
      return true;
    }

    boolean remove(String conceptId, String termText) {
      if (entries == null) return false;
      Entry[] kept = Arrays.stream(entries)
          .filter(e -> !(e.concept().id().equals(conceptId) && e.term().text().equals(termText))).toArray(Entry[]::new);
      boolean changed = kept.length != entries.length;
      entries = kept.length == 0 ? null : kept;
      return changed;
    }

    private static <T> T[] append(T[] a, T e) {
      T[] b = Arrays.copyOf(a, a.length + 1);
      b[a.length] = e;
      return b;
    }
  }
}
