package org.entente.remote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the English counterpart of a French page: first an {@code <link rel="alternate" hreflang="en">} in its
 * head, then a language-switch link in the page ({@code <a hreflang="en">}, {@code <a lang="en">}, or a link
 * reading "English"), else the first URL mapping rule that applies ({@code /fr/=/en/}).
 */
final class CounterpartFinder {
  private static final Set<String> ENGLISH_LABELS = Set.of("english", "en", "in english", "version anglaise",
      "anglais", "english version");

  private CounterpartFinder() {}

  /** The counterpart's address and how it was found ({@code hreflang}, {@code language switch}, {@code map /fr/=/en/}). */
  record Counterpart(String url, String how) {}

  static Optional<Counterpart> find(Document page, String pageUrl, List<UrlMapping> mappings) {
    for (Element link : page.select("link[rel~=(?i)alternate][hreflang][href]")) {
      if (isEnglish(link.attr("hreflang"))) {
        String href = link.absUrl("href");
        if (usable(href, pageUrl)) return Optional.of(new Counterpart(href, "hreflang"));
      }
    }
    for (Element a : page.select("a[href]")) {
      boolean english = isEnglish(a.attr("hreflang")) || isEnglish(a.attr("lang"))
          || ENGLISH_LABELS.contains(a.text().strip().toLowerCase(Locale.ROOT))
          || ENGLISH_LABELS.contains(a.attr("title").strip().toLowerCase(Locale.ROOT));
      String href = a.absUrl("href");
      if (english && usable(href, pageUrl)) return Optional.of(new Counterpart(href, "language switch"));
    }
    for (UrlMapping m : mappings) {
      Optional<String> mapped = m.apply(pageUrl);
      if (mapped.isPresent() && !mapped.get().equals(pageUrl)) return Optional.of(new Counterpart(mapped.get(), "map " + m));
    }
    return Optional.empty();
  }

  private static boolean isEnglish(String code) {
    String c = code.strip().toLowerCase(Locale.ROOT);
    return c.equals("en") || c.startsWith("en-") || c.startsWith("en_");
  }

  private static boolean usable(String href, String pageUrl) {
    if (href.isEmpty() || !(href.startsWith("http://") || href.startsWith("https://"))) return false;
    int hash = href.indexOf('#');
    String bare = hash >= 0 ? href.substring(0, hash) : href;
    return !bare.equals(pageUrl);
  }
}
