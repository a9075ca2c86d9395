package org.entente.terminology;

import java.time.LocalDate;
import org.entente.text.Language;

/**
 * One term of a concept in one language: {@code "posture de dissuasion et de défense"} (fr, preferred, full form,
 * noun, feminine). Optional fields are empty strings, never null. A term may carry the date from which it is valid
 * ({@code validFrom}: "Türkiye" from 2022-06-01) and the date from which it is superseded ({@code supersededFrom}:
 * "Turkey" from 2022-06-01); both are null when not known, and {@link #statusOn} reads them.
 */
public record Term(
    String text,
    Language language,
    TermStatus status,
    TermType type,
    String partOfSpeech,
    String gender,
    String usageNote,
    String context,
    LocalDate validFrom,
    LocalDate supersededFrom) {
  public Term(String text, Language language, TermStatus status, TermType type, String partOfSpeech, String gender,
      String usageNote, String context) {
    this(text, language, status, type, partOfSpeech, gender, usageNote, context, null, null);
  }

  public Term {
    if (text == null || text.isBlank()) throw new IllegalArgumentException("a term needs a text");
    if (language == null) throw new IllegalArgumentException("a term needs a language");
    status = status == null ? TermStatus.ADMITTED : status;
    type = type == null ? TermType.FULL_FORM : type;
    partOfSpeech = partOfSpeech == null ? "" : partOfSpeech;
    gender = gender == null ? "" : gender;
    usageNote = usageNote == null ? "" : usageNote;
    context = context == null ? "" : context;
    if (validFrom != null && supersededFrom != null && !validFrom.isBefore(supersededFrom)) {
      throw new IllegalArgumentException("term '" + text + "' is superseded (" + supersededFrom
          + ") before it is valid (" + validFrom + ")");
    }
  }

  /** Whether a translation may use this term: preferred, admitted or proposed, not deprecated or superseded. */
  public boolean isUsable() {
    return !status.isForbidden();
  }

  /**
   * The status this term has in a document dated {@code date} (null: the stored status). From its
   * {@code supersededFrom} date on it is superseded; before that date a superseded or deprecated term was in use and
   * counts as admitted; before its {@code validFrom} date a term is not yet in force and counts as proposed. "Turkey"
   * (superseded from 2022-06-01) is admitted in a draft dated 2021-05-04 and superseded in one dated 2023-01-10.
   */
  public TermStatus statusOn(LocalDate date) {
    if (date == null) return status;
    if (supersededFrom != null) {
      if (!date.isBefore(supersededFrom)) return TermStatus.SUPERSEDED;
      if (status.isForbidden()) return TermStatus.ADMITTED;
    }
    if (validFrom != null && date.isBefore(validFrom)) return status.isForbidden() ? status : TermStatus.PROPOSED;
    return status;
  }

  /** Whether the term carries a validity date. */
  public boolean dated() {
    return validFrom != null || supersededFrom != null;
  }

  /** This term with the status it has on {@code date} (itself when that is its stored status). */
  public Term on(LocalDate date) {
    TermStatus s = statusOn(date);
    return s == status ? this : new Term(text, language, s, type, partOfSpeech, gender, usageNote, context, validFrom,
        supersededFrom);
  }

  /**
   * Whether the term is matched with its capitals: acronyms ({@code termType} acronym) and proper nouns
   * ({@code partOfSpeech} properNoun, the TBX-Basic picklist value). "Turkey" (a former country name, proper noun) is
   * not found in "roast turkey"; "Alliance" written as a proper noun is not found in "an alliance".
   */
  public boolean caseSensitive() {
    return type == TermType.ACRONYM || partOfSpeech.equalsIgnoreCase(PROPER_NOUN);
  }

  /** The TBX-Basic part of speech that makes a term case-sensitive. */
  public static final String PROPER_NOUN = "properNoun";

  public static Term of(String text, Language language, TermStatus status) {
    return new Term(text, language, status, TermType.FULL_FORM, "", "", "", "");
  }
}
