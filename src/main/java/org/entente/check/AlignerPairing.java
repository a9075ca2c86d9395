package org.entente.check;

import java.util.ArrayList;
import java.util.List;
import org.entente.align.Aligner;
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
  public List<Bead> pair(List<Sentence> source, List<Sentence> target, Language sourceLanguage) {
    boolean sourceIsFrench = sourceLanguage == Language.FR;
    List<Sentence> fr = sourceIsFrench ? source : target;
    List<Sentence> en = sourceIsFrench ? target : source;
    return aligner.align(new Document("draft", items(fr), items(en))).beads();
  }

  private static List<Item> items(List<Sentence> sentences) {
    List<Item> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) out.add(new Item(sentences.get(i).text(), i, sentences.get(i).paragraph()));
    return out;
  }
}
