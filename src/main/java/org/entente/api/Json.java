package org.entente.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.entente.text.BadInputException;

/** The one {@link ObjectMapper} of the service: records in and out, ISO dates, unknown fields rejected. */
public final class Json {
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private Json() {}

  /**
   * A request body read as {@code type}; an empty body or a JSON {@code null} is bad input, not a server fault:
   * {@code null} sent to {@code POST /api/v1/check} answers 400 "the request body is empty or null".
   */
  static <T> T body(String json, Class<T> type) {
    T value;
    try {
      value = json == null || json.isBlank() ? null : MAPPER.readValue(json, type);
    } catch (JacksonException e) {
      throw JsonErrors.badInput(e);
    }
    if (value == null) throw emptyBody();
    return value;
  }

  /** A request body that must be a JSON object, as a tree: {@code {"text": "…", "lang": "fr"}}. */
  static JsonNode object(String json) {
    JsonNode node;
    try {
      node = json == null || json.isBlank() ? null : MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw JsonErrors.badInput(e);
    }
    if (node == null || node.isNull() || node.isMissingNode()) throw emptyBody();
    if (!node.isObject()) {
      throw new BadInputException("the request body must be a JSON object", "body", "send {\"field\": value, …}");
    }
    return node;
  }

  private static BadInputException emptyBody() {
    return new BadInputException("the request body is empty or null", "body", "send a JSON object, e.g. {\"text\": \"…\"}");
  }
}
