package org.entente.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.segment.Token;
import org.entente.segment.Tokenizer;
import org.entente.text.Language;
import org.entente.text.Months;
import org.entente.text.Numeral;
import org.entente.text.Numerals;
import org.entente.text.TextNormalizer;

/**
 * The language-neutral keys a sentence shares with its translation: numbers ({@code #2024}, grouping and decimal
 * marks removed so that {@code 1 000,5} meets {@code 1,000.5}), months and weekdays ({@code m:6} for juin/June),
 * amounts ({@code x:billion} for milliards), acronyms by their letters ({@code a:anot} for both OTAN and NATO),
 * numbered-paragraph labels ({@code p:3}), a quotation ({@code q}), a heading ({@code h}) and cognates by their
 * first four letters without accents ({@code c:mini} for ministres/ministers). Lexicon words are {@code w:…} and
 * termbase concepts {@code t:…}, added by the aligner.
 */
final class AnchorKeys {
  static final String NUMBER = "#";
  static final String WORD = "w:";

  private static final Map<String, String> WEEKDAYS = Map.ofEntries(
      Map.entry("lundi", "d1"), Map.entry("monday", "d1"), Map.entry("mardi", "d2"), Map.entry("tuesday", "d2"),
      Map.entry("mercredi", "d3"), Map.entry("wednesday", "d3"), Map.entry("jeudi", "d4"), Map.entry("thursday", "d4"),
      Map.entry("vendredi", "d5"), Map.entry("friday", "d5"), Map.entry("samedi", "d6"), Map.entry("saturday", "d6"),
      Map.entry("dimanche", "d7"), Map.entry("sunday", "d7"));

  private static final Map<String, String> AMOUNTS = Map.ofEntries(
      Map.entry("milliard", "billion"), Map.entry("milliards", "billion"), Map.entry("billion", "billion"),
      Map.entry("billions", "billion"), Map.entry("million", "million"), Map.entry("millions", "million"),
      Map.entry("%", "percent"), Map.entry("percent", "percent"), Map.entry("cent", "percent"),
      Map.entry("€", "euro"), Map.entry("euro", "euro"), Map.entry("euros", "euro"), Map.entry("$", "dollar"),
      Map.entry("dollar", "dollar"), Map.entry("dollars", "dollar"));

  /** Acronym pairs whose letters differ between the languages; same-letter pairs (OTAN/NATO) need no entry. */
  private static final Map<String, String> ACRONYMS = Map.ofEntries(
      Map.entry("ONU", "UN"), Map.entry("OMS", "WHO"), Map.entry("FMI", "IMF"), Map.entry("OMC", "WTO"),
      Map.entry("CEDEAO", "ECOWAS"), Map.entry("AIEA", "IAEA"), Map.entry("PESD", "ESDP"),
      Map.entry("PSDC", "CSDP"), Map.entry("PESC", "CFSP"), Map.entry("SACEUR", "SACEUR"),
      Map.entry("ADM", "WMD"), Map.entry("NRBC", "CBRN"), Map.entry("ISR", "ISR"), Map.entry("RDC", "DRC"),
      Map.entry("EAU", "UAE"), Map.entry("RU", "UK"), Map.entry("USA", "US"), Map.entry("PIB", "GDP"));

  /** Function words of four letters or more, which would otherwise pass for cognates. */
  private static final Set<String> STOP = Set.of(
      "dans", "pour", "avec", "sans", "sont", "leur", "leurs", "nous", "vous", "elle", "elles", "mais", "plus",
      "tout", "tous", "toute", "toutes", "cette", "entre", "comme", "aussi", "avait", "etait", "sera", "seront",
      "avoir", "etre", "dont", "selon", "depuis", "lors", "alors", "apres", "avant", "sous", "encore", "meme",
      "notre", "votre", "quand", "quelque", "autre", "autres", "chez", "donc", "fait", "faire", "ainsi",
      "this", "that", "with", "from", "have", "will", "were", "been", "their", "they", "them", "there", "these",
      "those", "which", "what", "when", "where", "while", "would", "should", "could", "about", "into", "also",
      "more", "than", "then", "such", "only", "other", "over", "some", "said", "after", "before", "very", "upon",
      "your", "ours", "here", "each", "most", "much", "must", "shall", "being", "does");

