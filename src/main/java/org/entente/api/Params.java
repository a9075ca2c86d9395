package org.entente.api;

import io.javalin.http.Context;
import java.util.List;
import org.entente.api.ApiConfig.Limits;
import org.entente.text.BadInputException;
import org.entente.text.TooLargeException;

/** Reading and bounding request parameters: query or form, integers with their range, texts within the limits. */
final class Params {
  private Params() {}

  /** A parameter from the query string, else from a form body; null when absent. */
  static String get(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null && isForm(ctx)) v = ctx.formParam(name);
    return v;
  }

  static boolean isForm(Context ctx) {
    String ct = ctx.contentType();
    return ct != null && (ct.startsWith("application/x-www-form-urlencoded") || ct.startsWith("multipart/form-data"));
  }

  static int integer(String value, String name, int dflt, int min, int max) {
    if (value == null || value.isBlank()) return dflt;
    int v;
    try {
      v = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new BadInputException("'" + value + "' is not a whole number", name, "send a number from " + min + " to " + max);
    }
    if (v < min || v > max) {
      throw new Unprocessable(name + " = " + v + " is outside " + min + ".." + max, name, "send a number from " + min + " to " + max);
    }
    return v;
  }

  static String text(String value, String name, Limits limits) {
    if (value != null && value.length() > limits.maxSegmentChars()) {
      throw new TooLargeException(name + " has " + value.length() + " characters, over the limit of " + limits.maxSegmentChars(),
          name, "split it into segments of at most " + limits.maxSegmentChars() + " characters");
    }
    return value;
  }

  static <T> List<T> batch(List<T> items, String name, Limits limits) {
    if (items != null && items.size() > limits.maxBatch()) {
      throw new TooLargeException(name + " has " + items.size() + " items, over the limit of " + limits.maxBatch(), name,
          "send at most " + limits.maxBatch() + " per request");
    }
    return items;
  }
}
