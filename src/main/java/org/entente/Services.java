package org.entente;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.entente.check.Checker;
import org.entente.check.Checks;
import org.entente.check.SentencePairing;
import org.entente.index.DataFolder;
import org.entente.memory.LookupQuery;
import org.entente.memory.TmMatch;
import org.entente.memory.TranslationMemory;
import org.entente.segment.Segmenter;
import org.entente.suggest.Suggester;
import org.entente.terminology.Concept;
import org.entente.terminology.TermBase;
import org.entente.terminology.TermHit;
import org.entente.segment.ModelAndRulesSegmenter;
import org.entente.text.Language;
import org.entente.terminology.LuceneTermBase;

/**
 * The composition root's product: every long-lived component of one Entente process, built once over one
 * data folder and shared by the service and the CLI commands. Closing it closes them in reverse order.
 */
public final class Services implements AutoCloseable {
  private final DataFolder data;
  private final TermBase termBase;
  private final TranslationMemory memory;
  private final ModelAndRulesSegmenter segmenter;
  private final Checker checker;
  private final Suggester suggester;
  private final LuceneTermBase terms;

  private Services(DataFolder data, TermBase termBase, TranslationMemory memory, Segmenter segmenter,
      SentencePairing pairing) {
    this.data = data;
    this.terms = LuceneTermBase.open(data);
    ModelAndRulesSegmenter.preload();
    this.segmenter = new ModelAndRulesSegmenter();
    this.termBase = termBase == null ? terms : termBase;
    this.memory = memory;
    this.checker = new Checker(termBase, segmenter == null ? this.segmenter : segmenter, pairing, Checks.all());
    this.suggester = new Suggester(memory, termBase, c -> true);
  }

  /**
   * Builds the services over given components (tests, benchmarks); the data folder is opened and locked as usual.
   * {@code segmenter} cuts drafts for the checks (null: the real segmenter).
   */
  public static Services over(Path dataDir, String owner, TermBase termBase, TranslationMemory memory,
      Segmenter segmenter, SentencePairing pairing) {
    DataFolder data = DataFolder.open(dataDir, owner);
    try {
      return new Services(data, termBase, memory, segmenter, pairing);
    } catch (RuntimeException e) {
      data.close();
      throw e;
    }
  }

  /**
   * Opens the data folder for writing and builds the components on it.
   *
   * @param owner who holds the folder, shown to a second process that tries to open it
   */
  public static Services open(Path dataDir, String owner) {
    DataFolder data = DataFolder.open(dataDir, owner);
    try {
      return new Services(data, null, EMPTY_MEMORY, null, BY_POSITION);
    } catch (RuntimeException e) {
      data.close();
      throw e;
    }
  }

  public DataFolder data() {
    return data;
  }

  public TermBase termBase() {
    return termBase;
  }

  public TranslationMemory memory() {
    return memory;
  }

  /** The sentence segmenter (French and English, models loaded once per process). */
  public ModelAndRulesSegmenter segmenter() {
    return segmenter;
  }

  /** The draft checker over the termbase, the segmenter and the aligner. */
  public Checker checker() {
    return checker;
  }

  /** Suggestions from the memory and the termbase. */
  public Suggester suggester() {
    return suggester;
  }

  private static final TranslationMemory EMPTY_MEMORY = new TranslationMemory() {
    @Override public List<TmMatch> lookup(LookupQuery query) { return List.of(); }
    @Override public long size() { return 0; }
  };

  private static final SentencePairing BY_POSITION = (source, target) -> {
    List<SentencePairing.Pair> out = new java.util.ArrayList<>();
    for (int i = 0; i < Math.max(source.size(), target.size()); i++) {
      out.add(new SentencePairing.Pair(i < source.size() ? List.of(i) : List.of(), i < target.size() ? List.of(i) : List.of()));
    }
    return out;
  };

  /** The termbase (concepts, terms, recognition). */
  public LuceneTermBase terms() {
    return terms;
  }

  /** What is loaded, for {@code GET /health}: counts per component. */
  public Map<String, Object> loaded() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dataFolder", data.root().toString());
    m.put("segmenter", Map.of(
        Language.FR.code(), ModelAndRulesSegmenter.modelName(Language.FR),
        Language.EN.code(), ModelAndRulesSegmenter.modelName(Language.EN)));
    m.put("concepts", terms.size());
    return m;
  }

  @Override
  public void close() {
    terms.close();
    data.close();
  }
}
