package org.entente.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.terminology.Concept;
import org.entente.terminology.Term;
import org.entente.terminology.TermBase;
import org.entente.terminology.TermHit;
import org.entente.terminology.TermRecognizer;
import org.entente.terminology.TermStatus;
import org.entente.terminology.TermType;
import org.entente.text.Language;

/**
 * A termbase over a handful of concepts held in memory (no Lucene index), recognised by the real
 * {@link TermRecognizer}: the same inflection, elision and case rules as the service. For checks and suggestions.
 */
public final class FakeTermBase implements TermBase {
  private final Map<String, Concept> concepts = new LinkedHashMap<>();
  private final TermRecognizer recognizer;

  public FakeTermBase(List<Concept> concepts) {
    concepts.forEach(c -> this.concepts.put(c.id(), c));
    this.recognizer = TermRecognizer.of(this.concepts.values());
  }

  /** The NATO concepts the checks' examples assume. */
  public static FakeTermBase nato() {
    return new FakeTermBase(List.of(
        concept("c-kyiv", fr("Kyiv", TermStatus.PREFERRED), fr("Kiev", TermStatus.DEPRECATED),
            en("Kyiv", TermStatus.PREFERRED), en("Kiev", TermStatus.DEPRECATED)),
        concept("c-npg", fr("Groupe des plans nucléaires", TermStatus.PREFERRED), en("Nuclear Planning Group", TermStatus.PREFERRED),
            new Term("NPG", Language.EN, TermStatus.PREFERRED, TermType.ACRONYM, "", "", "", "")),
        concept("c-ddp", fr("posture de dissuasion et de défense", TermStatus.PREFERRED),
            en("deterrence and defence posture", TermStatus.PREFERRED), en("defence and deterrence posture", TermStatus.ADMITTED)),
        concept("c-udcg", fr("Groupe de contact de défense avec l’Ukraine", TermStatus.PREFERRED),
            en("Ukraine Defense Contact Group", TermStatus.PREFERRED)),
        concept("c-nato", fr("OTAN", TermStatus.PREFERRED), en("NATO", TermStatus.PREFERRED),
            en("North Atlantic Treaty Organization", TermStatus.PREFERRED)),
        concept("c-sg", fr("secrétaire général", TermStatus.PREFERRED), en("Secretary General", TermStatus.PREFERRED)),
        concept("c-ncs", fr("Conseil OTAN-Ukraine", TermStatus.PREFERRED), en("NATO-Ukraine Council", TermStatus.PREFERRED)),
        concept("c-dm", fr("ministres de la Défense", TermStatus.PREFERRED), en("Defence Ministers", TermStatus.PREFERRED), en("NATO Defence Ministers", TermStatus.ADMITTED),
            en("Ministers of Defence", TermStatus.ADMITTED), en("Defense Ministers", TermStatus.DEPRECATED))));
  }

  public static Concept concept(String id, Term... terms) {
    return new Concept(id, "", Map.of(), Map.of(), "", null, null, "", List.of(terms));
  }

  public static Term fr(String text, TermStatus status) {
    return Term.of(text, Language.FR, status);
  }

  public static Term en(String text, TermStatus status) {
    return Term.of(text, Language.EN, status);
  }

  @Override
  public List<TermHit> recognise(String text, Language language) {
    return recognizer.recognise(text, language);
  }

  @Override
  public Optional<Concept> concept(String id) {
    return Optional.ofNullable(concepts.get(id));
  }

  @Override
  public int size() {
    return concepts.size();
  }
}
