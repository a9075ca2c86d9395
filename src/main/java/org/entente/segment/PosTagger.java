package org.entente.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.entente.text.Language;

/**
 * Part-of-speech tags for tokenised words, from OpenNLP's Universal Dependencies models
 * ({@code opennlp-models-pos-fr/en} 1.3.0, trained on UD French GSD and English EWT), which tag with the UD
 * universal tags: {@code ["plan", "de", "défense"]} gives {@code [NOUN, ADP, NOUN]}. Each model is loaded once per
 * process; a tagger is not thread-safe, so make one per thread.
 */
public final class PosTagger {
  static final String FRENCH = "opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin";
  static final String ENGLISH = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private final POSTaggerME tagger;
  private final Language language;

  public PosTagger(Language language) {
    this.language = language;
    this.tagger = new POSTaggerME(language == Language.FR ? FrenchHolder.MODEL : EnglishHolder.MODEL);
  }

  public Language language() {
    return language;
  }

  /** The UD tag of each word, in order ({@code NOUN}, {@code ADJ}, {@code ADP}, {@code PROPN} ...). */
  public String[] tag(List<String> words) {
    return tagger.tag(words.toArray(String[]::new));
  }

  /** The model's file name, for reports. */
  public static String modelName(Language language) {
    return language == Language.FR ? FRENCH : ENGLISH;
  }

  private static POSModel load(String resource) {
    try (InputStream in = PosTagger.class.getResourceAsStream("/" + resource)) {
      if (in == null) throw new IllegalStateException("OpenNLP POS model " + resource + " is not on the class path");
      return new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP POS model " + resource, e);
    }
  }

  private static final class FrenchHolder {
    static final POSModel MODEL = load(FRENCH);
  }

  private static final class EnglishHolder {
    static final POSModel MODEL = load(ENGLISH);
  }
}
