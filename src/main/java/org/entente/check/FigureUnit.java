package org.entente.check;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure counts, read from the words around it, the same in French and English: "1,1 million d'euros" and
 * "€1.2 million" count euros, "24 million Czech crowns" crowns, "47 %" and "43 per cent" per cent, "2 ans" and "3
 * years" years. Two figures in different units ("1,1 million d'euros" / "24 million Czech crowns", "2 ans" / "24
 * months") are a conversion, not a contradiction; a figure whose unit is not read ("" here) may be in any unit.
 */
final class FigureUnit {
  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("%", "%"), Map.entry("percent", "%"), Map.entry("pourcent", "%"),
      Map.entry("points", "points"), Map.entry("point", "points"), Map.entry("pts", "points"), Map.entry("percentage", "points"),
      Map.entry("€", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("eur", "EUR"),
      Map.entry("$", "dollar"), Map.entry("dollar", "dollar"), Map.entry("dollars", "dollar"), Map.entry("usd", "dollar"),
      Map.entry("£", "GBP"), Map.entry("sterling", "GBP"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"),
      Map.entry("gbp", "GBP"),
      Map.entry("couronne", "crown"), Map.entry("couronnes", "crown"), Map.entry("crown", "crown"), Map.entry("crowns", "crown"),
      Map.entry("krona", "crown"), Map.entry("kronor", "crown"), Map.entry("koruna", "crown"), Map.entry("czk", "crown"),
      Map.entry("sek", "crown"), Map.entry("kč", "crown"),
      Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("roubles", "RUB"), Map.entry("rubles", "RUB"),
      Map.entry("roupies", "INR"), Map.entry("rupees", "INR"), Map.entry("francs", "franc"), Map.entry("taka", "BDT"),
      Map.entry("zlotys", "PLN"), Map.entry("zlotych", "PLN"), Map.entry("forints", "HUF"),
      Map.entry("km", "km"), Map.entry("kilomètre", "km"), Map.entry("kilomètres", "km"), Map.entry("kilometre", "km"),
      Map.entry("kilometres", "km"), Map.entry("kilometer", "km"), Map.entry("kilometers", "km"),
      Map.entry("mile", "mile"), Map.entry("miles", "mile"), Map.entry("mph", "mph"),
      Map.entry("mètres", "m"), Map.entry("metres", "m"), Map.entry("meters", "m"), Map.entry("mètre", "m"),
      Map.entry("feet", "ft"), Map.entry("foot", "ft"), Map.entry("pieds", "ft"),
      Map.entry("kg", "kg"), Map.entry("kilos", "kg"), Map.entry("kilogrammes", "kg"), Map.entry("kilograms", "kg"),
      Map.entry("lb", "lb"), Map.entry("lbs", "lb"),
      Map.entry("tonnes", "t"), Map.entry("tons", "t"),
      Map.entry("an", "year"), Map.entry("ans", "year"), Map.entry("année", "year"), Map.entry("années", "year"),
      Map.entry("year", "year"), Map.entry("years", "year"),
      Map.entry("mois", "month"), Map.entry("month", "month"), Map.entry("months", "month"),
      Map.entry("semaine", "week"), Map.entry("semaines", "week"), Map.entry("week", "week"), Map.entry("weeks", "week"),
      Map.entry("jour", "day"), Map.entry("jours", "day"), Map.entry("day", "day"), Map.entry("days", "day"),
      Map.entry("heure", "hour"), Map.entry("heures", "hour"), Map.entry("hour", "hour"), Map.entry("hours", "hour"),
      Map.entry("minute", "minute"), Map.entry("minutes", "minute"));
  /**
   * The word after a figure, past "de"/"of" and a currency's country ("d'euros", "of dollars", "Czech crowns",
   * "couronnes suédoises"), or a sign ("%", "€").
   */
  private static final Pattern AFTER = Pattern.compile(
      "[\\s\\u00A0\\u202F-]*(?:(?:de|des|of)\\s+|d['’]\\s*)?(?:(?:swedish|czech|us|american|canadian|australian|hong kong)\\s+)?"
          + "(%|€|\\$|£|pour\\s+cent|per\\s+cent|livres?\\s+sterling|\\p{L}+)(/h)?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A currency written before its figure: "€40", "$ 3", "US$3", "USD 3", "EUR 40". */
  private static final Pattern BEFORE = Pattern.compile("(€|\\$|£|\\b(?:usd|eur|gbp))[\\s\\u00A0]?$",
      Pattern.CASE_INSENSITIVE);

  private FigureUnit() {}

  /** The unit of the figure at [{@code start}, {@code end}) of {@code text}, or "" when none is read. */
  static String of(String text, int start, int end) {
    Matcher before = BEFORE.matcher(text).region(Math.max(0, start - 5), start);
    if (before.find()) return WORDS.get(before.group(1).toLowerCase(Locale.ROOT));
    Matcher after = AFTER.matcher(text).region(end, Math.min(text.length(), end + 40));
    if (!after.lookingAt()) return "";
    String word = after.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (word.startsWith("pour ") || word.startsWith("per ")) return "%";
    if (word.startsWith("livre")) return "GBP";
    String unit = WORDS.getOrDefault(word, "");
    return after.group(2) != null && unit.equals("km") ? "km/h" : unit;
  }

  /**
   * Whether figures in these units may count the same thing: equal, one of them unknown, or a conversion the figures
   * were already compared through (km and miles, km/h and mph: "225 km/h" is read as 140 mph too, so "160mph" is
   * wrong, not converted).
   */
  static boolean compatible(String a, String b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b) || converted(a).equals(converted(b));
  }

  private static String converted(String unit) {
    return switch (unit) {
      case "mile" -> "km";
      case "mph" -> "km/h";
      default -> unit;
    };
  }
}
