package org.entente.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * American and British spellings: defense/defence, program/programme, organization/organisation, center/centre,
 * with their inflections. The pairs are LanguageTool's maintained en-US/en-GB map (the {@code language-en}
 * artifact from Maven Central, LGPL 2.1, read as a resource) plus a few NATO house pairs ({@code percent} → {@code
 * per cent}); words that are right in both standards in some sense ("analyses", the plural of analysis;
 * "dialogue"; "license", the British verb; "check") are never flagged. Nothing is derived by blind reversal:
 * each direction drops the words the other standard also writes.
 */
final class SpellingVariants {
  static final String LANGUAGETOOL_MAP = "/org/languagetool/resource/en/en-US-GB.txt";

  /** American → British, lower case, without the American forms British English also writes. */
  static final Map<String, String> US_TO_GB;
  /** British → American, lower case, without the British forms American English also writes. */
  static final Map<String, String> GB_TO_US;

  /** Official names that keep their own spelling, lower case. */
  static final List<String> OFFICIAL_NAMES = List.of(
      "department of defense", "defense department", "secretary of defense", "ukraine defense contact group",
      "defense intelligence agency", "defense logistics agency", "defense advanced research projects agency",
      "national defense authorization act", "national defense strategy", "north atlantic treaty organization",
      "world health organization", "world trade organization", "organization for security and co-operation in europe",
      "organization for security and cooperation in europe", "organization of american states",
      "international civil aviation organization", "center for strategic and international studies",
      "pearl harbor", "world food program", "israel defense forces", "labor party", "ministry of defense of ukraine",
      "world food programme", "united nations development programme", "united nations environment programme",
      "ministry of defence", "secretary of state for defence", "joint warfare centre", "labour party",
      "international labour organization", "international labour organisation");

  static {
    Map<String, String> usToGb = new HashMap<>();
    read(LANGUAGETOOL_MAP, usToGb);
    read("/org/entente/check/spelling-house.txt", usToGb);
    Set<String> americanValidInBritish = new HashSet<>();
    Set<String> britishValidInAmerican = new HashSet<>();
    readBoth(americanValidInBritish, britishValidInAmerican);
    Map<String, String> gbToUs = new HashMap<>();
    usToGb.forEach((us, gb) -> {
      if (!britishValidInAmerican.contains(gb)) gbToUs.putIfAbsent(gb, us);
    });
    americanValidInBritish.forEach(usToGb::remove);
    US_TO_GB = Map.copyOf(usToGb);
    GB_TO_US = Map.copyOf(gbToUs);
  }

  private SpellingVariants() {}

  /**
   * Whether the American form differs from the British one only by -ize for -ise ("organization" / "organisation",
   * not "analyze" / "analyse"): Oxford spelling is British and writes it.
   */
  static boolean oxfordIze(String american, String british) {
    if (american.length() != british.length()) return false;
    for (int i = 0; i < american.length(); i++) {
      char a = american.charAt(i);
      char b = british.charAt(i);
      if (a == b) continue;
      if (a != 'z' || b != 's' || i == 0 || american.charAt(i - 1) != 'i') return false;
    }
    return true;
  }

  static String withCaseOf(String found, String word) {
    if (found.equals(found.toUpperCase(Locale.ROOT)) && found.length() > 1) return word.toUpperCase(Locale.ROOT);
    if (Character.isUpperCase(found.charAt(0))) return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    return word;
  }

  /** Reads {@code american;british} lines; comments start with {@code #}; an American form of several words is left out. */
  private static void read(String resource, Map<String, String> usToGb) {
    for (String line : lines(resource)) {
      String[] two = line.split(";", -1);
      if (two.length < 2) continue;
      String us = two[0].strip().toLowerCase(Locale.ROOT);
      String gb = two[1].strip().toLowerCase(Locale.ROOT);
      if (us.isEmpty() || gb.isEmpty() || us.equals(gb) || us.contains(" ")) continue;
      usToGb.putIfAbsent(us, gb);
    }
  }

  private static void readBoth(Set<String> americanValidInBritish, Set<String> britishValidInAmerican) {
    Set<String> into = null;
    for (String line : lines("/org/entente/check/spelling-both.txt")) {
      if (line.equals("[american-valid-in-british]")) into = americanValidInBritish;
      else if (line.equals("[british-valid-in-american]")) into = britishValidInAmerican;
      else if (into != null) into.add(line.toLowerCase(Locale.ROOT));
    }
  }

  /** The non-blank, non-comment lines of a class-path resource. */
  private static List<String> lines(String resource) {
    InputStream in = SpellingVariants.class.getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("spelling data " + resource + " is missing from the class path");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
