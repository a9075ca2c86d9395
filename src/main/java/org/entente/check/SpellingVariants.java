package org.entente.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * American and British spellings of the words NATO texts use: defense/defence, program/programme,
 * organization/organisation, center/centre, with their inflections. NATO writes British English.
 */
final class SpellingVariants {
  /** American → British, lower case. */
  static final Map<String, String> US_TO_GB;
  /** British → American, lower case. */
  static final Map<String, String> GB_TO_US;

  /** Official names that keep their own spelling, lower case. */
  static final List<String> OFFICIAL_NAMES = List.of(
      "department of defense", "defense department", "secretary of defense", "ukraine defense contact group",
      "defense intelligence agency", "defense logistics agency", "defense advanced research projects agency",
      "national defense authorization act", "national defense strategy", "north atlantic treaty organization",
      "world health organization", "world trade organization", "organization for security and co-operation in europe",
      "organization for security and cooperation in europe", "organization of american states",
      "international civil aviation organization", "center for strategic and international studies",
      "pearl harbor", "world food program", "israel defense forces", "labor party", "ministry of defense of ukraine");

  static {
    Map<String, String> m = new HashMap<>();
    pairs(m, "defense defence", "defenses defences", "offense offence", "offenses offences", "program programme",
        "programs programmes", "color colour", "colors colours", "favor favour", "favors favours", "favorable favourable",
        "favored favoured", "honor honour", "honors honours", "honored honoured", "labor labour", "behavior behaviour",
        "behaviors behaviours", "neighbor neighbour", "neighbors neighbours", "neighboring neighbouring", "armor armour",
        "armored armoured", "endeavor endeavour", "endeavors endeavours", "harbor harbour", "rumor rumour", "vigor vigour",
        "center centre", "centers centres", "centered centred", "theater theatre", "theaters theatres",
        "fiber fibre", "caliber calibre", "maneuver manoeuvre", "maneuvers manoeuvres", "catalog catalogue",
        "dialog dialogue", "analog analogue", "traveled travelled", "traveling travelling", "modeled modelled",
        "modeling modelling", "labeled labelled", "canceled cancelled", "canceling cancelling", "fueled fuelled",
        "fueling fuelling", "signaled signalled", "signaling signalling", "totaled totalled", "channeled channelled",
        "fulfill fulfil", "fulfills fulfils", "enroll enrol", "skillful skilful", "gray grey", "aging ageing",
        "percent per cent", "analyze analyse", "analyzed analysed", "analyzes analyses", "analyzing analysing",
        "paralyze paralyse", "paralyzed paralysed", "counseling counselling", "defenseless defenceless");
    for (String stem : List.of("organiz", "recogniz", "realiz", "prioritiz", "emphasiz", "moderniz", "mobiliz",
        "stabiliz", "destabiliz", "authoriz", "criticiz", "summariz", "utiliz", "minimiz", "maximiz", "characteriz",
        "standardiz", "harmoniz", "finaliz", "operationaliz", "apologiz", "militariz", "demilitariz", "jeopardiz",
        "legitimiz", "normaliz", "privatiz", "specializ", "synchroniz", "terroriz", "capitaliz", "optimiz", "mechaniz",
        "revolutioniz", "digitaliz", "incentiviz", "institutionaliz", "neutraliz", "centraliz", "decentraliz",
        "familiariz", "sanitiz", "energiz", "strategiz", "maximiz", "civiliz", "industrializ", "categoriz")) {
      String gb = stem.substring(0, stem.length() - 1) + "s";
      for (String end : List.of("e", "es", "ed", "ing", "ation", "ations", "ational", "er", "ers")) {
        m.putIfAbsent(stem + end, gb + end);
      }
    }
    US_TO_GB = Map.copyOf(m);
    Map<String, String> r = new HashMap<>();
    m.forEach((us, gb) -> r.putIfAbsent(gb, us));
    GB_TO_US = Map.copyOf(r);
  }

  private SpellingVariants() {}

  private static void pairs(Map<String, String> m, String... p) {
    for (String s : p) {
      String[] two = s.split(" ", 2);
      m.put(two[0], two[1]);
    }
  }

  static String withCaseOf(String found, String word) {
    if (found.equals(found.toUpperCase(java.util.Locale.ROOT)) && found.length() > 1) return word.toUpperCase(java.util.Locale.ROOT);
    if (Character.isUpperCase(found.charAt(0))) return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    return word;
  }
}
