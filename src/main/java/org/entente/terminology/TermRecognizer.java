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
 */
public final class TermRecognizer {
  /** Longest text recognised in one call, in characters. */
  public static final int MAX_TEXT_CHARS = 2_000_000;

  private final Map<Language, TermMatcher> matchers = new EnumMap<>(Language.class);
  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  public TermRecognizer() {
    for (Language l : Language.values()) matchers.put(l, new TermMatcher(l));
  }

  public static TermRecognizer of(Collection<Concept> concepts) {
    TermRecognizer r = new TermRecognizer();
    concepts.forEach(r::add);
    return r;
  }

  public void add(Concept concept) {
    lock.writeLock().lock();
    try {
      for (TermMatcher m : matchers.values()) m.add(concept);
    } finally {
      lock.writeLock().unlock();
    }
  }

  public void remove(Concept concept) {
    lock.writeLock().lock();
    try {
      for (TermMatcher m : matchers.values()) m.remove(concept);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** How many terms of a language are recognised. */
  public int terms(Language language) {
    return matchers.get(language).terms();
  }

  public List<TermHit> recognise(String text, Language language) {
    if (text.length() > MAX_TEXT_CHARS) {
      throw new TooLargeException("a text of " + text.length() + " characters; the limit is " + MAX_TEXT_CHARS, "text",
          "send the document in parts");
    }
    lock.readLock().lock();
    try {
      return matchers.get(language).recognise(text);
    } finally {
      lock.readLock().unlock();
    }
  }
}
