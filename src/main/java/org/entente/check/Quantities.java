package org.entente.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.text.Language;

/**
 * Finds the numbers of a French or English text with their values: grouping ("500 000", "500,000", "1.000"),
 * decimals ("40,5" and "40.5"), scale words ("40 milliards", "€40 billion", "$43.3bn"), ordinals ("75e", "75th"),
 * dates ("12 juin 2024", "12 June 2024", "13.06.2024") and numbers written as words.
 */
final class Quantities {
  private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b");
  private static final Pattern WORD = Pattern.compile("\\p{L}+\\.?");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
      Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("août", 8), Map.entry("aout", 8),
      Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("décembre", 12),
      Map.entry("decembre", 12), Map.entry("janv.", 1), Map.entry("févr.", 2), Map.entry("sept.", 9), Map.entry("oct.", 10),
      Map.entry("nov.", 11), Map.entry("déc.", 12),
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5),
      Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9),
      Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12), Map.entry("jan.", 1),
      Map.entry("feb.", 2), Map.entry("mar.", 3), Map.entry("apr.", 4), Map.entry("jun.", 6), Map.entry("jul.", 7),
      Map.entry("aug.", 8), Map.entry("sep.", 9), Map.entry("sept", 9), Map.entry("dec.", 12));
  private static final Map<String, Long> SCALES_FR = Map.of("milliard", 1_000_000_000L, "milliards", 1_000_000_000L,
      "md", 1_000_000_000L, "mds", 1_000_000_000L, "million", 1_000_000L, "millions", 1_000_000L, "mille", 1_000L,
      "billion", 1_000_000_000_000L, "billions", 1_000_000_000_000L);
  private static final Map<String, Long> SCALES_EN = Map.of("billion", 1_000_000_000L, "billions", 1_000_000_000L,
      "bn", 1_000_000_000L, "million", 1_000_000L, "millions", 1_000_000L, "m", 1_000_000L, "thousand", 1_000L,
      "trillion", 1_000_000_000_000L);
  private static final Map<String, Integer> WORDS_EN = words(
      "one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 thirteen 13 "
          + "fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19 twenty 20 thirty 30 forty 40 "
          + "fifty 50 sixty 60 seventy 70 eighty 80 ninety 90 hundred 100 dozen 12 dozens 12 first 1 second 2 third 3 "
          + "fourth 4 fifth 5 sixth 6 seventh 7 eighth 8 ninth 9 tenth 10 twentieth 20 hundreds 100 thousands 1000 "
          + "single 1 double 2 twice 2 half 2 quarter 4 decade 10 decades 10 century 100 bilateral 2 trilateral 3");
  private static final Map<String, Integer> WORDS_FR = words(
      "un 1 une 1 deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 onze 11 douze 12 treize 13 "
          + "quatorze 14 quinze 15 seize 16 vingt 20 trente 30 quarante 40 cinquante 50 soixante 60 cent 100 "
          + "premier 1 première 1 deuxième 2 second 2 seconde 2 troisième 3 quatrième 4 cinquième 5 sixième 6 "
          + "septième 7 huitième 8 neuvième 9 dixième 10 dizaine 10 dizaines 10 douzaine 12 quinzaine 15 vingtaine 20 "
          + "trentaine 30 quarantaine 40 cinquantaine 50 soixantaine 60 centaine 100 centaines 100 millier 1000 "
          + "milliers 1000 double 2 moitié 2 quart 4 décennie 10 décennies 10 siècle 100 bilatéral 2 bilatérale 2");

  private Quantities() {}

  private static Map<String, Integer> words(String pairs) {
    String[] p = pairs.split(" ");
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i + 1 < p.length; i += 2) m.put(p[i], Integer.parseInt(p[i + 1]));
    return Map.copyOf(m);
  }

  /** Every quantity of {@code text} between {@code from} and {@code to}, in text order. */
  static List<Quantity> find(String text, int from, int to, Language language) {
    List<Quantity> out = new ArrayList<>();
    boolean[] taken = new boolean[to - from];
    Matcher d = DATE.matcher(text).region(from, to);
    while (d.find()) {
      int month = Integer.parseInt(d.group(2));
      if (month < 1 || month > 12) continue;
      out.add(new Quantity(new BigDecimal(d.group(1)), false, d.start(1), d.end(1), d.group(1), false));
      out.add(new Quantity(BigDecimal.valueOf(month), true, d.start(2), d.end(2), d.group(2), false));
      out.add(new Quantity(new BigDecimal(d.group(3)), false, d.start(3), d.end(3), d.group(3), false));
      for (int k = d.start(); k < d.end(); k++) taken[k - from] = true;
    }
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (taken[i - from]) {
        i++;
      } else if (Character.isDigit(c)) {
        i = number(text, i, to, language, out);
      } else if (Character.isLetter(c)) {
        Matcher w = WORD.matcher(text).region(i, to);
        if (!w.lookingAt()) {
          i++;
          continue;
        }
        int end = w.end();
        word(text, i, end, language, out);
        i = end;
        while (i < to && Character.isLetter(text.charAt(i))) i++;
      } else {
        i++;
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static int number(String text, int start, int to, Language language, List<Quantity> out) {
    int i = digits(text, start, to);
    StringBuilder v = new StringBuilder(text.substring(start, i));
    boolean decimal = false;
    while (i < to) {
      char c = text.charAt(i);
      boolean nb = c == '\u00A0' || c == '\u202F' || c == '\u2009';
      boolean group = nb || (c == ' ' && language == Language.FR)
          || (c == '.' && language == Language.FR) || (c == ',' && language == Language.EN);
      boolean dec = !decimal && ((c == ',' && language == Language.FR) || (c == '.' && language == Language.EN));
      if (i + 1 >= to || !Character.isDigit(text.charAt(i + 1))) break;
      int j = digits(text, i + 1, to);
      if (group && !decimal && j - i - 1 == 3) {
        v.append(text, i + 1, j);
        i = j;
      } else if (dec) {
        v.append('.').append(text, i + 1, j);
        decimal = true;
        i = j;
      } else {
        break;
      }
    }
    int end = i;
    BigDecimal value = new BigDecimal(v.toString());
    // French "500,000" may be English grouping in a French text; "1,125" a French decimal: keep both readings
    String raw = text.substring(start, end);
    BigDecimal alternative = language == Language.FR && raw.matches("\\d{1,3}(,\\d{3})+") ? new BigDecimal(raw.replace(",", "")) : null;
    // a scale glued ("43.3bn", "€40m") or after a space ("40 milliards", "40 billion")
    int k = i;
    while (k < to && k - i <= 1 && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0' || text.charAt(k) == '\u202F')) k++;
    Matcher w = WORD.matcher(text).region(k, to);
    if (w.lookingAt()) {
      String word = w.group().toLowerCase(Locale.ROOT);
      if (word.endsWith(".")) word = word.substring(0, word.length() - 1);
      Long scale = (language == Language.FR ? SCALES_FR : SCALES_EN).get(word);
      boolean glued = k == i;
      if (scale != null && (!word.equals("m") || glued) && (!glued || word.length() <= 3)) {
        value = value.multiply(BigDecimal.valueOf(scale));
        if (alternative != null) alternative = alternative.multiply(BigDecimal.valueOf(scale));
        end = w.end();
        if (text.charAt(end - 1) == '.') end--;
      }
    }
    out.add(new Quantity(value, false, start, end, text.substring(start, end), false, alternative));
    // skip glued letters (ordinals 75e, 75th; "F-35s")
    while (end < to && Character.isLetter(text.charAt(end))) end++;
    return Math.max(end, i);
  }

  private static void word(String text, int start, int end, Language language, List<Quantity> out) {
    String w = text.substring(start, end).toLowerCase(Locale.ROOT);
    Integer month = MONTHS.get(w);
    if (month == null && w.endsWith(".")) month = MONTHS.get(w.substring(0, w.length() - 1));
    if (month != null && nearDigit(text, start, end) && !(language == Language.EN && w.equals("may") && !Character.isUpperCase(text.charAt(start)))) {
      int e = w.endsWith(".") && !MONTHS.containsKey(w) ? end - 1 : end;
      out.add(new Quantity(BigDecimal.valueOf(month), true, start, e, text.substring(start, e), false));
      return;
    }
    String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    Integer n = (language == Language.FR ? WORDS_FR : WORDS_EN).get(bare);
    Long scale = (language == Language.FR ? SCALES_FR : SCALES_EN).get(bare);
    if (n != null) {
      BigDecimal value = BigDecimal.valueOf(n);
      int k = start + bare.length();
      // "one billion", "un milliard"
      Matcher next = WORD.matcher(text).region(Math.min(k + 1, text.length()), Math.min(text.length(), k + 12));
      if (k < text.length() && text.charAt(k) == ' ' && next.lookingAt()) {
        Long s = (language == Language.FR ? SCALES_FR : SCALES_EN).get(next.group().toLowerCase(Locale.ROOT));
        if (s != null) value = value.multiply(BigDecimal.valueOf(s));
      }
      out.add(new Quantity(value, false, start, start + bare.length(), bare, true));
    } else if (scale != null && !bare.equals("m") && !bare.equals("md")) {
      out.add(new Quantity(BigDecimal.valueOf(scale), false, start, start + bare.length(), bare, true));
    }
  }

  private static boolean nearDigit(String text, int start, int end) {
    for (int k = start - 1; k >= Math.max(0, start - 5); k--) if (Character.isDigit(text.charAt(k))) return true;
    for (int k = end; k < Math.min(text.length(), end + 3); k++) if (Character.isDigit(text.charAt(k))) return true;
    return false;
  }

  private static int digits(String text, int i, int to) {
    while (i < to && Character.isDigit(text.charAt(i))) i++;
    return i;
  }

  private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  /** How {@code q} is written in English: 40 billion, 500,000, 40.5, June. */
  static String english(Quantity q) {
    if (q.month()) return MONTH_NAMES[q.value().intValue() - 1];
    BigDecimal v = q.value().stripTrailingZeros();
    for (var s : new Object[][] {{1_000_000_000_000L, "trillion"}, {1_000_000_000L, "billion"}, {1_000_000L, "million"}}) {
      BigDecimal scale = BigDecimal.valueOf((Long) s[0]);
      if (v.compareTo(scale) >= 0 && q.surface().chars().anyMatch(Character::isLetter)) {
        return plain(v.divide(scale)) + " " + s[1];
      }
    }
    return plain(v);
  }

  private static String plain(BigDecimal v) {
    String s = v.stripTrailingZeros().toPlainString();
    int dot = s.indexOf('.');
    String whole = dot < 0 ? s : s.substring(0, dot);
    if (whole.length() > 4) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < whole.length(); k++) {
        if (k > 0 && (whole.length() - k) % 3 == 0) b.append(',');
        b.append(whole.charAt(k));
      }
      whole = b.toString();
    }
    return dot < 0 ? whole : whole + s.substring(dot);
  }
}
