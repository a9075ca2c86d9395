package org.entente.client;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One term of a concept: {@code {"text":"Nuclear Planning Group","language":"en","status":"preferred",
 * "type":"fullForm"}}. Status is one of preferred, admitted, proposed, deprecated, superseded.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Term(String text, String language, String status, String type, String partOfSpeech, String gender,
    String usageNote, String context) {
  public Term {
    text = Maps.text(text);
    language = Maps.text(language);
    status = Maps.text(status);
    type = Maps.text(type);
    partOfSpeech = Maps.text(partOfSpeech);
    gender = Maps.text(gender);
    usageNote = Maps.text(usageNote);
    context = Maps.text(context);
  }

  /** Deprecated and superseded terms must not be used in new text. */
  @JsonIgnore
  public boolean isForbidden() {
    return status.equals("deprecated") || status.equals("superseded");
  }
}
