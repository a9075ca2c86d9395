package org.entente.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.entente.text.Language;
import org.entente.text.Span;

/**
 * Entente's sentence segmenter: paragraphs first ({@link ParagraphSplitter}, per the {@link WrapMode}), then, in
 * each paragraph, every full stop, question or exclamation mark or ellipsis followed by a space is a candidate
 * boundary that rules decide when they can ({@link BoundaryRules}: abbreviations, numbers, closing quotes, lower
 * case after) and OpenNLP's sentence model decides otherwise. {@code "« C’est grave. » M. Stoltenberg l’a dit le
 * 15 Feb. 2023."} gives two sentences: {@code « C’est grave. »} and the rest.
 *
 * <p>Thread-safe; the models are shared per process. Linear in the length of the text: the model only ever sees a
 * bounded window around each candidate.
 */
public final class ModelAndRulesSegmenter implements Segmenter {
  private static final int WINDOW = 256;

  private final WrapMode wrap;

  public ModelAndRulesSegmenter() {
    this(WrapMode.AUTO);
  }

  public ModelAndRulesSegmenter(WrapMode wrap) {
    this.wrap = Objects.requireNonNull(wrap, "wrap");
  }

  public WrapMode wrap() {
    return wrap;
  }

  /** The same segmenter reading line breaks as {@code wrap} says. */
  public ModelAndRulesSegmenter withWrap(WrapMode wrap) {
    return wrap == this.wrap ? this : new ModelAndRulesSegmenter(wrap);
  }

  /** Loads the models of both languages now rather than on first use. */
  public static void preload() {
    for (Language l : Language.values()) {
      SentenceModels.of(l);
      Abbreviations.of(l);
    }
  }

  /** The OpenNLP model file a language uses, for reports. */
  public static String modelName(Language language) {
    return SentenceModels.name(language);
  }

  @Override
  public List<Sentence> segment(String text, Language language) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Decider decider = new Decider(text, language);
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    for (Span p : ParagraphSplitter.split(text, wrap)) {
      int sentenceStart = p.start();
      BoundaryRules.QuoteDepth quotes = BoundaryRules.QuoteDepth.NONE;
      int counted = p.start();
      List<Integer> unpunctuated = UnpunctuatedBoundaries.find(text, p, language);
      int nextUnpunctuated = 0;
      for (int i = p.start(); i < p.end(); i++) {
        while (nextUnpunctuated < unpunctuated.size() && unpunctuated.get(nextUnpunctuated) <= i) {
          int start = unpunctuated.get(nextUnpunctuated++);
          if (start == i && start > sentenceStart) {
            Sentences.addTrimmed(out, text, sentenceStart, start, paragraph);
            sentenceStart = start;
          }
        }
        if (text.charAt(i) == ';') {
          int next = i + 1;
          while (next < p.end() && Sentences.isSpace(text.charAt(next))) next++;
          if (next > i + 1 && next < p.end() && BoundaryRules.semicolonEnds(text, next, p.end())) {
            Sentences.addTrimmed(out, text, sentenceStart, i + 1, paragraph);
            sentenceStart = next;
          }
          continue;
        }
        if (!BoundaryRules.isTerminal(text.charAt(i))) continue;
        for (; counted < i; counted++) quotes = quotes.after(text.charAt(counted), counted);
        int runEnd = i;
        while (runEnd < p.end() && BoundaryRules.isTerminal(text.charAt(runEnd))) runEnd++;
        int end = BoundaryRules.absorbClosers(text, runEnd, p.end(), quotes);
        int next = end;
        while (next < p.end() && Sentences.isSpace(text.charAt(next))) next++;
        if (next > end && next < p.end() && decider.splits(p, sentenceStart, i, runEnd, next)) {
          Sentences.addTrimmed(out, text, sentenceStart, end, paragraph);
          sentenceStart = next;
        }
        i = Math.max(i, end - 1);
      }
      Sentences.addTrimmed(out, text, sentenceStart, p.end(), paragraph);
      paragraph++;
    }
    return out;
  }

  @Override
  public String toString() {
    return "Entente (OpenNLP + rules, wrap " + wrap + ")";
  }

  /** Rules first, the model for what they leave open. One per call: the context generator is not thread-safe. */
  private static final class Decider {
    private final String text;
    private final BoundaryRules rules;
    private final MaxentModel model;
    private final SDContextGenerator context;

    Decider(String text, Language language) {
      SentenceModel m = SentenceModels.of(language);
      this.text = text;
      this.rules = new BoundaryRules(Abbreviations.of(language));
      this.model = m.getMaxentModel();
      this.context = m.getFactory().getSDContextGenerator();
    }

    boolean splits(Span paragraph, int sentenceStart, int runStart, int runEnd, int next) {
      return switch (rules.decide(text, sentenceStart, runStart, runEnd, next)) {
        case SPLIT -> true;
        case NO_SPLIT -> false;
        case ASK_MODEL -> modelSplits(paragraph, runEnd - 1);
      };
    }

    private boolean modelSplits(Span paragraph, int eos) {
      int from = Math.max(paragraph.start(), eos - WINDOW);
      int to = Math.min(paragraph.end(), eos + WINDOW);
      double[] probs = model.eval(context.getContext(text.subSequence(from, to), eos - from));
      return SentenceDetectorME.SPLIT.equals(model.getBestOutcome(probs));
    }
  }
}
