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
 * reading "English"), else the URL mapping rules that apply, in order ({@code /fr/=/en/}).
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
    // every rule that applies, in order: NATO needs two (/fr/=/en/ and selectedLocale=fr=selectedLocale=en)
    String mapped = pageUrl;
    List<String> used = new java.util.ArrayList<>();
    for (UrlMapping m : mappings) {
      Optional<String> next = m.apply(mapped);
      if (next.isPresent()) {
        mapped = next.get();
        used.add(m.toString());
      }
    }
    if (used.isEmpty() || mapped.equals(pageUrl)) return Optional.empty();
    return Optional.of(new Counterpart(mapped, "map " + String.join(" ", used)));
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
