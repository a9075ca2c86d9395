package org.entente.segment;

import java.util.List;

/**
 * What the dictionary says about one word form, for matching only (never shown to users): its lemmas, lower-cased
 * and accented ({@code "plans"} → {@code [plan]}, {@code "crises"} → {@code [crise, crisis]}), empty when the form is
 * not in the dictionary, and its unaccented light stem ({@code "États"} → {@code etat}) used when one side of a
 * comparison is unknown. {@code classes} says which parts of speech the dictionary reads the form as ({@link #NOUN},
 * {@link #ADJECTIVE} ...): {@code "led"} only as a verb or participle, {@code "joint"} as a noun, an adjective and a
 * verb, {@code "dans"} as a preposition and a noun (the plural of <i>dan</i>).
 */
public record Lemma(List<String> lemmas, String stem, int classes) {
  /** A noun reading (proper nouns too). */
  public static final int NOUN = 1;
  /** An adjective reading. */
  public static final int ADJECTIVE = 2;
  /** A participle reading: "lifting", "held", "attaqué". */
  public static final int PARTICIPLE = 4;
  /** Another verb form: "tiendra", "makes". */
  public static final int VERB = 8;
  /** A preposition, conjunction, determiner or pronoun: "dans", "contre", "on", "their". */
  public static final int FUNCTION = 16;
  /** Any other reading (adverbs, interjections ...). */
  public static final int OTHER = 32;

  public Lemma {
    lemmas = List.copyOf(lemmas);
    if (stem == null) throw new IllegalArgumentException("stem is null");
  }

  public Lemma(List<String> lemmas, String stem) {
    this(lemmas, stem, 0);
  }

  /** Whether the dictionary knows the form. */
  public boolean known() {
    return !lemmas.isEmpty();
  }

  /** Whether some reading is a noun. */
  public boolean noun() {
    return (classes & NOUN) != 0;
  }

  /** Whether some reading is not a noun. */
  public boolean other() {
    return (classes & ~NOUN) != 0;
  }

  /** Whether some reading is of one of these classes ({@code Lemma.ADJECTIVE | Lemma.PARTICIPLE}). */
  public boolean readsAs(int anyOf) {
    return (classes & anyOf) != 0;
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
