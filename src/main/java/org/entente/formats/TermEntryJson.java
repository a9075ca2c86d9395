package org.entente.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Entries as compact JSON, the form the termbase stores them in: {@code {"id":"c-npg","terms":[...]}}. */
public final class TermEntryJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private TermEntryJson() {}

  public static String write(TermEntry e) {
    try {
      return MAPPER.writeValueAsString(e);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  public static TermEntry read(String json) {
    try {
      return MAPPER.readValue(json, TermEntry.class);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("a stored concept is not readable: " + ex.getOriginalMessage(), ex);
    }
  }
}
