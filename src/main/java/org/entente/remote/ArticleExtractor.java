package org.entente.remote;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a page with jsoup and keeps its article: navigation, headers and footers, sharing buttons, cookie banners,
 * forms, scripts and styles are dropped; headings, paragraphs and list items of the main content are kept in order.
 * The charset is the server's when it declared one, else the page's BOM or {@code <meta charset>}, else UTF-8.
 */
final class ArticleExtractor {
  private static final String DROPPED = "script, style, noscript, template, iframe, object, embed, svg, canvas, form, "
      + "button, select, input, nav, header, footer, aside, menu, dialog, [role=navigation], [role=banner], "
      + "[role=contentinfo], [role=complementary], [role=search], [role=dialog], [role=alertdialog], [aria-hidden=true], "
      + "[hidden]";
  /** Class or id words that mark boilerplate: {@code cookie-banner}, {@code share-buttons}, {@code breadcrumb}. */
  private static final Pattern BOILERPLATE = Pattern.compile("(?i)(^|[-_\\s])(cookies?|consent|gdpr|share|sharing|"
      + "social|breadcrumbs?|navbar|nav|menu|newsletter|subscribe|related|footer|sidebar|skip|print|lang-switch|"
      + "language-switch|languages|langs|banner|popup|modal)([-_\\s]|$)");
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, dd, dt, figcaption, td, th, pre";

  private ArticleExtractor() {}

  /** Parses the page bytes, decoding them with {@code charset} or, when empty, as the page itself says. */
  static Document parse(byte[] body, String charset, String url) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(body), charset.isEmpty() ? null : charset, url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article extract(Document doc, String url) {
    String title = firstNonEmpty(meta(doc, "meta[property=og:title]"), text(doc.selectFirst("h1")), doc.title());
    String date = firstNonEmpty(meta(doc, "meta[property=article:published_time]"), meta(doc, "meta[name=date]"),
        meta(doc, "meta[name=dcterms.date]"), meta(doc, "meta[name=DC.date]"), meta(doc, "meta[itemprop=datePublished]"),
        attr(doc.selectFirst("time[datetime]"), "datetime"), meta(doc, "meta[property=article:modified_time]"));
    String lang = attr(doc.selectFirst("html[lang]"), "lang");

    Document clean = doc.clone();
    clean.select(DROPPED).remove();
    for (Element e : new ArrayList<>(clean.getAllElements())) {
      if (e.parent() != null && e != clean.body() && isBoilerplate(e)) e.remove();
    }
    Element root = firstNonNull(clean.selectFirst("article"), clean.selectFirst("main"),
        clean.selectFirst("[role=main]"), clean.selectFirst("#content"), clean.body());
    List<String> paragraphs = new ArrayList<>();
    if (root != null) {
      Elements blocks = root.select(BLOCKS);
      Set<Element> selected = new HashSet<>(blocks);
      for (Element b : blocks) {
        if (containsSelected(b, selected)) continue;
        String t = normalise(b.text());
        if (!t.isEmpty() && (paragraphs.isEmpty() || !paragraphs.get(paragraphs.size() - 1).equals(t))) paragraphs.add(t);
      }
      if (paragraphs.isEmpty()) {
        for (String line : root.wholeText().split("\\R\\s*\\R")) {
          String t = normalise(line);
          if (!t.isEmpty()) paragraphs.add(t);
        }
      }
    }
    return new Article(url, normalise(title), date.strip(), lang.strip(), paragraphs);
  }

  private static boolean isBoilerplate(Element e) {
    String marks = e.id() + " " + e.className();
    return !marks.isBlank() && BOILERPLATE.matcher(marks).find();
  }

  private static boolean containsSelected(Element b, Set<Element> selected) {
    for (Element d : b.getAllElements()) {
      if (d != b && selected.contains(d)) return true;
    }
    return false;
  }

  /** Collapses whitespace (no-break spaces kept: French typography needs them before ; : ! ?). */
  static String normalise(String s) {
    return s == null ? "" : s.replaceAll("[ \\t\\r\\n\\f]+", " ").strip();
  }

  private static String meta(Document doc, String css) {
    return attr(doc.selectFirst(css), "content");
  }

  private static String attr(Element e, String name) {
    return e == null ? "" : e.attr(name);
  }

  private static String text(Element e) {
    return e == null ? "" : e.text();
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) return v;
    }
    return "";
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) return v;
    }
    return null;
  }
}
