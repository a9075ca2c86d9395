package org.entente.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.check.Quantity.Kind;
import org.entente.text.Language;
import org.entente.text.Months;
import org.entente.text.Numeral;
import org.entente.text.Numerals;

/**
 * Finds the numbers of a French or English text with their values: grouping ("500 000", "500,000", "1.000"),
 * decimals ("40,5" and "40.5"), scale words ("40 milliards", "€40 billion", "$43.3bn"), ordinals ("75e", "1re",
 * "75th"), centuries ("XXe siècle" = "20th century"), dates ("12 juin 2024", "12 June 2024", "13.06.2024",
 * "6/13/2024" in American English), times ("15 h 30" = "15:30" = "3.30 pm" = "3:30 p.m.") and numbers written as
 * words ("dix-sept", "twenty-one", "trois cents", "half", "un tiers"). Month names count only in a date ("le 5 mars",
 * "March 2024"; not "they march 5 km", not "Mars").
 */
final class Quantities {
  private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})\\b");
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  /** "15 h 30", "15h30", "15 h", "15 heures 30", "15 h 5" (15:05). */
  private static final Pattern TIME_H = Pattern.compile(
      "(?<![\\d.,])(\\d{1,2})\\s?(?:[hH]|heures?)(?:\\s?(\\d{1,2}))?(?![\\p{L}\\d])");
  /** A duration in hours and minutes: "2 hours 40 minutes", "2 heures et 40 minutes", "2 h 40 min" (2:40). */
  private static final Pattern DURATION = Pattern.compile(
      "(?<![\\d.,])(\\d{1,2})\\s?(?:hours?|hrs?|heures?|h)\\s+(?:and\\s+|et\\s+)?(\\d{1,2})\\s?(?:minutes?|mins?|min)(?!\\p{L})");
  /** Words a French figure may have before its scale: "100 autres milliards", "3 nouveaux millions". */
  private static final Set<String> BEFORE_SCALE_FR = Set.of("autres", "nouveaux", "nouvelles");
  /** Units of distance and speed that a translation may convert: "225 km/h" is "140 mph", "93 km" "58 miles". */
  private static final Pattern METRIC = Pattern.compile("[\\s\\u00A0-]?(?:km/h|km|kilom[eè]tres?|kilometers?|kilometres?)(?!\\p{L})",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern IMPERIAL = Pattern.compile("[\\s\\u00A0-]?(?:mph|miles?)(?!\\p{L})", Pattern.CASE_INSENSITIVE);
  private static final BigDecimal MILE = new BigDecimal("1.609344");
  /** The "million" of "thousand million(s)": with the thousand before it, a billion. */
  private static final Pattern THOUSAND_MILLION = Pattern.compile("[\\s\\u00A0-]millions?(?!\\p{L})",
      Pattern.CASE_INSENSITIVE);
  /** The "es de finale" of "8es de finale" (the round of the last 16). */
  private static final Pattern FINALS = Pattern.compile("(?:e|es|ème|èmes)\\s+de\\s+finale(?!\\p{L})");
  private static final Pattern HALF_AFTER = Pattern.compile("\\s+et\\s+demie?(?!\\p{L})");
  /** "3.30 pm", "3 pm", "3:30 p.m."; "15.30" alone is a number that may be a time (see timeReading). */
  private static final Pattern TIME_AMPM = Pattern.compile(
      "(?<![\\d.,:])(\\d{1,2})(?:[.:](\\d{2}))?\\s?([ap])(?:\\.m\\.|\\.m\\b|m\\b)", Pattern.CASE_INSENSITIVE);
  /** "1100 hours", "between 1100 and 1200 hours", "from 1000 to 2030 hours", "1200 GMT": the military clock. */
  private static final Pattern TIME_MILITARY = Pattern.compile(
      "(?<![\\d.,:])([01]\\d|2[0-3])([0-5]\\d)(?=(?:\\s*(?:and|to|-|\u2013)\\s*(?:[01]\\d|2[0-3])[0-5]\\d)?\\s+hours\\b"
          + "|\\s*(?:GMT|UTC|Z)\\b)");
  /** "2 o'clock": 2:00 or 14:00. */
  private static final Pattern O_CLOCK = Pattern.compile("(?<![\\d.,:])(\\d{1,2})(?:[.:](\\d{2}))?\\s?o['\u2019]clock\\b",
      Pattern.CASE_INSENSITIVE);
  /** Times of day in words: "midi" and "noon" are 12:00, "minuit" and "midnight" 0:00. */
  private static final Map<String, Integer> TIME_WORDS = Map.of("midi", 720, "noon", 720, "minuit", 0, "midnight", 0);
  /**
   * A race result: "2:21:31", "2 :21 :31" (French spacing) and "2:21.31" (hours, minutes, seconds, or minutes, seconds, hundredths: the digit groups
   * are compared, whatever the separators; both read 2 × 60 + 21.31); "20 sec 53" is 20.53 seconds.
   */
  private static final Pattern RACE_TIME = Pattern.compile(
      "(?<![\\d.,:])(\\d{1,2})[\\s\\u00A0\\u202F]?:(\\d{2})(?:[\\s\\u00A0\\u202F]?:|[.,])(\\d{2})(?![\\d:]|[.,]\\d)");
  private static final Pattern SECONDS_HUNDREDTHS = Pattern.compile("(?<![\\d.,:])(\\d{1,2})\\s?(?:sec|s)\\.?\\s?(\\d{2})(?![\\d\\p{L}])");
  private static final Pattern TIME_COLON = Pattern.compile("(?<![\\d.,:])(\\d{1,2}):(\\d{2})(?![\\d:])");
  /** "the 15th of December": an English day before its month. */
  private static final Pattern ORDINAL_OF = Pattern.compile("(?<!\\d)\\d{1,2}(?:st|nd|rd|th)\\s+of\\s+$");
  private static final Pattern WORD = Pattern.compile("\\p{L}+\\.?");
  private static final Pattern ROMAN_ORDINAL = Pattern.compile("([IVXLCM]{1,7})(?:e|er|ème|eme|è)\\b");
  private static final Pattern CENTURY_AFTER = Pattern.compile("\\s+(?:siècles?|s\\.|millénaires?)");
  private static final Set<String> ENGLISH_MONTHS = Set.of("january", "february", "march", "april", "june", "july",
      "august", "october", "november", "december");
  private static final Map<String, Long> SCALES_FR = Map.of("milliard", 1_000_000_000L, "milliards", 1_000_000_000L,
      "md", 1_000_000_000L, "mds", 1_000_000_000L, "million", 1_000_000L, "millions", 1_000_000L, "mille", 1_000L,
      "billion", 1_000_000_000_000L, "billions", 1_000_000_000_000L);
  private static final Map<String, Long> SCALES_EN = Map.of("billion", 1_000_000_000L, "billions", 1_000_000_000L,
      "bn", 1_000_000_000L, "million", 1_000_000L, "millions", 1_000_000L, "m", 1_000_000L, "thousand", 1_000L,
      "trillion", 1_000_000_000_000L);
  /** Cardinals and ordinals that combine into larger numbers ("twenty-one", "two hundred"). */
  private static final Map<String, Integer> WORDS_EN = words(
      "one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 thirteen 13 "
          + "fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19 twenty 20 thirty 30 forty 40 "
          + "fifty 50 sixty 60 seventy 70 eighty 80 ninety 90 first 1 second 2 third 3 fourth 4 fifth 5 sixth 6 seventh 7 "
          + "eighth 8 ninth 9 tenth 10 eleventh 11 twelfth 12 twentieth 20 hundredth 100 thousandth 1000");
  /** Words that stand for a number on their own and never combine ("dozen", "twice", "bilateral"). */
  private static final Map<String, Integer> LONE_EN = words(
      "dozen 12 single 1 double 2 twice 2 decade 10 decades 10 bilateral 2 trilateral 3 thrice 3 triple 3");
  private static final Map<String, Integer> WORDS_FR = words(
      "un 1 une 1 deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 onze 11 douze 12 treize 13 "
          + "quatorze 14 quinze 15 seize 16 vingt 20 vingts 20 trente 30 quarante 40 cinquante 50 soixante 60 "
          + "premier 1 première 1 premiers 1 premières 1 deuxième 2 second 2 seconde 2 troisième 3 quatrième 4 "
          + "cinquième 5 sixième 6 septième 7 huitième 8 neuvième 9 dixième 10 onzième 11 douzième 12 vingtième 20 "
          + "centième 100 millième 1000");
  private static final Map<String, Integer> LONE_FR = words(
      "dizaine 10 dizaines 10 douzaine 12 quinzaine 15 vingtaine 20 trentaine 30 quarantaine 40 cinquantaine 50 "
          + "soixantaine 60 centaine 100 millier 1000 double 2 décennie 10 décennies 10 bilatéral 2 bilatérale 2 "
          + "trilatéral 3 trilatérale 3");
  /** Fractions: "half" 0.5, "quarter" 0.25, "third" 1/3 (also the ordinal 3: "a third country"). */
  private static final BigDecimal THIRD = BigDecimal.ONE.divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_UP);
  private static final Map<String, BigDecimal> FRACTIONS_EN = Map.of("half", new BigDecimal("0.5"),
      "halves", new BigDecimal("0.5"), "quarter", new BigDecimal("0.25"), "quarters", new BigDecimal("0.25"),
      "third", BigDecimal.valueOf(3), "thirds", THIRD);
  private static final Map<String, BigDecimal> FRACTIONS_FR = Map.of("moitié", new BigDecimal("0.5"),
      "demi", new BigDecimal("0.5"), "demie", new BigDecimal("0.5"), "quart", new BigDecimal("0.25"),
      "quarts", new BigDecimal("0.25"), "tiers", THIRD);
  /** Words before "second"/"seconde" that make it the unit of time: "a second", "par seconde", "10 seconds". */
  private static final Set<String> SECOND_AS_UNIT = Set.of("a", "one", "per", "each", "every", "split", "une", "par",
      "chaque", "quelques", "few");

  private Quantities() {}

  private static Map<String, Integer> words(String pairs) {
    String[] p = pairs.split(" ");
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i + 1 < p.length; i += 2) m.put(p[i], Integer.parseInt(p[i + 1]));
    return Map.copyOf(m);
  }

  /** Every quantity of {@code text} between {@code from} and {@code to}, in text order, dates read day first. */
  static List<Quantity> find(String text, int from, int to, Language language) {
    return find(text, from, to, language, false);
  }

  /**
   * Every quantity of {@code text} between {@code from} and {@code to}, in text order; {@code monthFirst} reads
   * slashed dates the American way ("6/13/2024" is 13 June; "13/6/2024" stays day first, there is no month 13).
   */
  static List<Quantity> find(String sent, int from, int to, Language language, boolean monthFirst) {
    // French typography spaces "23 h 35" and "50 %" with no-break spaces: read them as spaces, offsets unchanged,
    // and give each quantity its surface as sent
    String text = sent.replace('\u00A0', ' ').replace('\u202F', ' ');
    List<Quantity> out = new ArrayList<>();
    boolean[] taken = new boolean[to - from];
    dates(text, from, to, monthFirst, out, taken);
    times(text, from, to, out, taken);
    int i = skipParagraphNumber(text, from, to);
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
        int end = Math.max(w.end(), word(text, i, w.end(), to, language, out));
        i = end;
        while (i < to && Character.isLetter(text.charAt(i))) i++;
      } else {
        i++;
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Quantity> found = ellipticScales(out);
    if (text.equals(sent)) return found;
    List<Quantity> asSent = new ArrayList<>(found.size());
    for (Quantity q : found) {
      asSent.add(new Quantity(q.value(), q.kind(), q.start(), q.end(), sent.substring(q.start(), q.end()), q.word(),
          q.alternatives(), q.unscaled()));
    }
    return asSent;
  }

  /**
   * A bare figure may take the scale of another figure of the same sentence: "9 millions, face aux 5,2" is 5.2
   * million, "60 000 millions mais 95 000" 95 billion, as the other language may write it in full.
   */
  private static List<Quantity> ellipticScales(List<Quantity> found) {
    Set<BigDecimal> scales = new java.util.LinkedHashSet<>();
    for (Quantity q : found) {
      if (q.scaled() && q.unscaled().signum() != 0) {
        scales.add(q.value().divide(q.unscaled(), 0, RoundingMode.HALF_UP));
      }
    }
    if (scales.isEmpty()) return found;
    List<Quantity> out = new ArrayList<>(found.size());
    for (Quantity q : found) {
      Quantity r = q;
      if (q.kind() == Kind.NUMBER && !q.word() && !q.scaled()) {
        for (BigDecimal scale : scales) r = r.orAlso(q.value().multiply(scale).stripTrailingZeros().toPlainString());
      }
      out.add(r);
    }
    return out;
  }

  /**
   * Where to start reading: after a paragraph number that opens the segment ("151. Between 1100 and 1200 hours"),
   * which one language's version of a document often has and the other not.
   */
  private static int skipParagraphNumber(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) i++;
    int j = Numerals.digitsEnd(text, i, to);
    if (j == i || j - i > 3 || j + 1 >= to || ".)".indexOf(text.charAt(j)) < 0 || text.charAt(j + 1) != ' ') return from;
    return j + 1;
  }

  private static void dates(String text, int from, int to, boolean monthFirst, List<Quantity> out, boolean[] taken) {
    Matcher d = DATE.matcher(text).region(from, to);
    while (d.find()) {
      int first = Integer.parseInt(d.group(1));
      int second = Integer.parseInt(d.group(3));
      boolean american = monthFirst && d.group(2).equals("/") && first <= 12;
      int dayGroup = american ? 3 : 1;
      int monthGroup = american ? 1 : 3;
      int month = american ? first : second;
      if (month < 1 || month > 12) continue;
      out.add(new Quantity(new BigDecimal(d.group(dayGroup)), Kind.NUMBER, d.start(dayGroup), d.end(dayGroup), d.group(dayGroup), false));
      out.add(new Quantity(BigDecimal.valueOf(month), Kind.MONTH, d.start(monthGroup), d.end(monthGroup), d.group(monthGroup), false));
      out.add(new Quantity(new BigDecimal(d.group(4)), Kind.NUMBER, d.start(4), d.end(4), d.group(4), false));
      take(taken, from, d.start(), d.end());
    }
    Matcher iso = ISO_DATE.matcher(text).region(from, to);
    while (iso.find()) {
      int month = Integer.parseInt(iso.group(2));
      if (month < 1 || month > 12 || taken[iso.start() - from]) continue;
      out.add(new Quantity(new BigDecimal(iso.group(1)), Kind.NUMBER, iso.start(1), iso.end(1), iso.group(1), false));
      out.add(new Quantity(BigDecimal.valueOf(month), Kind.MONTH, iso.start(2), iso.end(2), iso.group(2), false));
      out.add(new Quantity(new BigDecimal(iso.group(3)), Kind.NUMBER, iso.start(3), iso.end(3), iso.group(3), false));
      take(taken, from, iso.start(), iso.end());
    }
  }

  /**
   * Times of day: "15 h 30" and "15:30" are 15:30; "3.30 pm" too; "3:30" without am or pm may be 3:30 or 15:30;
   * "15 h" may also be a duration of 15 hours ("pendant 15 h").
   */
  private static void times(String text, int from, int to, List<Quantity> out, boolean[] taken) {
    raceTimes(text, from, to, out, taken);
    Matcher m = TIME_AMPM.matcher(text).region(from, to);
    while (m.find()) {
      int h = Integer.parseInt(m.group(1));
      int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      if (h < 1 || h > 12 || min > 59 || isTaken(taken, from, m.start(), m.end())) continue;
      boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
      int hour = (h % 12) + (pm ? 12 : 0);
      out.add(time(hour, min, m.start(), m.end(), text, List.of()));
      take(taken, from, m.start(), m.end());
    }
    for (Pattern p : List.of(DURATION, TIME_H, TIME_COLON, TIME_MILITARY, O_CLOCK)) {
      Matcher t = p.matcher(text).region(from, to);
      while (t.find()) {
        int h = Integer.parseInt(t.group(1));
        int min = t.group(2) == null ? 0 : Integer.parseInt(t.group(2));
        if (h > 24 || min > 59 || isTaken(taken, from, t.start(), t.end())) continue;
        List<String> alternatives = new ArrayList<>();
        if (h >= 1 && h <= 11 && (p == TIME_COLON || p == O_CLOCK)) alternatives.add(Quantity.timeKey((h + 12) * 60 + min));
        if (p == TIME_H && t.group(2) == null) alternatives.add(Integer.toString(h));
        out.add(time(h % 24, min, t.start(), t.end(), text, alternatives));
        take(taken, from, t.start(), t.end());
      }
    }
  }

  private static void raceTimes(String text, int from, int to, List<Quantity> out, boolean[] taken) {
    Matcher r = RACE_TIME.matcher(text).region(from, to);
    while (r.find()) {
      if (isTaken(taken, from, r.start(), r.end())) continue;
      // one value for both readings of the digit groups; "15:30:00" may also be a time of day
      int h = Integer.parseInt(r.group(1));
      int min = Integer.parseInt(r.group(2));
      BigDecimal value = BigDecimal.valueOf(h * 60L).add(new BigDecimal(r.group(2) + "." + r.group(3)));
      List<String> timeOfDay = text.charAt(r.start(3) - 1) == ':' && h <= 23 && min <= 59
          ? List.of(Quantity.timeKey(h * 60 + min)) : List.of();
      out.add(new Quantity(value, Kind.NUMBER, r.start(), r.end(), r.group(), false, timeOfDay));
      take(taken, from, r.start(), r.end());
    }
    Matcher s = SECONDS_HUNDREDTHS.matcher(text).region(from, to);
    while (s.find()) {
      if (isTaken(taken, from, s.start(), s.end())) continue;
      out.add(new Quantity(new BigDecimal(s.group(1) + "." + s.group(2)), Kind.NUMBER, s.start(), s.end(), s.group(), false));
      take(taken, from, s.start(), s.end());
    }
  }

  private static Quantity time(int hour, int min, int start, int end, String text, List<String> alternatives) {
    return new Quantity(BigDecimal.valueOf(hour * 60L + min), Kind.TIME, start, end, text.substring(start, end), false,
        alternatives);
  }

  private static boolean isTaken(boolean[] taken, int from, int start, int end) {
    for (int k = start; k < end; k++) if (taken[k - from]) return true;
    return false;
  }

  private static void take(boolean[] taken, int from, int start, int end) {
    for (int k = start; k < end; k++) taken[k - from] = true;
  }

  private static int number(String text, int start, int to, Language language, List<Quantity> out) {
    // an English translation may keep the French "500 000"; the reader takes the other language's decimal mark too
    Numeral numeral = Numerals.read(text, start, to, Numerals.Convention.of(language).withSpaceGroups());
    char decimalMark = Numerals.Convention.of(language).decimalMark();
    int i = numeral.end();
    int end = i;
    BigDecimal value = numeral.value(text);
    String raw = text.substring(start, end);
    if (gluedYears(raw)) {
      // "20142020": a year range whose dash was lost in extraction (PDF, UN files) is the two years
      out.add(new Quantity(new BigDecimal(raw.substring(0, 4)), Kind.NUMBER, start, start + 4, raw.substring(0, 4), false));
      out.add(new Quantity(new BigDecimal(raw.substring(4)), Kind.NUMBER, start + 4, end, raw.substring(4), false));
      return end;
    }
    // "500,000" in a French text, "500.000" in an English one: grouping the other language's way, or a decimal
    BigDecimal alternative = raw.matches("\\d{1,3}(" + Pattern.quote(String.valueOf(decimalMark)) + "\\d{3})+")
        ? new BigDecimal(raw.replace(String.valueOf(decimalMark), "")) : null;
    List<String> alternatives = new ArrayList<>();
    timeReading(raw, alternatives);
    militaryTimeAfterAt(text, start, raw, language, alternatives);
    decadeReading(text, start, end, to, raw, language, alternatives);
    shortYearReading(text, start, raw, alternatives);
    // a scale glued ("43.3bn", "€40m") or after a space ("40 milliards", "40 billion")
    // ("150-million-crown campaign")
    int k = i;
    while (k < to && k - i <= 1 && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0' || text.charAt(k) == '\u202F'
        || text.charAt(k) == '-' && k == i)) {
      k++;
    }
    Matcher w = WORD.matcher(text).region(k, to);
    if (w.lookingAt() && language == Language.FR && BEFORE_SCALE_FR.contains(w.group().toLowerCase(Locale.ROOT))
        && w.end() < to && text.charAt(w.end()) == ' ') {
      Matcher after = WORD.matcher(text).region(w.end() + 1, to);
      if (after.lookingAt() && SCALES_FR.containsKey(after.group().toLowerCase(Locale.ROOT))) w = after;
    }
    BigDecimal unscaled = null;
    if (w.lookingAt()) {
      String word = w.group().toLowerCase(Locale.ROOT);
      if (word.endsWith(".")) word = word.substring(0, word.length() - 1);
      Long scale = (language == Language.FR ? SCALES_FR : SCALES_EN).get(word);
      if (language == Language.EN && word.equals("thousand")) {
        // British "thousand million" is a billion ("7.2 thousand million euros" for "7,2 milliards")
        Matcher million = THOUSAND_MILLION.matcher(text).region(w.end(), to);
        if (million.lookingAt()) {
          scale = 1_000_000_000L;
          w = million;
        }
      }
      boolean glued = k == i;
      // "m" is a million only glued after a currency ("£450m"); "50m" alone is fifty metres
      boolean money = start > 0 && "£$€".indexOf(text.charAt(start - 1)) >= 0;
      if (scale != null && (!word.equals("m") || glued && money)) {
        // French "billion" is 10^12, but news translations often carry the English billion over: keep both readings
        if (language == Language.FR && word.startsWith("billion")) {
          alternatives.add(value.multiply(BigDecimal.valueOf(1_000_000_000L)).stripTrailingZeros().toPlainString());
        }
        unscaled = value;
        // "7 millions et demi" is 7.5 million
        Matcher half = HALF_AFTER.matcher(text).region(w.end(), to);
        BigDecimal plus = half.lookingAt() ? new BigDecimal("0.5") : BigDecimal.ZERO;
        value = value.add(plus).multiply(BigDecimal.valueOf(scale));
        if (alternative != null) alternative = alternative.add(plus).multiply(BigDecimal.valueOf(scale));
        end = half.lookingAt() ? half.end() : w.end();
        if (text.charAt(end - 1) == '.') end--;
      } else if (scale != null && glued && language == Language.EN) {
        // "1.7m people": a glued "m" may be a million as well as metres ("a 7.5m wall", "the 50m freestyle")
        alternatives.add(value.multiply(BigDecimal.valueOf(scale)).stripTrailingZeros().toPlainString());
      }
    }
    if (language == Language.FR && FINALS.matcher(text).region(end, to).lookingAt()) {
      // "les 8es de finale" are the last 16 teams
      alternatives.add(value.multiply(BigDecimal.TWO).stripTrailingZeros().toPlainString());
    }
    if (alternative != null) alternatives.add(alternative.stripTrailingZeros().toPlainString());
    unitReading(text, end, to, value, alternatives);
    out.add(new Quantity(value, Kind.NUMBER, start, end, text.substring(start, end), false, alternatives, unscaled));
    // skip glued letters (ordinals 75e, 1re, 75th; "F-35s")
    while (end < to && Character.isLetter(text.charAt(end))) end++;
    return Math.max(end, i);
  }

  /** "20142020" (2014–2020 without its dash): two years of 1900 to 2099, the second later by at most 50. */
  private static boolean gluedYears(String raw) {
    if (raw.length() != 8 || !(raw.startsWith("19") || raw.startsWith("20")) || !parseable(raw)) return false;
    int first = Integer.parseInt(raw.substring(0, 4));
    int second = Integer.parseInt(raw.substring(4));
    return second >= 1900 && second <= 2099 && second > first && second - first <= 50;
  }

  /**
   * Whether {@code s} is all digits {@link Integer#parseInt} reads: "20,14202" is no pair of years, and a digit
   * outside the Basic Plane ("𝟐", which the numeral reader takes) is left to the value.
   */
  private static boolean parseable(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }

  /** "1991/92" and "2014-15": the short year after a full one is in its century (1992, 2015). */
  private static void shortYearReading(String text, int start, String raw, List<String> alternatives) {
    if (raw.length() != 2 || start < 5 || "/-\u2013".indexOf(text.charAt(start - 1)) < 0) return;
    String year = text.substring(start - 5, start - 1);
    if (!year.chars().allMatch(Character::isDigit) || !(year.startsWith("19") || year.startsWith("20"))
        || start >= 6 && Character.isDigit(text.charAt(start - 6))) {
      return;
    }
    if (Integer.parseInt(raw) > Integer.parseInt(year.substring(2))) alternatives.add(year.substring(0, 2) + raw);
  }

  /**
   * A distance or speed in the other system, as translators round it: "225 km/h" may be 140 mph, "93 km" 58 miles,
   * "400 km/h" 250 mph (to the unit; from 50 to 5, from 100 to 10).
   */
  private static void unitReading(String text, int end, int to, BigDecimal value, List<String> alternatives) {
    BigDecimal converted;
    if (METRIC.matcher(text).region(end, to).lookingAt()) converted = value.divide(MILE, 3, RoundingMode.HALF_UP);
    else if (IMPERIAL.matcher(text).region(end, to).lookingAt()) converted = value.multiply(MILE);
    else return;
    for (int step : new int[] {1, 5, 10}) {
      if (converted.compareTo(BigDecimal.valueOf(step * 10L)) < 0 && step > 1) continue;
      BigDecimal s = BigDecimal.valueOf(step);
      alternatives.add(converted.divide(s, 0, RoundingMode.HALF_UP).multiply(s).toPlainString());
    }
  }

  /** "15.30" may be a time of day (15:30; "at 3.30" may be 15:30 too), whatever its first reading. */
  private static void timeReading(String raw, List<String> alternatives) {
    int dot = raw.indexOf('.');
    if (dot < 1 || dot > 2 || raw.length() - dot - 1 != 2 || !parseable(raw.substring(0, dot))
        || !parseable(raw.substring(dot + 1))) {
      return;
    }
    int h = Integer.parseInt(raw.substring(0, dot));
    int min = Integer.parseInt(raw.substring(dot + 1));
    if (h > 24 || min > 59) return;
    alternatives.add(Quantity.timeKey((h % 24) * 60 + min));
    if (h >= 1 && h <= 11) alternatives.add(Quantity.timeKey((h + 12) * 60 + min));
  }

  /** "At 0300," in an English report is a time of day (UN incident reports), as "1100 hours" is. */
  private static void militaryTimeAfterAt(String text, int start, String raw, Language language, List<String> alternatives) {
    if (language != Language.EN || raw.length() != 4 || !parseable(raw) || start < 3
        || !text.regionMatches(true, start - 3, "at ", 0, 3)) {
      return;
    }
    int h = Integer.parseInt(raw.substring(0, 2));
    int min = Integer.parseInt(raw.substring(2));
    if (h <= 23 && min <= 59) alternatives.add(Quantity.timeKey(h * 60 + min));
  }

  /** "the 1980s" may be "les années 80", and "les années 1980" "the 80s". */
  private static void decadeReading(String text, int start, int end, int to, String raw, Language language,
      List<String> alternatives) {
    if (raw.length() != 4 || !raw.endsWith("0") || !(raw.startsWith("19") || raw.startsWith("20"))) return;
    boolean decade = language == Language.EN ? end < to && text.charAt(end) == 's'
        : text.substring(Math.max(0, start - 7), start).toLowerCase(Locale.ROOT).endsWith("années ");
    if (decade) alternatives.add(raw.substring(2));
  }

  /**
   * The quantity a word starts, if any: a month in a date, a century in roman numerals, a fraction, or a number
   * written in words, several words long when they combine ("dix-sept", "vingt et un", "two hundred", "trois
   * mille"). Returns where the quantity ends, or {@code end} when the word is none.
   */
  private static int word(String text, int start, int end, int to, Language language, List<Quantity> out) {
    String w = text.substring(start, end).toLowerCase(Locale.ROOT);
    Integer month = Months.byNameOrAbbreviation(w);
    if (month == null && w.endsWith(".")) month = Months.byNameOrAbbreviation(w.substring(0, w.length() - 1));
    if (month != null && isMonth(text, start, end, to, language, w)) {
      int e = w.endsWith(".") && Months.byNameOrAbbreviation(w) == null ? end - 1 : end;
      out.add(new Quantity(BigDecimal.valueOf(month), Kind.MONTH, start, e, text.substring(start, e), false));
      return e;
    }
    Matcher roman = ROMAN_ORDINAL.matcher(text).region(start, to);
    if (roman.lookingAt() && (roman.group(1).length() >= 2 || CENTURY_AFTER.matcher(text).region(roman.end(), to).lookingAt())) {
      int n = romanValue(roman.group(1));
      if (n > 0) {
        out.add(new Quantity(BigDecimal.valueOf(n), Kind.NUMBER, start, roman.end(), roman.group(), false));
        return roman.end();
      }
    }
    String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    Integer clock = TIME_WORDS.get(bare);
    if (clock != null) {
      out.add(new Quantity(BigDecimal.valueOf(clock), Kind.TIME, start, start + bare.length(), bare, true));
      return start + bare.length();
    }
    BigDecimal fraction = (language == Language.FR ? FRACTIONS_FR : FRACTIONS_EN).get(bare);
    if (fraction != null) {
      List<String> alternatives = bare.equals("third") ? List.of(THIRD.toPlainString())
          : bare.equals("tiers") ? List.of("3") : List.of();
      out.add(new Quantity(fraction, Kind.NUMBER, start, start + bare.length(), bare, true, alternatives));
      return start + bare.length();
    }
    Integer lone = (language == Language.FR ? LONE_FR : LONE_EN).get(bare);
    if (lone != null) {
      out.add(new Quantity(BigDecimal.valueOf(lone), Kind.NUMBER, start, start + bare.length(), bare, true));
      return start + bare.length();
    }
    if ((bare.equals("second") || bare.equals("seconde")) && secondIsUnit(text, start)) return end;
    return spelledNumber(text, start, to, language, out, end);
  }

  /** "cent", "hundred" and the scales multiply what comes before them; the rest adds up. */
  private static int spelledNumber(String text, int start, int to, Language language, List<Quantity> out, int end) {
    Map<String, Integer> numbers = language == Language.FR ? WORDS_FR : WORDS_EN;
    Map<String, Long> scales = language == Language.FR ? SCALES_FR : SCALES_EN;
    long total = 0;
    long current = 0;
    int last = -1;
    String previous = "";
    long previousValue = 0;
    boolean afterScale = false;
    int i = start;
    boolean any = false;
    while (i < to) {
      Matcher m = WORD.matcher(text).region(i, to);
      if (!m.lookingAt()) break;
      String part = text.substring(i, m.end()).toLowerCase(Locale.ROOT);
      // a sentence's full stop ends the number ("she was only seven."); the word still counts
      boolean stop = part.endsWith(".");
      int wordEnd = stop ? m.end() - 1 : m.end();
      if (stop) part = part.substring(0, part.length() - 1);
      Integer n = numbers.get(part);
      // "cent" is a hundred in French only, and not in "pour cent" (nor is "per cent" a hundred in English)
      boolean hundred = "hundred".equals(part)
          || language == Language.FR && ("cent".equals(part) || "cents".equals(part)) && !(!any && afterPour(text, i));
      Long scale = hundred ? Long.valueOf(100) : scales.get(part);
      if (n != null && (!any || (n == 20 && previous.equals("quatre")) || addsTo(previousValue, afterScale, n))
          && !(any && isOrdinalWord(previous))) {
        // "quatre-vingt(s)" is 4 × 20; "vingt et un", "dix-sept", "soixante-dix", "deux cent cinq" add up
        current = (n == 20 && previous.equals("quatre")) ? current - 4 + 80 : current + n;
        previousValue = (n == 20 && previous.equals("quatre")) ? 80 : n;
        afterScale = false;
      } else if (scale != null && !part.equals("m") && !part.equals("md") && !part.equals("bn")
          && (!any || !isOrdinalWord(previous))) {
        if (scale == 100) current = Math.max(current, 1) * 100;
        else {
          total += Math.max(current, 1) * scale;
          current = 0;
        }
        afterScale = true;
      } else if (any && (part.equals("et") || part.equals("and")) && numbers.containsKey(nextWord(text, m.end(), to))
          && (afterScale || previousValue >= 20)) {
        // "vingt et un", "two hundred and five"
      } else {
        break;
      }
      any = true;
      previous = part;
      last = wordEnd;
      int sep = wordEnd;
      if (!stop && sep < to && (text.charAt(sep) == '-' || text.charAt(sep) == ' ') && sep + 1 < to && Character.isLetter(text.charAt(sep + 1))) {
        i = sep + 1;
      } else {
        break;
      }
    }
    if (!any) return end;
    String surface = text.substring(start, last);
    out.add(new Quantity(BigDecimal.valueOf(total + current), Kind.NUMBER, start, last, surface, true));
    return last;
  }

  /** Whether the word at {@code at} follows "pour" ("20 pour cent"). */
  private static boolean afterPour(String text, int at) {
    return text.substring(Math.max(0, at - 5), at).toLowerCase(Locale.ROOT).matches(".*\\bpour\\s+");
  }

  /** Whether {@code n} continues a number that so far ends with {@code previous}: 20 + 1, 10 + 7, 60 + 11, 100 + 5. */
  private static boolean addsTo(long previous, boolean afterScale, int n) {
    if (afterScale) return true;
    return previous >= 10 && previous % 10 == 0 && n < previous && (previous != 10 || n < 10);
  }

  private static boolean isOrdinalWord(String w) {
    return w.endsWith("ième") || w.endsWith("th") || w.equals("first") || w.equals("second") || w.startsWith("premi");
  }

  private static String nextWord(String text, int at, int to) {
    int i = at;
    while (i < to && text.charAt(i) == ' ') i++;
    int j = i;
    while (j < to && Character.isLetter(text.charAt(j))) j++;
    return text.substring(i, j).toLowerCase(Locale.ROOT);
  }

  /** "a second", "par seconde", "10 seconds": the unit of time, not the ordinal. */
  private static boolean secondIsUnit(String text, int start) {
    int i = start;
    while (i > 0 && text.charAt(i - 1) == ' ') i--;
    if (i > 0 && Character.isDigit(text.charAt(i - 1))) return true;
    int j = i;
    while (j > 0 && Character.isLetter(text.charAt(j - 1)) && i - j < 8) j--;
    return SECOND_AS_UNIT.contains(text.substring(j, i).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a month name is a month here: in a date ("5 mars", "le 1er mai", "mars 2024", "March 2024", "May 5");
   * in English it must also be capitalised ("they march 5 km" is no date, nor "Allies may agree").
   */
  private static boolean isMonth(String text, int start, int end, int to, Language language, String word) {
    boolean englishName = ENGLISH_MONTHS.contains(word);
    if ((language == Language.EN || englishName) && !Character.isUpperCase(text.charAt(start))) return false;
    // French writes "5 mars" and "mars 2024", never "mars 5" ("Mars 2" is a space probe); an English caption in a
    // French text may ("March 30, 2024")
    return dayBefore(text, start) || dayOrYearAfter(text, end, to, language == Language.EN || englishName)
        || ORDINAL_OF.matcher(text).region(Math.max(0, start - 12), start).find();
  }

  private static boolean dayBefore(String text, int start) {
    int i = start;
    while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00A0')) i--;
    int letters = i;
    while (letters > 0 && Character.isLetter(text.charAt(letters - 1)) && i - letters <= 2) letters--;
    int digitsEnd = letters < i && letters > 0 && Character.isDigit(text.charAt(letters - 1)) ? letters : i;
    int k = digitsEnd;
    while (k > 0 && Character.isDigit(text.charAt(k - 1)) && digitsEnd - k < 3) k--;
    if (k == digitsEnd || digitsEnd - k > 2) return false;
    int day = Integer.parseInt(text.substring(k, digitsEnd));
    return day >= 1 && day <= 31 && (k == 0 || !Character.isDigit(text.charAt(k - 1)));
  }

  /** A year, or a day (1 to 31, maybe "5th") that no digit or decimal continues: "March 2024", "May 5, 2024". */
  private static boolean dayOrYearAfter(String text, int end, int to, boolean dayToo) {
    int i = end;
    while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) i++;
    int j = Numerals.digitsEnd(text, i, to);
    if (j == i || j - i > 4 || j - i == 3 || !parseable(text.substring(i, j))) return false;
    if (j < to && (text.charAt(j) == '.' || text.charAt(j) == ',') && j + 1 < to && Character.isDigit(text.charAt(j + 1))) {
      return false;
    }
    if (j - i == 4) return true;
    int day = Integer.parseInt(text.substring(i, j));
    return dayToo && day >= 1 && day <= 31;
  }

  private static int romanValue(String r) {
    int total = 0;
    for (int i = 0; i < r.length(); i++) {
      int v = roman(r.charAt(i));
      int next = i + 1 < r.length() ? roman(r.charAt(i + 1)) : 0;
      total += v < next ? -v : v;
    }
    return total;
  }

  private static int roman(char c) {
    return switch (c) {
      case 'I' -> 1;
      case 'V' -> 5;
      case 'X' -> 10;
      case 'L' -> 50;
      case 'C' -> 100;
      case 'M' -> 1000;
      default -> 0;
    };
  }

  private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  /** How {@code q} is written in English: 40 billion, 500,000, 40.5, June, 15:30. */
  static String english(Quantity q) {
    if (q.month()) return MONTH_NAMES[q.value().intValue() - 1];
    if (q.kind() == Kind.TIME) return q.key().substring("time:".length());
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
