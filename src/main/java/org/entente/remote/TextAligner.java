package org.entente.remote;

import java.util.List;

/**
 * Aligns a French text with its English counterpart into sentence pairs, each with a confidence in [0, 1]; a pair
 * may join several sentences on one side (a 2-1 bead). Paragraphs are separated by blank lines. The harvester's
 * boundary to the aligner.
 */
public interface TextAligner {
  List<AlignedPair> align(String french, String english);

  /** One bead with text on both sides: {@code ("Le Conseil s'est réuni.", "The Council met.", 0.93)}. */
  record AlignedPair(String french, String english, double score) {
    public AlignedPair {
      if (french == null || english == null) throw new IllegalArgumentException("both sides are needed");
      if (score < 0 || score > 1) throw new IllegalArgumentException("score outside [0, 1]: " + score);
    }
  }
}
