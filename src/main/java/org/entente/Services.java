package org.entente;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.index.DataFolder;
import org.entente.memory.LuceneTranslationMemory;
import org.entente.segment.ModelAndRulesSegmenter;
import org.entente.terminology.LuceneTermBase;
import org.entente.text.Language;

/**
 * The composition root's product: every long-lived component of one Entente process, built once over one
 * data folder and shared by the service and the CLI commands. Closing it closes them in reverse order.
 */
public final class Services implements AutoCloseable {
  private final DataFolder data;
  private final ModelAndRulesSegmenter segmenter;
  private final LuceneTermBase terms;
  private final LuceneTranslationMemory memory;

  private Services(DataFolder data) {
    this.data = data;
    ModelAndRulesSegmenter.preload();
    this.segmenter = new ModelAndRulesSegmenter();
    this.terms = LuceneTermBase.open(data);
    try {
      this.memory = LuceneTranslationMemory.open(data);
    } catch (RuntimeException e) {
      terms.close();
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
      return new Services(data);
    } catch (RuntimeException e) {
      data.close();
      throw e;
    }
  }

  public DataFolder data() {
    return data;
  }

  /** The sentence segmenter (French and English, models loaded once per process). */
  public ModelAndRulesSegmenter segmenter() {
    return segmenter;
  }

  /** The termbase (concepts, terms, recognition). */
  public LuceneTermBase terms() {
    return terms;
  }

  /** The translation memory ({@code data/indexes/memory}), all named memories. */
  public LuceneTranslationMemory memory() {
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
    m.put("memory", Map.of("units", memory.size(), "memories", memory.memories().size()));
    return m;
  }

  @Override
  public void close() {
    terms.close();
    memory.close();
    data.close();
  }
}
