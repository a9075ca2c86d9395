package org.entente.extract;

/**
 * How to extract: at most {@code max} candidates (best first), only pairs occurring together in at least
 * {@code minFrequency} units, and at most {@code capacity} distinct monolingual candidates held per language (the
 * memory bound; the rarest are dropped beyond it). {@code reference}, when not null, is general-language text (news,
 * for instance) whose frequencies lower the termhood of everyday words; the evaluation uses one, the service none.
 */
public record ExtractionOptions(int max, int minFrequency, int capacity, UnitSource reference) {
  public static final int DEFAULT_MAX = 100;
  public static final int DEFAULT_MIN_FREQUENCY = 2;
  public static final int DEFAULT_CAPACITY = 400_000;
  public static final ExtractionOptions DEFAULT = new ExtractionOptions(DEFAULT_MAX, DEFAULT_MIN_FREQUENCY, DEFAULT_CAPACITY, null);

  public ExtractionOptions {
    if (max < 1) throw new IllegalArgumentException("max must be at least 1");
    if (minFrequency < 1) throw new IllegalArgumentException("minFrequency must be at least 1");
    if (capacity < 1_000) throw new IllegalArgumentException("capacity must be at least 1000");
  }

  public ExtractionOptions withMax(int max) {
    return new ExtractionOptions(max, minFrequency, capacity, reference);
  }

  public ExtractionOptions withMinFrequency(int minFrequency) {
    return new ExtractionOptions(max, minFrequency, capacity, reference);
  }

  public ExtractionOptions withReference(UnitSource reference) {
    return new ExtractionOptions(max, minFrequency, capacity, reference);
  }
}
