package org.entente.formats;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entente.text.Language;

/**
 * One concept entry as the TBX and CSV readers and writers see it, independent of the termbase: an id, concept-level
 * data, and its French and English terms. {@code where} says where it was read ({@code nato.tbx:12:5}), for errors.
 * Statuses are our codes ({@code preferred}, {@code admitted}, {@code proposed}, {@code deprecated},
 * {@code superseded}); term types the TBX-Basic picklist values ({@code fullForm}, {@code acronym} ...).
 */
public record TermEntry(
    String id,
    String subjectField,
    Map<Language, String> definitions,
    Map<Language, String> notes,
    String source,
    Instant created,
    Instant modified,
    String supersededBy,
    List<String> subsets,
    List<Term> terms,
    String where) {
  /** Our status codes, best first. */
  public static final List<String> STATUSES = List.of("preferred", "admitted", "proposed", "deprecated", "superseded");
  /** TBX-Basic term types. */
  public static final List<String> TYPES = List.of("fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase");

  public TermEntry {
    id = id == null ? "" : id;
    subjectField = nz(subjectField);
    definitions = Map.copyOf(definitions == null ? Map.of() : definitions);
    notes = Map.copyOf(notes == null ? Map.of() : notes);
    source = nz(source);
    supersededBy = nz(supersededBy);
    subsets = List.copyOf(subsets == null ? List.of() : subsets);
    // French terms first, then English, each in the order given: the order the writers use
    terms = terms == null ? List.of()
        : terms.stream().sorted(java.util.Comparator.comparingInt(t -> t.language().ordinal())).toList();
    where = nz(where);
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }

  /**
   * One term of the entry. Optional fields are empty strings, never null; the validity dates ("Türkiye" valid from
   * 2022-06-01, "Turkey" superseded from 2022-06-01) are null when not known.
   */
  public record Term(
      String text,
      Language language,
      String status,
      String type,
      String partOfSpeech,
      String gender,
      String usageNote,
      String context,
      String where,
      java.time.LocalDate validFrom,
      java.time.LocalDate supersededFrom) {
    public Term(String text, Language language, String status, String type, String partOfSpeech, String gender,
        String usageNote, String context, String where) {
      this(text, language, status, type, partOfSpeech, gender, usageNote, context, where, null, null);
    }

    public Term {
      text = nz(text);
      if (language == null) throw new IllegalArgumentException("a term needs a language");
      status = status == null || status.isEmpty() ? "admitted" : status;
      if (!STATUSES.contains(status)) throw new IllegalArgumentException("unknown status " + status);
      type = type == null || type.isEmpty() ? "fullForm" : type;
      if (!TYPES.contains(type)) throw new IllegalArgumentException("unknown term type " + type);
      partOfSpeech = nz(partOfSpeech);
      gender = nz(gender);
      usageNote = nz(usageNote);
      context = nz(context);
      where = nz(where);
    }

    public static Term of(String text, Language language, String status) {
      return new Term(text, language, status, "", "", "", "", "", "");
    }
  }
}
