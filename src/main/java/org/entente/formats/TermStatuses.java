package org.entente.formats;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The status normalisation table of PROTOCOLS.md §7: what TBX-Basic, TBX v2, IATE, TermWeb, Weblate, Pontoon,
 * Trados and NATOTerm write, mapped to our codes. {@code deprecatedTerm-admn-sts}, {@code forbidden} and
 * {@code Deprecated} all give {@code deprecated}; {@code Obsolete} gives {@code superseded}.
 */
public final class TermStatuses {
  private static final Map<String, String> TABLE = Map.ofEntries(
      Map.entry("preferredterm-admn-sts", "preferred"), Map.entry("preferred", "preferred"),
      Map.entry("preferredterm", "preferred"), Map.entry("preferred term", "preferred"),
      Map.entry("standardizedterm", "preferred"), Map.entry("standardizedterm-admn-sts", "preferred"),
      Map.entry("legalterm-admn-sts", "admitted"), Map.entry("regulatedterm-admn-sts", "admitted"), Map.entry("standardized", "preferred"),
      Map.entry("standardised", "preferred"), Map.entry("recommended", "preferred"),
      Map.entry("admittedterm-admn-sts", "admitted"), Map.entry("admitted", "admitted"),
      Map.entry("admittedterm", "admitted"), Map.entry("admitted term", "admitted"), Map.entry("accepted", "admitted"),
      Map.entry("permitted", "admitted"), Map.entry("legalterm", "admitted"), Map.entry("regulatedterm", "admitted"),
      Map.entry("correct", "admitted"), Map.entry("approved", "admitted"),
      Map.entry("deprecatedterm-admn-sts", "deprecated"), Map.entry("deprecated", "deprecated"),
      Map.entry("deprecatedterm", "deprecated"), Map.entry("deprecated term", "deprecated"),
      Map.entry("forbidden", "deprecated"), Map.entry("avoid", "deprecated"), Map.entry("à éviter", "deprecated"),
      Map.entry("supersededterm-admn-sts", "superseded"), Map.entry("superseded", "superseded"),
      Map.entry("supersededterm", "superseded"), Map.entry("superseded term", "superseded"),
      Map.entry("obsolete", "superseded"), Map.entry("obsolète", "superseded"), Map.entry("vieilli", "superseded"),
      Map.entry("proposed", "proposed"), Map.entry("proposedterm", "proposed"), Map.entry("proposed term", "proposed"),
      Map.entry("provisional", "proposed"),
      // usageStatus (TBX-Basic, MultiTerm exports) and TBX-Min's statuses
      Map.entry("notrecommended", "deprecated"), Map.entry("not recommended", "deprecated"),
      Map.entry("notrecommendedterm", "deprecated"), Map.entry("notrecommendedterm-admn-sts", "deprecated"),
      Map.entry("obsoleteterm", "superseded"), Map.entry("preferred-usage", "preferred"));

  /** The values listed in an error message. */
  public static final List<String> TBX_BASIC_VALUES = List.of(
      "preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts");

  private TermStatuses() {}

  /** Our code for a status as some tool writes it, or empty when it is not in the table. */
  public static Optional<String> parse(String value) {
    if (value == null) return Optional.empty();
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.isEmpty()) return Optional.of("admitted");
    String ours = TABLE.get(v);
    if (ours != null) return Optional.of(ours);
    return TermEntry.STATUSES.contains(v) ? Optional.of(v) : Optional.empty();
  }

  /** The TBX-Basic value we write for one of our codes; {@code proposed} has none and is written as admitted. */
  public static String toTbx(String code) {
    return switch (code) {
      case "preferred" -> "preferredTerm-admn-sts";
      case "deprecated" -> "deprecatedTerm-admn-sts";
      case "superseded" -> "supersededTerm-admn-sts";
      default -> "admittedTerm-admn-sts";
    };
  }
}
