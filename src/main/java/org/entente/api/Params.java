package org.entente.api;

import io.javalin.http.Context;
import java.util.List;
import org.entente.api.ApiConfig.Limits;
import org.entente.text.BadInputException;
import org.entente.text.TooLargeException;

/** Reading and bounding request parameters: query or form, integers with their range, texts within the limits. */
final class Params {
  /**
   * The lowest {@code min} score a lookup accepts: below it every unit sharing one word is a candidate, which costs
   * the open endpoints much and helps no translator ({@code min=0} answers 422).
   */
  static final int MIN_FLOOR = 30;
  /**
   * The longest run of characters without a space a stored segment may hold; Lucene cannot index a term over
   * 32,766 UTF-8 bytes, and no word, code or URL comes near this length.
   */
  static final int MAX_WORD_CHARS = 4_000;

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

  /**
   * A segment to store: within the segment limit (413) and without a word of more than {@link #MAX_WORD_CHARS}
   * characters (400), so it can be indexed; {@code null} passes (required fields are checked where they are read).
   */
  static String segment(String value, String name, Limits limits) {
    text(value, name, limits);
    if (value == null) return null;
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      run = Character.isWhitespace(value.charAt(i)) || Character.isSpaceChar(value.charAt(i)) ? 0 : run + 1;
      if (run > MAX_WORD_CHARS) {
        throw new BadInputException(name + " holds a word of more than " + MAX_WORD_CHARS + " characters without a space",
            name, "split the text into words; a memory stores sentences");
      }
    }
    return value;
  }

  /** The characters of a whole batch within the cost cap: 1,000 long segments would hold a core for minutes. */
  static void batchCost(long chars, String name, Limits limits) {
    if (chars > limits.maxBatchChars()) {
      throw new TooLargeException(name + " hold " + chars + " characters in all, over the limit of "
          + limits.maxBatchChars() + " per request", name, "send the batch in smaller requests");
    }
  }

  static <T> List<T> batch(List<T> items, String name, Limits limits) {
    if (items != null && items.size() > limits.maxBatch()) {
      throw new TooLargeException(name + " has " + items.size() + " items, over the limit of " + limits.maxBatch(), name,
          "send at most " + limits.maxBatch() + " per request");
    }
    return items;
  }
}
