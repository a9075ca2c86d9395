package org.entente.check;

import java.util.List;
import org.entente.align.Bead;
import org.entente.segment.Sentence;
import org.entente.text.Language;

/**
 * Pairs the sentences of a source with those of its draft into beads, French on the bead's {@code fr} side
 * whichever is the source: a French source's sentences 0 and 1 merged into the draft's sentence 0 is
 * {@code fr=[0, 1], en=[0]}. {@link AlignerPairing} gives it our aligner.
 */
@FunctionalInterface
public interface SentencePairing {
  List<Bead> pair(List<Sentence> source, List<Sentence> target, Language sourceLanguage);
}
