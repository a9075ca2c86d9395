package org.entente.memory;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.entente.text.Language;

/** The translation memory: French–English units, looked up by exact and fuzzy match. */
public interface TranslationMemory {
  /** Matches scoring at least {@code query.min()}, best first, at most {@code query.max()}. */
  List<TmMatch> lookup(LookupQuery query);

  /** How many units the memory holds, all named memories together. */
  long size();

  /**
   * Units whose {@code language} side (either side when null) contains the words, best first, with the hits'
   * offsets.
   */
  default List<ConcordanceHit> concordance(String text, Language language, int max) {
    throw new UnsupportedOperationException("concordance");
  }

  /** Concordance restricted to some named memories (all when empty). */
  default List<ConcordanceHit> concordance(String text, Language language, int max, List<String> memories) {
    if (memories.isEmpty()) return concordance(text, language, max);
    throw new UnsupportedOperationException("concordance in named memories");
  }

  /** Adds a unit durably (an id is given when it has none) and returns it as stored. */
  default TranslationUnit add(TranslationUnit unit) {
    throw new UnsupportedOperationException("add");
  }

  default Optional<TranslationUnit> get(String id) {
    return Optional.empty();
  }

  /** Replaces the unit with the same id durably; the stored unit, or empty when there is none. */
  default Optional<TranslationUnit> update(TranslationUnit unit) {
    throw new UnsupportedOperationException("update");
  }

  /**
   * Adds the unit, or replaces the one with its id, durably and as a program does (the harvester storing a pair
   * again): unlike {@link #update} it is not a person's edit. Returns the unit as stored.
   */
  default TranslationUnit store(TranslationUnit unit) {
    return get(unit.id()).isPresent() ? update(unit).orElseThrow() : add(unit);
  }

  /** Deletes a unit durably; false when there was none. */
  default boolean delete(String id) {
    throw new UnsupportedOperationException("delete");
  }

  /** Imports one TMX stream atomically (all of it or nothing) into the named memory. */
  default ImportReport importTmx(InputStream in, String file, ImportOptions options) {
    throw new UnsupportedOperationException("importTmx");
  }

  /** The same import, calling {@code unitRead} after each {@code <tu>} read (imported, merged or skipped). */
  default ImportReport importTmx(InputStream in, String file, ImportOptions options, Runnable unitRead) {
    return importTmx(in, file, options);
  }

  /** Writes a memory (all when {@code memory} is null) as TMX 1.4b; returns the number of units written. */
  default long exportTmx(OutputStream out, String memory) {
    throw new UnsupportedOperationException("exportTmx");
  }

  /**
   * Hands every unit of a memory (all when {@code memory} is null) to {@code action}, one at a time in index order,
   * without holding them all; returns how many. Term extraction reads a million-unit memory this way.
   */
  default long forEachUnit(String memory, java.util.function.Consumer<TranslationUnit> action) {
    throw new UnsupportedOperationException("forEachUnit");
  }

  /** Synchronises a folder of TMX files into a memory: changed files replace what they imported before. */
  default List<ImportReport> synchronize(Path folder, String memory) {
    throw new UnsupportedOperationException("synchronize");
  }

  /** Sets a named memory's priority and penalty durably; the memory's settings as stored. */
  default MemoryInfo configure(String name, int priority, int penalty) {
    throw new UnsupportedOperationException("configure");
  }

  /** Counts one use of a unit (a translator took the match); nothing when there is no such unit. */
  default void recordUse(String id) {
    throw new UnsupportedOperationException("recordUse");
  }

  /** The reports of the last folder synchronisation (empty before the first, or when the memory has none). */
  default List<ImportReport> lastSync() {
    return List.of();
  }

  /** Rebuilds every unit's index entries from the stored unit, telling {@code progress}; returns how many. */
  default long reindex(org.entente.text.Progress progress) {
    throw new UnsupportedOperationException("reindex");
  }

  /**
   * Where import jobs' statuses are shared with the other instances of the same memory (the OpenSearch memory's), or
   * empty when each instance keeps its own (the embedded memory has one instance).
   */
  default Optional<ImportStatuses> sharedImportStatuses() {
    return Optional.empty();
  }

  /** The named memories with their settings and sizes. */
  default List<MemoryInfo> memories() {
    return List.of();
  }
}
