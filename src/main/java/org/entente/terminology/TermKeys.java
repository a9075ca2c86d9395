package org.entente.terminology;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.segment.Lemma;
import org.entente.segment.Lemmatizer;
import org.entente.segment.Token;
import org.entente.segment.Tokenizer;
import org.entente.text.Language;
import org.entente.text.Numeral;
import org.entente.text.Numerals;

/**
 * Turns text into matching units with their keys, the same way for terms and for running text, so that a trie of
 * term keys can be walked with text keys. A unit is a word (hyphenated compounds split into their parts:
 * {@code états-majors} → {@code états}, {@code majors}), an elision ({@code l’} → the key of {@code le}), a number,
 * a clitic or a punctuation mark; apostrophes and dashes between words are not units, so hyphen and apostrophe
 * variants match.
 *
 * <p>Keys: {@code L:lemma} for a word the dictionary knows; {@code U:stem} (light, unaccented stem) for one it does
 * not know; a known term word is also reachable from an unknown text word by {@code K:stem}, so that
 * {@code Etats} matches {@code États} while {@code forcé} never matches {@code force}. Acronyms ({@code OTAN},
 * {@code U.S.}) have only the case-sensitive key {@code A:OTAN}: {@code us} is not {@code US}; a text word in title
 * case of four letters or more that the dictionary does not know ({@code Nato}) also reaches acronym keys, one it
 * knows ({@code Shape}, {@code Sofa}, {@code Diana}) does not.
 */
final class TermKeys {
  private static final int CACHE_SIZE = 300_000;
  /** Longer word forms are computed each time, never cached: no word needs it, and keys stay small. */
  static final int MAX_CACHED_CHARS = 64;
  private static final String SKIPPED = "'\u2019\u02BC\u2018`\u00B4-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";

  /** One matching unit: offsets into the text and its keys; {@code stemKey} is the K: key or null. */
  record Unit(int start, int end, String[] keys, String stemKey) {}

  private final Language language;
  private final Numerals.Convention convention;
  private final Tokenizer tokenizer;
  private final Lemmatizer lemmatizer;
  // bounded caches: a service sees an unbounded stream of new word forms
  private final Cache<String, String[]> textKeys = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();
  private final Cache<String, String> interned = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

  TermKeys(Language language) {
    this.language = language;
    this.convention = Numerals.Convention.of(language);
    this.tokenizer = new Tokenizer(language);
    this.lemmatizer = Lemmatizer.of(language);
  }

  Language language() {
    return language;
  }

  /** What the dictionary says about a word of running text. */
  Lemma lemma(String surface) {
    return lemmatizer.lemma(surface);
  }

  Tokenizer tokenizer() {
    return tokenizer;
  }

  /** The units of running text, each with every key it may match. */
  List<Unit> text(String text) {
    List<Unit> out = new ArrayList<>();
    for (Token t : tokenizer.tokenize(text)) {
      forEachPart(t, (start, end, surface, type) -> {
        String[] keys = surface.length() > MAX_CACHED_CHARS ? textKeysOf(surface, type)
            : textKeys.get(surface, s -> textKeysOf(s, type));
        out.add(new Unit(start, end, keys, null));
      });
    }
    return out;
  }

  /**
   * The units of a term, each with its edge keys: the first is the primary key, further L: keys are alternatives,
   * and {@code stemKey} is the K: key (known words only).
   */
  List<Unit> term(String term, boolean acronymTerm) {
    List<Unit> out = new ArrayList<>();
    for (Token t : tokenizer.tokenize(term)) {
      forEachPart(t, (start, end, surface, type) -> out.add(termUnit(start, end, surface, type, acronymTerm)));
    }
    return out;
  }

  private Unit termUnit(int start, int end, String surface, Token.Type type, boolean acronymTerm) {
    if (type == Token.Type.NUMBER) return new Unit(start, end, new String[] {intern("N:" + digits(surface))}, null);
    if (type == Token.Type.PUNCTUATION || type == Token.Type.SYMBOL || type == Token.Type.CLITIC) {
      return new Unit(start, end, new String[] {intern("P:" + surface.toLowerCase(Locale.ROOT).replace('\u2019', '\''))}, null);
    }
    if (isAcronym(surface) || (acronymTerm && surface.equals(surface.toUpperCase(Locale.ROOT)) && hasLetter(surface))) {
      return new Unit(start, end, new String[] {intern("A:" + acronymKey(surface))}, null);
    }
    Lemma lemma = lemmatizer.lemma(surface);
    if (!lemma.known()) return new Unit(start, end, new String[] {intern("U:" + lemma.stem())}, null);
    String[] keys = lemma.lemmas().stream().map(l -> intern("L:" + l)).toArray(String[]::new);
    return new Unit(start, end, keys, intern("K:" + lemma.stem()));
  }

