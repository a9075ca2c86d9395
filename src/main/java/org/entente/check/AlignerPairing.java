package org.entente.check;

import java.util.ArrayList;
import java.util.List;
import org.entente.align.Aligner;
import org.entente.align.Alignment;
import org.entente.align.Bead;
import org.entente.align.Document;
import org.entente.align.Item;
import org.entente.segment.Sentence;
import org.entente.text.Language;

/** Our aligner as the checker's sentence pairing: French on the aligner's left whichever side the draft is. */
public final class AlignerPairing implements SentencePairing {
  private final Aligner aligner;

  public AlignerPairing(Aligner aligner) {
    this.aligner = aligner;
  }

  @Override
  public List<Pair> pair(List<Sentence> source, List<Sentence> target, Language sourceLanguage) {
    boolean sourceIsFrench = sourceLanguage == Language.FR;
    List<Sentence> fr = sourceIsFrench ? source : target;
    List<Sentence> en = sourceIsFrench ? target : source;
    Alignment a = aligner.align(new Document("draft", items(fr), items(en)));
    List<Pair> out = new ArrayList<>();
    for (Bead b : a.beads()) {
      out.add(sourceIsFrench ? new Pair(b.fr(), b.en()) : new Pair(b.en(), b.fr()));
    }
    return out;
  }

  private static List<Item> items(List<Sentence> sentences) {
    List<Item> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) out.add(new Item(sentences.get(i).text(), i, sentences.get(i).paragraph()));
    return out;
  }
}
