package org.entente;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.entente.align.AlignerSettings;
import org.entente.align.EntenteAligner;
import org.entente.check.AlignerPairing;
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
import org.entente.terminology.TermStore;
import org.entente.memory.LuceneTranslationMemory;

/**
 * The composition root's product: every long-lived component of one Entente process, built once over one
 * data folder and shared by the service and the CLI commands. Closing it closes them in reverse order.
 */
public final class Services implements AutoCloseable {
  private final DataFolder data;
  private final TermBase termBase;
  private final TranslationMemory lookupMemory;
  private final ModelAndRulesSegmenter segmenter;
  private final Checker checker;
  private final Suggester suggester;
  private final TermStore terms;
  private final TranslationMemory memory;

  private Services(DataFolder data, TermBase termBase, TranslationMemory memory, Segmenter segmenter,
      SentencePairing pairing) {
    this(data, termBase, memory, segmenter, pairing, null, null);
  }

  private Services(DataFolder data, TermBase termBase, TranslationMemory memory, Segmenter segmenter,
      SentencePairing pairing, TranslationMemory store, TermStore termStore) {
    this.data = data;
    this.segmenter = new ModelAndRulesSegmenter();
    this.terms = termStore != null ? termStore : LuceneTermBase.open(data);
    this.termBase = termBase != null ? termBase : terms;
    try {
      this.memory = store != null ? store : LuceneTranslationMemory.open(data);
    } catch (RuntimeException e) {
      terms.close();
      throw e;
    }
    this.lookupMemory = memory != null ? memory : this.memory;
    SentencePairing aligner = pairing != null ? pairing
        : new AlignerPairing(new EntenteAligner(AlignerSettings.DEFAULTS, this.termBase, null));
    this.checker = new Checker(this.termBase, segmenter == null ? this.segmenter : segmenter, aligner, Checks.all());
    this.suggester = new Suggester(lookupMemory, this.termBase, c -> !c.excludedFromChecks());
  }

  /**
   * Builds the services over given components (tests, benchmarks); the data folder is opened and locked as usual.
   * {@code segmenter} cuts drafts for the checks and {@code pairing} aligns them with their source (null: the real
   * segmenter and aligner).
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
      return new Services(data, null, null, null, null);
    } catch (RuntimeException e) {
      data.close();
      throw e;
    }
  }

  /**
   * Opens the data folder and builds the components with {@code store} as the translation memory (the OpenSearch
   * one of {@code serve --opensearch}) instead of the embedded one; closing the services closes it.
   */
  public static Services open(Path dataDir, String owner, TranslationMemory store) {
    DataFolder data = DataFolder.open(dataDir, owner);
    try {
      return new Services(data, null, null, null, null, store, null);
    } catch (RuntimeException e) {
      data.close();
      throw e;
    }
  }

  /**
   * Opens the data folder and builds the components with {@code store} as the translation memory and
   * {@code termStore} as the termbase (both on OpenSearch with {@code serve --opensearch}); closing the services
   * closes them.
   */
  public static Services open(Path dataDir, String owner, TranslationMemory store, TermStore termStore) {
    DataFolder data = DataFolder.open(dataDir, owner);
    try {
      return new Services(data, null, null, null, null, store, termStore);
    } catch (RuntimeException e) {
      data.close();
      throw e;
    }
  }

  public DataFolder data() {
    return data;
  }

  /** The termbase the checks and suggestions use (the Lucene termbase unless built {@link #over} another). */
  public TermBase termBase() {
    return termBase;
  }

  /** The memory suggestions and the compatibility endpoints read (the Lucene memory unless built {@link #over} another). */
  public TranslationMemory lookupMemory() {
    return lookupMemory;
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

  /** The termbase (concepts, terms, recognition): {@code data/indexes/terms}, or the one given at open. */
  public TermStore terms() {
    return terms;
  }

  /** The translation memory ({@code data/indexes/memory}, or the one given at open), all named memories. */
  public TranslationMemory memory() {
    return memory;
  }

  /** What is loaded, for {@code GET /health}: counts per component. */
  public Map<String, Object> loaded() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dataFolder", data.root().toString());
    m.put("segmenter", Map.of(
        Language.FR.code(), ModelAndRulesSegmenter.modelName(Language.FR),
        Language.EN.code(), ModelAndRulesSegmenter.modelName(Language.EN)));
    m.put("concepts", terms.size());
    m.put("memory", Map.of("units", memory.size(), "memories", memory.memories().size(),
        "tmxSyncProblems", memory.lastSync().stream().filter(r -> !r.error().isEmpty())
            .map(org.entente.memory.ImportReport::summary).toList()));
    return m;
  }

  @Override
  public void close() {
    terms.close();
    if (memory instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the translation memory failed: " + e.getMessage(), e);
      }
    }
    data.close();
  }
}