  private String[] textKeysOf(String surface, Token.Type type) {
    if (type == Token.Type.NUMBER) return new String[] {intern("N:" + digits(surface))};
    if (type == Token.Type.PUNCTUATION || type == Token.Type.SYMBOL || type == Token.Type.CLITIC) {
      return new String[] {intern("P:" + surface.toLowerCase(Locale.ROOT).replace('\u2019', '\''))};
    }
    List<String> keys = new ArrayList<>(4);
    Lemma lemma = lemmatizer.lemma(surface);
    if (lemma.known()) {
      for (String l : lemma.lemmas()) keys.add(intern("L:" + l));
      keys.add(intern("U:" + lemma.stem()));
    } else {
      keys.add(intern("U:" + lemma.stem()));
      keys.add(intern("K:" + lemma.stem()));
    }
    if (hasLetter(surface) && surface.equals(surface.toUpperCase(Locale.ROOT))) {
      keys.add(intern("A:" + acronymKey(surface)));
    } else if (!lemma.known() && surface.length() >= 4 && Character.isUpperCase(surface.charAt(0))
        && surface.substring(1).equals(surface.substring(1).toLowerCase(Locale.ROOT))) {
      // "Nato" is the acronym NATO written as a name; "Shape", "Sofa" and "Diana" are words the dictionary knows
      keys.add(intern("A:" + acronymKey(surface)));
    }
    return keys.toArray(String[]::new);
  }

  /** A word in capitals with at least two letters, or capitals with digits: {@code OTAN}, {@code F-35}, {@code G7}. */
  static boolean isAcronym(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) return false;
      if (Character.isLetter(c)) letters++;
    }
    return letters >= 2 || (letters == 1 && s.chars().anyMatch(Character::isDigit));
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
    return false;
  }

  private static String acronymKey(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '.') b.append(c);
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * The key of a number token: its digits with every point or comma as a comma, then any ordinal in lower case, so
   * "1.000" and "1,000" meet, "1 000" meets "1000", and "1er" stays apart from "1".
   */
  private String digits(String s) {
    Numeral numeral = Numerals.read(s, 0, s.length(), convention);
    int from = numeral == null ? 0 : numeral.runEnd();
    StringBuilder b = new StringBuilder(s.length());
    if (numeral != null) b.append(numeral.digitsAndMarks(s));
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
      else if (c == '.' || c == ',') b.append(',');
    }
    return b.toString();
  }

  private String intern(String key) {
    return key.length() > MAX_CACHED_CHARS ? key : interned.get(key, k -> k);
  }

  /** Receives one part of a token. */
  private interface PartSink {
    void accept(int start, int end, String surface, Token.Type type);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
    return true;
  }

  /** Splits words at hyphens and drops apostrophes and dashes; elisions keep their apostrophe. */
  private static void forEachPart(Token t, PartSink sink) {
    String s = t.text();
    if (t.type() == Token.Type.PUNCTUATION) {
      if (s.length() == 1 && SKIPPED.indexOf(s.charAt(0)) >= 0) return;
      sink.accept(t.start(), t.end(), s, t.type());
      return;
    }
    if (t.type() == Token.Type.ELISION) {
      String norm = s.substring(0, s.length() - 1).toLowerCase(Locale.ROOT) + "'";
      sink.accept(t.start(), t.end(), norm, t.type());
      return;
    }
    if (t.type() == Token.Type.NUMBER || t.type() == Token.Type.CLITIC) {
      sink.accept(t.start(), t.end(), t.type() == Token.Type.CLITIC ? s.replace('\u2019', '\'').toLowerCase(Locale.ROOT) : s,
          t.type());
      return;
    }
    int partStart = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || "-\u2010\u2011".indexOf(s.charAt(i)) >= 0) {
        if (i > partStart) {
          String part = s.substring(partStart, i);
          Token.Type type = allDigits(part) ? Token.Type.NUMBER : t.type();
          sink.accept(t.start() + partStart, t.start() + i, part, type);
        }
        partStart = i + 1;
      }
    }
  }
}
