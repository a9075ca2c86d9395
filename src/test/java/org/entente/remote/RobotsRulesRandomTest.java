package org.entente.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Robots.txt path matching against a regular-expression reading of RFC 9309, on seeded random rules and paths. */
class RobotsRulesRandomTest {
  private static final String ALPHABET = "ab/.*";

  @Test
  void matchingAgreesWithTheRfcReadAsARegularExpression() {
    long seed = System.nanoTime();
    System.out.println("RobotsRulesRandomTest seed " + seed);
    Random random = new Random(seed);
    for (int round = 0; round < 2_000; round++) {
      String pattern = "/" + word(random, ALPHABET, 6) + (random.nextInt(4) == 0 ? "$" : "");
      boolean allow = random.nextBoolean();
      RobotsRules rules = RobotsRules.parse("User-agent: *\n" + (allow ? "Disallow: /\nAllow: " : "Disallow: ")
          + pattern + "\n", FetchPolicy.PRODUCT_TOKEN);
      String path = "/" + word(random, "ab/.", 8);
      boolean matches = regex(pattern).matcher(path).lookingAt();
      // Allow on top of "Disallow: /": allowed exactly when the longer Allow pattern matches (or ties with "/")
      boolean expected = allow ? matches : !matches;
      assertThat(rules.allows(path)).as("seed %d: %s %s on %s", seed, allow ? "Allow" : "Disallow", pattern, path)
          .isEqualTo(expected);
    }
  }

  private static Pattern regex(String pattern) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    StringBuilder b = new StringBuilder();
    for (char c : p.toCharArray()) b.append(c == '*' ? ".*" : Pattern.quote(String.valueOf(c)));
    return Pattern.compile(b + (anchored ? "$" : ""));
  }

  private static String word(Random random, String alphabet, int maxLength) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(maxLength + 1);
    for (int i = 0; i < n; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    return b.toString();
  }
}
