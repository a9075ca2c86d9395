package org.entente.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.entente.text.BadInputException;

/**
 * A JSON reading failure told in plain words, naming the field and what it expects, never a Java type or a parser
 * message: {@code {"text": [1]}} gives "field 'text' must be a text (a JSON string)".
 */
final class JsonErrors {
  private JsonErrors() {}

  static BadInputException badInput(JacksonException e) {
    String where = e instanceof JsonMappingException j ? path(j) : "";
    if (e instanceof UnrecognizedPropertyException u) {
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream().map(Object::toString)
          .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
      return problem("unknown field '" + u.getPropertyName() + "'", where,
          known.isEmpty() ? "remove it" : "the fields are: " + known);
    }
    if (e instanceof MismatchedInputException m && !where.isEmpty()) {
      return problem("field '" + where + "' must be " + expected(m.getTargetType()), where,
          "send " + where + " as " + expected(m.getTargetType()));
    }
    if (e instanceof MismatchedInputException m) {
      return problem("the request body must be " + expected(m.getTargetType()), "body", "send a JSON object");
    }
    JsonLocation at = e.getLocation();
    String place = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return problem("the request body is not valid JSON" + place, "body",
        "check quotes, commas and brackets; the body must be one JSON object");
  }

  private static BadInputException problem(String detail, String where, String hint) {
    return new BadInputException(detail, where, hint);
  }

  /** {@code segments[2].text}, from the reference path of the failure. */
  private static String path(JsonMappingException d) {
    StringBuilder b = new StringBuilder();
    for (var ref : d.getPath()) {
      if (ref.getFieldName() != null) b.append(b.isEmpty() ? "" : ".").append(ref.getFieldName());
      else if (ref.getIndex() >= 0) b.append('[').append(ref.getIndex()).append(']');
    }
    return b.toString();
  }

  /** What a Java type means to a JSON client: "a text", "a whole number", "a list" … */
  static String expected(Class<?> type) {
    if (type == null) return "a value of another kind";
    if (type == String.class || type == Character.class || type == char.class) return "a text (a JSON string)";
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class) return "a whole number";
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) return "a number";
    if (type == Boolean.class || type == boolean.class) return "true or false";
    if (type.isArray() || Collection.class.isAssignableFrom(type)) return "a list (a JSON array)";
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .map(s -> s.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) return "an object (a JSON object)";
    if (type.getName().startsWith("java.time.")) return "a date and time in ISO 8601 (2024-07-10T12:00:00Z)";
    return "a value of another kind";
  }
}
