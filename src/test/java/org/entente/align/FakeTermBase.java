package org.entente.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.terminology.Concept;
import org.entente.terminology.Term;
import org.entente.terminology.TermBase;
import org.entente.terminology.TermHit;
import org.entente.terminology.TermStatus;
import org.entente.text.Language;

/** A termbase that recognises its terms by case-insensitive substring search. */
final class FakeTermBase implements TermBase {
  private final List<Concept> concepts = new ArrayList<>();

  FakeTermBase add(String id, String fr, String en) {
    concepts.add(new Concept(id, "", Map.of(), Map.of(), "", null, null, "",
        List.of(Term.of(fr, Language.FR, TermStatus.PREFERRED), Term.of(en, Language.EN, TermStatus.PREFERRED))));
    return this;
  }

  @Override
  public List<TermHit> recognise(String text, Language language) {
    List<TermHit> hits = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (Concept c : concepts) {
      for (Term t : c.terms(language)) {
        int k = lower.indexOf(t.text().toLowerCase(Locale.ROOT));
        if (k >= 0) {
          hits.add(new TermHit(k, k + t.text().length(), text.substring(k, k + t.text().length()), c.id(), t, false,
              c.terms(language.other()), 1.0));
        }
      }
    }
    return hits;
  }

  @Override
  public Optional<Concept> concept(String id) {
    return concepts.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  @Override
  public int size() {
    return concepts.size();
  }
}
