package org.entente.formats;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.text.BadInputException;

/**
 * The TBX-Basic rules checked in code (no schema is available offline): which data category may appear at which
 * level of an entry, and the picklists. {@code <termNote type="administrativeStatus">} belongs in a term section;
 * {@code subjectField} only at concept level; {@code termType} is one of fullForm, acronym, abbreviation, shortForm,
 * variant, phrase. Files that declare TBX-Basic or TBX-Min are held to all of it; other dialects (TBX v2 from
 * other tools, TBX-Core) only to the placement of the categories we read, with unknown picklist values mapped and
 * reported.
 */
final class TbxBasicRules {
  /** The level of an entry an element sits at. */
  enum Level { CONCEPT, LANGUAGE, TERM }

  static final List<String> PARTS_OF_SPEECH = List.of("noun", "verb", "adjective", "adverb", "properNoun", "other");
  static final List<String> GENDERS = List.of("masculine", "feminine", "neuter", "other");

  private static final Set<String> TERM_ONLY = Set.of("administrativeStatus", "normativeAuthorization", "partOfSpeech",
      "termType", "grammaticalGender", "context", "geographicalUsage", "termLocation");
  private static final Set<String> CONCEPT_ONLY = Set.of("subjectField");
  private static final Set<String> BASIC = Set.of("subjectField", "definition", "note", "source", "customerSubset",
      "projectSubset", "crossReference", "externalCrossReference", "xGraphic", "administrativeStatus", "partOfSpeech",
      "termType", "grammaticalGender", "context", "geographicalUsage", "termLocation", "transactionType",
      "responsibility", "date", "usageNote", "term");
  private static final Map<String, String> TERM_TYPES = Map.ofEntries(
      Map.entry("fullform", "fullForm"), Map.entry("full form", "fullForm"), Map.entry("acronym", "acronym"),
      Map.entry("abbreviation", "abbreviation"), Map.entry("abbreviatedform", "abbreviation"),
      Map.entry("shortform", "shortForm"), Map.entry("short form", "shortForm"), Map.entry("variant", "variant"),
      Map.entry("phrase", "phrase"), Map.entry("initialism", "acronym"), Map.entry("clippedterm", "shortForm"),
      Map.entry("synonym", "variant"), Map.entry("spellingvariant", "variant"), Map.entry("orthographicalvariant", "variant"));

  private final boolean strict;
  private final boolean v3;

  private TbxBasicRules(boolean strict, boolean v3) {
    this.strict = strict;
    this.v3 = v3;
  }

  /** The rules for a file's declared dialect ({@code type} of {@code <tbx>} or {@code <martif>}). */
  static TbxBasicRules forDialect(String type, boolean v3) {
    String t = type.toLowerCase(Locale.ROOT);
    return new TbxBasicRules(t.contains("basic") || t.contains("min"), v3);
  }

  boolean strict() {
    return strict;
  }

  void checkPlacement(String category, Level level, String where) {
    if (category.isEmpty()) {
      if (strict) throw new BadInputException("an element without its data category (type attribute)", where,
          "add type=\"...\" with a TBX-Basic data category");
      return;
    }
    if (strict && !BASIC.contains(category)) {
      throw new BadInputException("'" + category + "' is not a TBX-Basic data category", where,
          "use one of " + String.join(", ", BASIC.stream().sorted().toList()) + ", or declare another dialect");
    }
    if (level != Level.TERM && TERM_ONLY.contains(category)) {
      throw new BadInputException("'" + category + "' belongs in a term section, not at "
          + (level == Level.CONCEPT ? "concept" : "language") + " level", where, "move it into the term's section");
    }
    if (level != Level.CONCEPT && CONCEPT_ONLY.contains(category) && strict) {
      throw new BadInputException("'" + category + "' belongs at concept level", where,
          "move it directly under the concept entry");
    }
  }

  String termType(String value, String where, List<String> warnings) {
    String v = TERM_TYPES.get(value.strip().toLowerCase(Locale.ROOT));
    if (v != null && (!strict || TermEntry.TYPES.contains(value.strip()))) return v;
    if (strict) {
      throw new BadInputException("termType '" + value + "' is not in the TBX-Basic picklist", where,
          "use one of " + String.join(", ", TermEntry.TYPES));
    }
    warnings.add(where + ": termType '" + value + "' read as variant");
    return "variant";
  }

  String partOfSpeech(String value, String where) {
    return picklist("partOfSpeech", value, PARTS_OF_SPEECH, where);
  }

  String gender(String value, String where) {
    return picklist("grammaticalGender", value, GENDERS, where);
  }

  private String picklist(String category, String value, List<String> allowed, String where) {
    String v = value.strip();
    for (String a : allowed) if (a.equalsIgnoreCase(v)) return a;
    if (strict) {
      throw new BadInputException(category + " '" + value + "' is not in the TBX-Basic picklist", where,
          "use one of " + String.join(", ", allowed));
    }
    return v;
  }
}