  private static final Pattern NUMBERED =
      Pattern.compile("^\\s*(?:\\(?(\\d{1,3}|[a-z]|[ivxlIVXL]{1,5})[.)](?:\\s|$)|(\\d{1,3}(?:\\.\\d{1,3})+)\\s)");

  private final Tokenizer tokenizer;
  private final Language language;
  private final Numerals.Convention convention;

  AnchorKeys(Language language) {
    this.language = language;
    this.convention = Numerals.Convention.of(language);
    this.tokenizer = new Tokenizer(language);
  }

  /** The keys of one sentence, duplicates included, with {@code paragraphStart} adding {@code s}. */
  List<String> keys(String text, boolean paragraphStart) {
    List<String> keys = new ArrayList<>();
    Matcher numbered = NUMBERED.matcher(text);
    if (numbered.find()) {
      String label = numbered.group(1) != null ? numbered.group(1) : numbered.group(2);
      keys.add("p:" + label.toLowerCase(Locale.ROOT));
    }
    if (text.indexOf('«') >= 0 || text.indexOf('“') >= 0 || text.indexOf('"') >= 0 || text.indexOf('»') >= 0
        || text.indexOf('”') >= 0) {
      keys.add("q");
    }
    if (isHeading(text)) keys.add("h");
    if (paragraphStart) keys.add("s");
    for (Token t : tokenizer.tokenize(text)) {
      switch (t.type()) {
        case NUMBER -> {
          String digits = digits(t.text());
          if (!digits.isEmpty()) keys.add(NUMBER + digits);
        }
        case ACRONYM -> acronym(t.text(), keys);
        case WORD -> word(t.text(), keys);
        case SYMBOL -> {
          String amount = AMOUNTS.get(t.text());
          if (amount != null) keys.add("x:" + amount);
        }
        default -> { }
      }
    }
    return keys;
  }

  /** Folded form of a word for the lexicon: lower case, no accents; {@code null} for words it should skip. */
  static String lexiconForm(Token t) {
    if (t.type() != Token.Type.WORD && t.type() != Token.Type.ACRONYM) return null;
    return TextNormalizer.MATCHING_NO_ACCENTS.apply(t.text());
  }

  Tokenizer tokenizer() {
    return tokenizer;
  }

  private void word(String word, List<String> keys) {
    String folded = TextNormalizer.MATCHING_NO_ACCENTS.apply(word);
    Integer m = Months.byName(folded);
    String month = m != null ? m.toString() : WEEKDAYS.get(folded);
    if (month != null && (language == Language.FR || Character.isUpperCase(word.charAt(0)) || !folded.equals("may")
        && !folded.equals("march"))) {
      keys.add("m:" + month);
      return;
    }
    String amount = AMOUNTS.get(folded);
    if (amount != null) {
      keys.add("x:" + amount);
      return;
    }
    if (word.length() >= 2 && word.chars().allMatch(Character::isUpperCase)) {
      acronym(word, keys);
      return;
    }
    // cognates and proper names share their first letters: ministres/ministers, Stoltenberg/Stoltenberg
    if (folded.length() < 4 || STOP.contains(folded)) return;
    int cut = folded.indexOf('-');
    if (cut > 0 && cut < 4) return;
    keys.add("c:" + folded.substring(0, 4));
  }

  private void acronym(String acronym, List<String> keys) {
    String letters = acronym.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
    if (letters.isEmpty()) return;
    if (language == Language.FR) letters = ACRONYMS.getOrDefault(letters, letters);
    char[] c = letters.toLowerCase(Locale.ROOT).toCharArray();
    java.util.Arrays.sort(c);
    keys.add("a:" + new String(c));
  }

  /** The digits of a number token, marks and any ordinal left out: "1 000,5" and "1,000.5" are both 10005. */
  private String digits(String number) {
    Numeral numeral = Numerals.read(number, 0, number.length(), convention);
    return numeral == null ? "" : numeral.digits(number);
  }

  /** A short line with no final punctuation: a title, heading or byline. */
  static boolean isHeading(String text) {
    String s = text.strip();
    if (s.isEmpty() || s.length() > 160) return false;
    char last = s.charAt(s.length() - 1);
    return ".!?…:;»\"”)".indexOf(last) < 0;
  }
}
