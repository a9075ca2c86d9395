package org.entente.terminology;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.entente.text.Language;
import org.entente.text.TooLargeException;

/**
 * Recognises the terms of a set of concepts in French and English text: every occurrence with offsets, the
 * surface form, the concept, the term's status and the equivalents in the other language, preferred first;
 * {@code "L’Alliance a réuni le Groupe des plans nucléaires"} gives {@code Alliance} and
 * {@code Groupe des plans nucléaires}. One trie per language; thread-safe (many readers, one writer).
 *
 * <p>A single concept is added or removed in place under the write lock. A whole new set of concepts (a glossary
 * re-imported) is built aside with {@link #replaceAll} and swapped in in one step, so a concurrent recognition sees
 * either the old tries or the new ones, never a half-built one.
 */
public final class TermRecognizer {
  /** Longest text recognised in one call, in characters. */
  public static final int MAX_TEXT_CHARS = 2_000_000;

  private final Map<Language, TermKeys> keys = new EnumMap<>(Language.class);
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Object writes = new Object();
  private Map<Language, TermMatcher> matchers;

  public TermRecognizer() {
    for (Language l : Language.values()) keys.put(l, new TermKeys(l));
    matchers = build(List.of());
  }

  public static TermRecognizer of(Collection<Concept> concepts) {
    TermRecognizer r = new TermRecognizer();
    r.replaceAll(concepts);
    return r;
  }

  public void add(Concept concept) {
    inPlace(m -> m.add(concept));
  }

  /** Replaces one concept by its new version in one step ({@code old} may be null). */
  public void replace(Concept old, Concept concept) {
    inPlace(m -> {
      if (old != null) m.remove(old);
      m.add(concept);
    });
  }

  public void remove(Concept concept) {
    inPlace(m -> m.remove(concept));
  }

  private void inPlace(java.util.function.Consumer<TermMatcher> change) {
    synchronized (writes) {
      lock.writeLock().lock();
      try {
        matchers.values().forEach(change);
      } finally {
        lock.writeLock().unlock();
      }
    }
  }

  /**
   * Recognises exactly {@code concepts} from now on: builds new tries while recognition goes on with the old ones,
   * then swaps them in.
   */
  public void replaceAll(Collection<Concept> concepts) {
    synchronized (writes) {
      Map<Language, TermMatcher> built = build(concepts);
      lock.writeLock().lock();
      try {
        matchers = built;
      } finally {
        lock.writeLock().unlock();
      }
    }
  }

  private Map<Language, TermMatcher> build(Collection<Concept> concepts) {
    Map<Language, TermMatcher> out = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      TermMatcher m = new TermMatcher(keys.get(l));
      for (Concept c : concepts) m.add(c);
      out.put(l, m);
    }
    return out;
  }

  /** How many terms of a language are recognised. */
  public int terms(Language language) {
    lock.readLock().lock();
    try {
      return matchers.get(language).terms();
    } finally {
      lock.readLock().unlock();
    }
  }

  public List<TermHit> recognise(String text, Language language) {
    return recognise(text, language, SubjectFields.ALL);
  }

  /** The occurrences of the concepts {@code fields} admits; see {@link TermBase#recognise(String, Language, SubjectFields)}. */
  public List<TermHit> recognise(String text, Language language, SubjectFields fields) {
    if (text.length() > MAX_TEXT_CHARS) {
      throw new TooLargeException("a text of " + text.length() + " characters; the limit is " + MAX_TEXT_CHARS, "text",
          "send the document in parts");
    }
    lock.readLock().lock();
    try {
      return matchers.get(language).recognise(text, fields);
    } finally {
      lock.readLock().unlock();
    }
  }
}
