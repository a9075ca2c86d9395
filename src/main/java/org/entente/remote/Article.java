package org.entente.remote;

import java.util.List;

/**
 * The article of a web page, without its navigation, sharing buttons, cookie banner, scripts and footer: address,
 * title, date (as the page gives it, ISO-8601 when it can), language of the {@code html} element, and the text as
 * paragraphs (headings, paragraphs, list items) in page order.
 */
public record Article(String url, String title, String date, String language, List<String> paragraphs) {
  public Article {
    title = title == null ? "" : title;
    date = date == null ? "" : date;
    language = language == null ? "" : language;
    paragraphs = List.copyOf(paragraphs);
  }

  /** The paragraphs separated by blank lines, the way the aligner reads paragraph structure. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
