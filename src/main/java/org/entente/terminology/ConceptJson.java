package org.entente.terminology;

import org.entente.formats.TermEntryJson;

/**
 * A concept as the JSON text both termbase stores keep: {@code {"id":"c-npg","terms":[{"text":"NPG",…}],…}}, read
 * back into the same concept.
 */
public final class ConceptJson {
  private ConceptJson() {}

  public static String write(Concept c) {
    return TermEntryJson.write(ConceptEntries.entry(c));
  }

  public static Concept read(String json) {
    return ConceptEntries.concept(TermEntryJson.read(json));
  }
}
