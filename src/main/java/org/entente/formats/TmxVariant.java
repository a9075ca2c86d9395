package org.entente.formats;

import java.time.Instant;
import java.util.List;

/** One {@code <tuv>}: the language as written in the file ({@code FR-CA}), the segment, its props and notes. */
public record TmxVariant(
    String lang,
    InlineText segment,
    Instant creationDate,
    String creationId,
    Instant changeDate,
    String changeId,
    List<TmxProp> props,
    List<String> notes) {
  public TmxVariant {
    lang = TmxHeader.orEmpty(lang);
    if (segment == null) segment = InlineText.plain("");
    creationId = TmxHeader.orEmpty(creationId);
    changeId = TmxHeader.orEmpty(changeId);
    props = List.copyOf(props == null ? List.of() : props);
    notes = List.copyOf(notes == null ? List.of() : notes);
  }

  public static TmxVariant of(String lang, InlineText segment) {
    return new TmxVariant(lang, segment, null, "", null, "", List.of(), List.of());
  }
}
