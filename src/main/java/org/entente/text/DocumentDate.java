package org.entente.text;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The date of a document being checked or translated, as callers send it: an ISO 8601 calendar date
 * ({@code 2021-05-04}); absent means today (UTC). Terms are judged by the status they had on that date.
 */
public final class DocumentDate {
  private DocumentDate() {}

  /** Today's date in UTC, the default document date. */
  public static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /**
   * Parses a document date; null or blank gives today.
   *
   * @param field the parameter name for the error ({@code date}, {@code --date})
   * @throws BadInputException when the value is not a calendar date
   */
  public static LocalDate parse(String value, String field) {
    if (value == null || value.isBlank()) return today();
    String v = value.strip();
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadInputException("'" + v + "' is not a date", field, "write an ISO 8601 calendar date such as 2021-05-04");
    }
  }
}
