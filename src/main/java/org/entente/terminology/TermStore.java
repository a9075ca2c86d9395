package org.entente.terminology;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the termbase's concepts are kept, file by file: each concept records the file (its origin) it came from and
 * each file the content hash it was imported with, so that a changed file replaces what it brought before and an
 * unchanged one is skipped. {@code glossaries/nato.tbx} imported with hash {@code 3f2a…} holds its 180 concepts; the
 * embedded {@link LuceneTermBase} and the OpenSearch termbase of {@code serve --opensearch} are two stores.
 */
public interface TermStore extends TermBase, AutoCloseable {
  /** The file (or {@code api}) a concept came from. */
  Optional<String> origin(String id);

  /** The content hash recorded when {@code origin} was last imported, or empty. */
  Optional<String> originHash(String origin);

  /** The files imported so far. */
  Set<String> origins();

  /**
   * Replaces in one atomic step everything {@code origin} (a file) imported before, and any concept with the same
   * id, by {@code concepts}; records {@code hash} so that an unchanged file can be skipped next time.
   *
   * @return how many concepts were replaced (the file's earlier concepts and same-id ones)
   */
  int replaceOrigin(String origin, List<Concept> concepts, String hash);

  /**
   * As {@link #replaceOrigin}, unless {@code origin} is already recorded with {@code hash} (it was imported with
   * this content, maybe by another instance meanwhile): then nothing changes and the answer is empty.
   */
  default Optional<Integer> replaceOriginIfChanged(String origin, List<Concept> concepts, String hash) {
    if (originHash(origin).map(hash::equals).orElse(false)) return Optional.empty();
    return Optional.of(replaceOrigin(origin, concepts, hash));
  }

  /** Removes everything a file imported (when the file is gone); how many concepts went. */
  int removeOrigin(String origin);

  @Override
  void close();
}
