package org.entente.remote;

import java.util.ArrayList;
import java.util.List;
import org.entente.align.Aligner;
import org.entente.align.Alignment;
import org.entente.align.Bead;
import org.entente.align.Document;
import org.entente.align.Item;
import org.entente.segment.Segmenter;
import org.entente.segment.Sentence;
import org.entente.text.Language;

/**
 * The harvester's aligner on Entente's own parts: segments both articles into sentences (paragraphs kept, so the
 * aligner can anchor on them) and aligns them; beads with text on both sides become pairs, with their confidence.
 */
public final class SegmentingTextAligner implements TextAligner {
  private final Segmenter segmenter;
  private final Aligner aligner;

  public SegmentingTextAligner(Segmenter segmenter, Aligner aligner) {
    this.segmenter = segmenter;
    this.aligner = aligner;
  }

  @Override
  public List<AlignedPair> align(String french, String english) {
    Document doc = new Document("", items(french, Language.FR), items(english, Language.EN));
    Alignment alignment = aligner.align(doc);
    List<AlignedPair> pairs = new ArrayList<>();
    for (Bead b : alignment.beads()) {
      if (b.twoSided()) pairs.add(new AlignedPair(alignment.frText(b), alignment.enText(b), b.score()));
    }
    return pairs;
  }

  private List<Item> items(String text, Language language) {
    List<Sentence> sentences = segmenter.segment(text, language);
    List<Item> items = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      items.add(new Item(sentences.get(i).text(), i, sentences.get(i).paragraph()));
    }
    return items;
  }
}
