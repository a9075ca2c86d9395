package org.entente.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An injected number error: an English figure that its French sentence also has, changed by one in its last digit
 * ("700" → "701", "2024" → "2025"), as {@code NUMBER_MISMATCH} should report it.
 */
record NumberChange(int start, int end, String before, String after) {
  private static final Pattern EN_NUMBER = Pattern.compile("(?<![\\p{L}\\d-])\\d+(?:,\\d{3})*(?:\\.\\d+)?(?![\\d\\p{L}])");
  private static final Pattern FR_NUMBER = Pattern.compile("\\d+(?:[ \u00A0\u202F.]\\d{3})*(?:,\\d+)?");

  /** The changes possible in [{@code from}, {@code to}) of {@code en}: its figures whose value {@code fr} has too. */
  static List<NumberChange> in(String en, int from, int to, String fr) {
    Set<String> frValues = new HashSet<>();
    Matcher f = FR_NUMBER.matcher(fr);
    while (f.find()) frValues.add(f.group().replaceAll("[ \u00A0\u202F.]", "").replace(',', '.'));
    List<NumberChange> out = new ArrayList<>();
    Matcher m = EN_NUMBER.matcher(en).region(from, to).useTransparentBounds(true);
    while (m.find()) {
      if (!frValues.contains(m.group().replace(",", ""))) continue;
      String g = m.group();
      char lastDigit = g.charAt(g.length() - 1);
      out.add(new NumberChange(m.start(), m.end(), g, g.substring(0, g.length() - 1) + (char) ('0' + (lastDigit - '0' + 1) % 10)));
    }
    return out;
  }

  /** {@code en} with this change made. */
  String applyTo(String en) {
    return en.substring(0, start) + after + en.substring(end);
  }
}
