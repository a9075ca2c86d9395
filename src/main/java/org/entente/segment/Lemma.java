package org.entente.segment;

import java.util.List;

/**
 * What the dictionary says about one word form, for matching only (never shown to users): its lemmas, lower-cased
 * and accented ({@code "plans"} → {@code [plan]}, {@code "crises"} → {@code [crise, crisis]}), empty when the form is
 * not in the dictionary, and its unaccented light stem ({@code "États"} → {@code etat}) used when one side of a
 * comparison is unknown. {@code noun} and {@code other} say whether the dictionary reads the form as a noun, as
 * something else, or both: {@code "led"} only as a verb, {@code "joint"} as both.
 */
public record Lemma(List<String> lemmas, String stem, boolean noun, boolean other) {
  public Lemma {
    lemmas = List.copyOf(lemmas);
    if (stem == null) throw new IllegalArgumentException("stem is null");
  }

  public Lemma(List<String> lemmas, String stem) {
    this(lemmas, stem, false, false);
  }

  /** Whether the dictionary knows the form. */
  public boolean known() {
    return !lemmas.isEmpty();
  }

  /**
   * Whether two forms are the same word: equal accented lemmas when both are known, else equal unaccented stems.
   * {@code force}/{@code forcé} differ; {@code Etats}/{@code États} are equal.
   */
  public boolean sameWordAs(Lemma other) {
    if (known() && other.known()) {
      for (String l : lemmas) if (other.lemmas.contains(l)) return true;
      return false;
    }
    return stem.equals(other.stem);
  }
}
