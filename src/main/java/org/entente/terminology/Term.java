package org.entente.terminology;

import org.entente.text.Language;

/**
 * One term of a concept in one language: {@code "posture de dissuasion et de défense"} (fr, preferred, full form,
 * noun, feminine). Optional fields are empty strings, never null.
 */
public record Term(
    String text,
    Language language,
    TermStatus status,
    TermType type,
    String partOfSpeech,
    String gender,
    String usageNote,
    String context) {
  public Term {
    if (text == null || text.isBlank()) throw new IllegalArgumentException("a term needs a text");
    if (language == null) throw new IllegalArgumentException("a term needs a language");
    status = status == null ? TermStatus.ADMITTED : status;
    type = type == null ? TermType.FULL_FORM : type;
    partOfSpeech = partOfSpeech == null ? "" : partOfSpeech;
    gender = gender == null ? "" : gender;
    usageNote = usageNote == null ? "" : usageNote;
    context = context == null ? "" : context;
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
