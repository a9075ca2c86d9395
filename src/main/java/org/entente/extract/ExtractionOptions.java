package org.entente.extract;

/**
 * How to extract: at most {@code max} candidates (best first), only pairs occurring together in at least
 * {@code minFrequency} units, and at most {@code capacity} distinct monolingual candidates held per language (the
 * memory bound; the rarest are dropped beyond it). {@code reference}, when not null, is general-language text (news,
 * for instance) whose frequencies lower the termhood of everyday words; the evaluation uses one, the service none.
 * Speed: the work runs on {@code threads} threads; the first {@code taggedUnits} units are tagged to find candidates
 * ("plan de défense" is a noun, a preposition and a noun), later units only count the candidates found so far, by
 * their lemma keys, without tagging; a text met again among the tagged units is tagged once, from a cache of
 * {@code textCache} texts per language (0: no cache).
 */
public record ExtractionOptions(int max, int minFrequency, int capacity, UnitSource reference, int threads,
    int taggedUnits, int textCache) {
  public static final int DEFAULT_MAX = 100;
  public static final int DEFAULT_MIN_FREQUENCY = 2;
  public static final int DEFAULT_CAPACITY = 400_000;
  public static final int DEFAULT_TAGGED_UNITS = 50_000;
  public static final int DEFAULT_TEXT_CACHE = 20_000;
  public static final ExtractionOptions DEFAULT = new ExtractionOptions(DEFAULT_MAX, DEFAULT_MIN_FREQUENCY, DEFAULT_CAPACITY, null);

  public ExtractionOptions {
    if (max < 1) throw new IllegalArgumentException("max must be at least 1");
    if (minFrequency < 1) throw new IllegalArgumentException("minFrequency must be at least 1");
    if (capacity < 1_000) throw new IllegalArgumentException("capacity must be at least 1000");
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    if (taggedUnits < 1) throw new IllegalArgumentException("taggedUnits must be at least 1");
    if (textCache < 0) throw new IllegalArgumentException("textCache must be at least 0");
  }

  /** The defaults for speed: every core, the first {@value #DEFAULT_TAGGED_UNITS} units tagged, a text cache. */
  public ExtractionOptions(int max, int minFrequency, int capacity, UnitSource reference) {
    this(max, minFrequency, capacity, reference, Runtime.getRuntime().availableProcessors(), DEFAULT_TAGGED_UNITS,
        DEFAULT_TEXT_CACHE);
  }

  public ExtractionOptions withMax(int max) {
    return new ExtractionOptions(max, minFrequency, capacity, reference, threads, taggedUnits, textCache);
  }

  public ExtractionOptions withMinFrequency(int minFrequency) {
    return new ExtractionOptions(max, minFrequency, capacity, reference, threads, taggedUnits, textCache);
  }

  public ExtractionOptions withReference(UnitSource reference) {
    return new ExtractionOptions(max, minFrequency, capacity, reference, threads, taggedUnits, textCache);
  }

  /** The speed settings: threads, units tagged, texts cached. */
  public ExtractionOptions withSpeed(int threads, int taggedUnits, int textCache) {
    return new ExtractionOptions(max, minFrequency, capacity, reference, threads, taggedUnits, textCache);
  }

  /** One thread, every unit tagged, no cache: extraction as it was first written, the benchmark's baseline. */
  public ExtractionOptions sequential() {
    return withSpeed(1, Integer.MAX_VALUE, 0);
  }
}
