package org.entente.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one site's robots.txt that apply to our crawler (RFC 9309): the group naming our product token, else
 * the {@code *} group; the longest matching {@code Allow}/{@code Disallow} path wins, {@code Allow} on a tie;
 * {@code *} and a final {@code $} are understood. {@code Disallow: /fr/prive/} forbids
 * {@code /fr/prive/note.html}.
 */
final class RobotsRules {
  static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), 0);
  static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, "/")), 0);

  private final List<Rule> rules;
  private final long crawlDelayMillis;

  private RobotsRules(List<Rule> rules, long crawlDelayMillis) {
    this.rules = List.copyOf(rules);
    this.crawlDelayMillis = crawlDelayMillis;
  }

  private record Rule(boolean allow, String pattern) {}

  /** Parses a robots.txt for the crawler whose product token is {@code agent} ({@code EntenteHarvester}). */
  static RobotsRules parse(String text, String agent) {
    String token = agent.toLowerCase(Locale.ROOT);
    List<Rule> ours = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
    long ourDelay = -1;
    long starDelay = -1;
    boolean inOurs = false;
    boolean inStar = false;
    boolean sawRuleInGroup = false;
    boolean foundOurs = false;
    for (String raw : text.split("\r\n|\r|\n")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) continue;
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "user-agent" -> {
          if (sawRuleInGroup) {
            inOurs = false;
            inStar = false;
            sawRuleInGroup = false;
          }
          String v = value.toLowerCase(Locale.ROOT);
          if (v.equals("*")) inStar = true;
          else if (!v.isEmpty() && token.contains(v)) {
            inOurs = true;
            foundOurs = true;
          }
        }
        case "allow", "disallow" -> {
          sawRuleInGroup = true;
          if (value.isEmpty()) continue; // "Disallow:" with nothing allows everything
          Rule r = new Rule(key.equals("allow"), value);
          if (inOurs) ours.add(r);
          if (inStar) star.add(r);
        }
        case "crawl-delay" -> {
          sawRuleInGroup = true;
          long ms = parseDelay(value);
          if (inOurs) ourDelay = ms;
          if (inStar) starDelay = ms;
        }
        default -> { /* sitemap and unknown keys do not end a group */ }
      }
    }
    return foundOurs ? new RobotsRules(ours, Math.max(0, ourDelay)) : new RobotsRules(star, Math.max(0, starDelay));
  }

  private static long parseDelay(String v) {
    try {
      return (long) (Double.parseDouble(v) * 1000);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Whether the path (with its query) may be fetched. */
  boolean allows(String pathAndQuery) {
    String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    Rule best = null;
    for (Rule r : rules) {
      if (matches(r.pattern, path) && (best == null || r.pattern.length() > best.pattern.length()
          || (r.pattern.length() == best.pattern.length() && r.allow))) {
        best = r;
      }
    }
    return best == null || best.allow;
  }

  /** The {@code Crawl-delay} the site asks for, in milliseconds (0 if none). */
  long crawlDelayMillis() {
    return crawlDelayMillis;
  }

  private static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    return match(p, 0, path, 0, anchored);
  }

  private static boolean match(String p, int pi, String s, int si, boolean anchored) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        for (int k = si; k <= s.length(); k++) {
          if (match(p, pi + 1, s, k, anchored)) return true;
        }
        return false;
      }
      if (si >= s.length() || s.charAt(si) != c) return false;
      pi++;
      si++;
    }
    return !anchored || si == s.length();
  }
}
