package org.entente.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceModel;
import org.entente.text.Language;

/**
 * OpenNLP's sentence models for French and English ({@code opennlp-models-sentdetect-fr/en} 1.3.0, trained on
 * Universal Dependencies GSD and EWT), each loaded once per process on first use and shared: a
 * {@link SentenceModel} is immutable and thread-safe; only the detectors built on it are not.
 */
final class SentenceModels {
  // both model jars carry a model.properties at their root, so the model file names are spelled out here
  static final String FRENCH = "opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";
  static final String ENGLISH = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private SentenceModels() {}

  static SentenceModel of(Language language) {
    return language == Language.FR ? FrenchHolder.MODEL : EnglishHolder.MODEL;
  }

  /** The model's file name, for {@code /health} and the eval report. */
  static String name(Language language) {
    return language == Language.FR ? FRENCH : ENGLISH;
  }

  private static SentenceModel load(String resource) {
    try (InputStream in = SentenceModels.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP sentence model " + resource + " is not on the class path");
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP sentence model " + resource, e);
    }
  }

  // lazy, thread-safe holders: each model is read once, when first needed
  private static final class FrenchHolder {
    static final SentenceModel MODEL = load(FRENCH);
  }

  private static final class EnglishHolder {
    static final SentenceModel MODEL = load(ENGLISH);
  }
}
