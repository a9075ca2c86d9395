package org.entente.terminology;

import java.util.List;
import java.util.Optional;
import org.entente.text.Language;

/**
 * A termbase store that holds every concept in memory ({@link LoadedConcepts}) and answers recognition, concepts by
 * id and export from there, and searches through its own candidate search ({@link ConceptSearch}): the read side the
 * embedded and the OpenSearch stores share. {@code store.recognise("le Groupe des plans nucléaires", FR)} reads the
 * loaded recogniser whichever store it is.
 */
public abstract class HeldTermStore implements TermStore {
  /** The concepts held, and their recogniser. */
  protected final LoadedConcepts loaded = new LoadedConcepts();

  /** The ids of at most {@code n} concepts that may match {@code query}, best first. */
  protected abstract List<String> candidates(ConceptSearch.Query query, int n);

  @Override
  public final List<TermHit> recognise(String text, Language language) {
    return loaded.recognise(text, language);
  }

  @Override
  public final List<TermHit> recognise(String text, Language language, SubjectFields fields) {
    return loaded.recognise(text, language, fields);
  }

  @Override
  public final Optional<Concept> concept(String id) {
    return loaded.concept(id);
  }

  @Override
  public final int size() {
    return loaded.size();
  }

  @Override
  public final List<Concept> concepts() {
    return loaded.sorted();
  }

  @Override
  public final Optional<String> origin(String id) {
    return loaded.origin(id);
  }

  @Override
  public final List<ConceptMatch> search(String query, Language language, SearchMode mode, int max) {
    return ConceptSearch.run(query, language, mode, max, this::candidates, loaded::concept);
  }
}
