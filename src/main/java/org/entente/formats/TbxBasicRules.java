package org.entente.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entente.text.BadInputException;

/**
 * The TBX-Basic rules checked in code (no schema is available offline): which data category may appear at which
 * level of an entry, and the picklists. {@code <termNote type="administrativeStatus">} belongs in a term section;
 * {@code subjectField} only at concept level; {@code termType} is one of fullForm, acronym, abbreviation, shortForm,
 * variant, phrase. A misplaced category we read is an error. A data category outside the file's declared dialect
 * (TBX-Basic or TBX-Min: {@code relatedConcept}, {@code pos}), an element without its type and a value outside a
 * picklist are never a reason to refuse a well-formed file: they are ignored or read as the nearest value and
 * reported once per category in the import warnings.
 */
final class TbxBasicRules {
  /** The level of an entry an element sits at. */
  enum Level { CONCEPT, LANGUAGE, TERM }

  static final List<String> PARTS_OF_SPEECH = List.of("noun", "verb", "adjective", "adverb", "properNoun", "other");
  static final List<String> GENDERS = List.of("masculine", "feminine", "neuter", "other");

  private static final Set<String> TERM_ONLY = Set.of("administrativeStatus", "normativeAuthorization", "usageStatus",
      "termStatus", "partOfSpeech", "termType", "grammaticalGender", "context", "geographicalUsage", "termLocation");
  private static final Set<String> CONCEPT_ONLY = Set.of("subjectField");
  private static final Set<String> BASIC = Set.of("subjectField", "definition", "note", "source", "customerSubset",
      "projectSubset", "crossReference", "externalCrossReference", "xGraphic", "administrativeStatus", "partOfSpeech",
      "termType", "grammaticalGender", "context", "geographicalUsage", "termLocation", "transactionType",
      "responsibility", "date", "usageNote", "term", "usageStatus");
  /** TBX-Min's data categories (v3, and {@code termStatus} of the first TBX-Min). */
  private static final Set<String> MIN = Set.of("subjectField", "partOfSpeech", "administrativeStatus", "usageStatus",
      "termStatus", "customerSubset", "note", "term");
  private static final Map<String, String> TERM_TYPES = Map.ofEntries(
      Map.entry("fullform", "fullForm"), Map.entry("full form", "fullForm"), Map.entry("acronym", "acronym"),
      Map.entry("abbreviation", "abbreviation"), Map.entry("abbreviatedform", "abbreviation"),
      Map.entry("shortform", "shortForm"), Map.entry("short form", "shortForm"), Map.entry("variant", "variant"),
      Map.entry("phrase", "phrase"), Map.entry("initialism", "acronym"), Map.entry("clippedterm", "shortForm"),
      Map.entry("synonym", "variant"), Map.entry("spellingvariant", "variant"), Map.entry("orthographicalvariant", "variant"));

  private final boolean strict;
  private final String dialect;
  private final Set<String> categories;
  private final Map<String, Integer> unknown = new TreeMap<>();
  private final Map<String, String> firstSeen = new HashMap<>();

  private TbxBasicRules(boolean strict, String dialect, Set<String> categories) {
    this.strict = strict;
    this.dialect = dialect;
    this.categories = categories;
  }

  /** The rules for a file's declared dialect ({@code type} of {@code <tbx>} or {@code <martif>}). */
  static TbxBasicRules forDialect(String type, boolean v3) {
    String t = type.toLowerCase(Locale.ROOT);
    if (t.contains("min")) return new TbxBasicRules(true, "TBX-Min", MIN);
    return new TbxBasicRules(t.contains("basic"), "TBX-Basic", BASIC);
  }

  boolean strict() {
    return strict;
  }

  void checkPlacement(String category, Level level, String where) {
    if (category.isEmpty()) {
      if (strict) note("an element without its data category (type attribute), ignored", where);
      return;
    }
    if (strict && !categories.contains(category) && !BASIC.contains(category)) {
      note("'" + category + "' is not a " + dialect + " data category, ignored", where);
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

  /** Counts a departure from the dialect that does not stop the import. */
  private void note(String what, String where) {
    unknown.merge(what, 1, Integer::sum);
    firstSeen.putIfAbsent(what, where);
  }

  /** One warning per kind of departure: what, how often, where first. */
  List<String> warnings() {
    List<String> out = new ArrayList<>();
    unknown.forEach((what, n) -> out.add(what + " (" + n + (n == 1 ? " time" : " times") + ", first at "
        + firstSeen.get(what) + ")"));
    return out;
  }

  String termType(String value, String where, List<String> warnings) {
    String v = TERM_TYPES.get(value.strip().toLowerCase(Locale.ROOT));
    if (v != null && (!strict || TermEntry.TYPES.contains(value.strip()))) return v;
    if (v != null) {
      note("termType '" + value + "' is not in the " + dialect + " picklist, read as " + v, where);
      return v;
    }
    if (strict) note("termType '" + value + "' is not in the " + dialect + " picklist, read as variant", where);
    else warnings.add(where + ": termType '" + value + "' read as variant");
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
    if (strict) note(category + " '" + value + "' is not in the " + dialect + " picklist, kept as written", where);
    return v;
  }
}
