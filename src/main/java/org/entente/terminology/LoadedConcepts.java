package org.entente.terminology;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.text.Language;

/**
 * The concepts of a termbase held in memory, by id with the file each came from, and the recogniser built on them:
 * what recognition, {@code concept(id)} and export read whichever store keeps the concepts. A change of many
 * concepts (a glossary re-imported, a termbase reloaded) builds a new recogniser aside and swaps it in, so a
 * concurrent recognition sees the old concepts or the new ones, and every concept a hit names can be looked up.
 * Changes are made by one thread at a time (the store's write lock); reads need no lock.
 */
public final class LoadedConcepts {
  private final Map<String, Concept> byId = new ConcurrentHashMap<>();
  private final Map<String, String> originById = new ConcurrentHashMap<>();
  private final TermRecognizer recognizer = new TermRecognizer();

  public Optional<Concept> concept(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Optional<String> origin(String id) {
    return Optional.ofNullable(originById.get(id));
  }

  public int size() {
    return byId.size();
  }

  /** Every concept, in id order. */
  public List<Concept> sorted() {
    return byId.values().stream().sorted(Comparator.comparing(Concept::id)).toList();
  }

  public List<TermHit> recognise(String text, Language language) {
    return recognizer.recognise(text, language);
  }

  /** The occurrences of the concepts {@code fields} admits ({@link TermBase#recognise(String, Language, SubjectFields)}). */
  public List<TermHit> recognise(String text, Language language, SubjectFields fields) {
    return recognizer.recognise(text, language, fields);
  }

  /** Adds or replaces one concept in place (the recogniser changed under its write lock). */
  public void put(Concept concept, String origin) {
    Concept old = byId.put(concept.id(), concept);
    recognizer.replace(old, concept);
    originById.put(concept.id(), origin);
  }

  /** Removes one concept; false when there was none. */
  public boolean remove(String id) {
    Concept old = byId.remove(id);
    originById.remove(id);
    if (old != null) recognizer.remove(old);
    return old != null;
  }

  /** The ids of the concepts {@code origin} brought. */
  public Set<String> idsOf(String origin) {
    Set<String> out = new HashSet<>();
    originById.forEach((id, o) -> {
      if (o.equals(origin)) out.add(id);
    });
    return out;
  }

  /** Replaces the {@code gone} concepts by {@code added}, which came from {@code origin}. */
  public void swap(Set<String> gone, List<Concept> added, String origin) {
    Map<String, Concept> next = new LinkedHashMap<>(byId);
    Map<String, String> origins = new LinkedHashMap<>(originById);
    next.keySet().removeAll(gone);
    origins.keySet().removeAll(gone);
    for (Concept c : added) {
      next.put(c.id(), c);
      origins.put(c.id(), origin);
    }
    replaceAll(next, origins);
  }

  /**
   * Holds exactly {@code concepts} (by id), from the files {@code origins} gives, from now on: the new concepts are
   * visible by id first, then the recogniser rebuilt with them is swapped in, then the gone ones are dropped.
   */
  public void replaceAll(Map<String, Concept> concepts, Map<String, String> origins) {
    byId.putAll(concepts);
    originById.putAll(origins);
    recognizer.replaceAll(concepts.values());
    byId.keySet().retainAll(concepts.keySet());
    originById.keySet().retainAll(origins.keySet());
  }
}
