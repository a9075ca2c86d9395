package org.entente.remote;

import java.time.Instant;
import java.util.List;
import org.entente.formats.InlineText;
import org.entente.formats.TmxProp;
import org.entente.memory.Origin;
import org.entente.memory.TranslationMemory;
import org.entente.memory.TranslationUnit;
import org.entente.memory.UnitProperties;
import org.entente.text.Language;
import org.entente.text.LanguageCode;

/**
 * Stores harvested pairs in a named translation memory: French source, English target, origin
 * {@code aligned:FR_URL|EN_URL} with the bead score, the French address as the unit's document, and both titles,
 * both dates and the harvest time as {@code x-harvest-*} properties. Each pair goes under its own id, so storing it
 * again replaces it instead of adding a duplicate.
 */
public final class MemoryPairStore implements PairStore {
  private final TranslationMemory memory;
  private final String memoryName;

  public MemoryPairStore(TranslationMemory memory, String memoryName) {
    this.memory = memory;
    this.memoryName = memoryName;
  }

  @Override
  public void store(List<HarvestedPair> pairs) {
    for (HarvestedPair p : pairs) {
      memory.store(unit(p));
    }
  }

  TranslationUnit unit(HarvestedPair p) {
    HarvestedPair.Origin o = p.origin();
    Instant when = o.harvested().isEmpty() ? Instant.now() : Instant.parse(o.harvested());
    List<TmxProp> props = List.of(
        new TmxProp("x-harvest-fr-url", "", o.frenchUrl()),
        new TmxProp("x-harvest-en-url", "", o.englishUrl()),
        new TmxProp("x-harvest-fr-title", "", o.frenchTitle()),
        new TmxProp("x-harvest-en-title", "", o.englishTitle()),
        new TmxProp("x-harvest-fr-date", "", o.frenchDate()),
        new TmxProp("x-harvest-en-date", "", o.englishDate()));
    return new TranslationUnit(p.id(), memoryName, LanguageCode.of(Language.FR), InlineText.plain(p.french()),
        LanguageCode.of(Language.EN), InlineText.plain(p.english()), when, "entente harvest", when, "entente harvest",
        Origin.aligned(o.frenchUrl() + "|" + o.englishUrl(), p.score()),
        new UnitProperties("", "", "", o.frenchUrl(), ""), null, 0, null, "", "",
        props.stream().filter(t -> !t.value().isEmpty()).toList(), List.of());
  }
}
