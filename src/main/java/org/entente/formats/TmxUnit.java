package org.entente.formats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One {@code <tu>}: id, source language, dates and users, usage, {@code <prop>}s, {@code <note>}s and its variants
 * (one per language). {@code line} is where it starts in the file (0 when built in code).
 */
public record TmxUnit(
    String tuid,
    String srcLang,
    Instant creationDate,
    String creationId,
    Instant changeDate,
    String changeId,
    long usageCount,
    Instant lastUsageDate,
    List<TmxProp> props,
    List<String> notes,
    List<TmxVariant> variants,
    int line) {
  public TmxUnit {
    tuid = TmxHeader.orEmpty(tuid);
    srcLang = TmxHeader.orEmpty(srcLang);
    creationId = TmxHeader.orEmpty(creationId);
    changeId = TmxHeader.orEmpty(changeId);
    if (usageCount < 0) throw new IllegalArgumentException("negative usage count");
    props = List.copyOf(props == null ? List.of() : props);
    notes = List.copyOf(notes == null ? List.of() : notes);
    variants = List.copyOf(variants == null ? List.of() : variants);
  }

  /**
   * A plain bilingual unit, e.g. from the aligner: {@code TmxUnit.of("fr", "Bonjour.", "en", "Hello.",
   * Map.of("x-document", "001"))}. The texts are plain (escaped on writing); props keep the map's order.
   */
  public static TmxUnit of(String srcLang, String source, String tgtLang, String target, Map<String, String> props) {
    List<TmxProp> p = new ArrayList<>();
    props.forEach((k, v) -> p.add(TmxProp.of(k, v)));
    return new TmxUnit("", srcLang, null, "", null, "", 0, null, p, List.of(),
        List.of(TmxVariant.of(srcLang, InlineText.plain(source)), TmxVariant.of(tgtLang, InlineText.plain(target))), 0);
  }
}
