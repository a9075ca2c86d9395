package org.entente.check;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How checks run: the spelling standard and whether British spelling may use -ize (Oxford spelling:
 * "organization" is then accepted, "analyze" still is not; NATO writes -ise, so not by default), the acronyms everyone knows (they need no expansion), which checks to run
 * (empty: all), which to skip, and whether the draft is a whole document (an acronym never expanded in it is
 * reported) or a single segment of one (only an acronym used before an expansion in the same text is).
 */
public record CheckConfig(
    SpellingStandard spelling,
    Set<String> wellKnownAcronyms,
    Set<String> enabled,
    Set<String> disabled,
    boolean wholeDocument,
    boolean izeAllowed) {
  /** NATO, EU, UN, US and their peers: expanding them would be odd in a NATO text. */
  public static final Set<String> WELL_KNOWN = Set.of("NATO", "OTAN", "EU", "UE", "UN", "ONU", "US", "USA", "UK",
      "G7", "G20", "TV", "DC", "AM", "PM", "AI", "IT", "ID", "OK", "CEO", "GDP", "PIB", "HQ", "PDF", "URL", "FAQ");

  public static final CheckConfig DEFAULT = new CheckConfig(SpellingStandard.BRITISH, WELL_KNOWN, Set.of(), Set.of(), true, false);

  public CheckConfig {
    spelling = spelling == null ? SpellingStandard.BRITISH : spelling;
    wellKnownAcronyms = upper(wellKnownAcronyms == null ? WELL_KNOWN : wellKnownAcronyms);
    enabled = upper(enabled == null ? Set.of() : enabled);
    disabled = upper(disabled == null ? Set.of() : disabled);
  }

  private static Set<String> upper(Set<String> s) {
    return s.stream().map(x -> x.strip().toUpperCase(Locale.ROOT)).filter(x -> !x.isEmpty()).collect(Collectors.toUnmodifiableSet());
  }

  public boolean runs(Check check) {
    return (enabled.isEmpty() || enabled.contains(check.id())) && !disabled.contains(check.id());
  }

  public CheckConfig withSpelling(SpellingStandard s) {
    return new CheckConfig(s, wellKnownAcronyms, enabled, disabled, wholeDocument, izeAllowed);
  }

  public CheckConfig withChecks(Set<String> enabled, Set<String> disabled) {
    return new CheckConfig(spelling, wellKnownAcronyms, enabled, disabled, wholeDocument, izeAllowed);
  }

  public CheckConfig withWholeDocument(boolean whole) {
    return new CheckConfig(spelling, wellKnownAcronyms, enabled, disabled, whole, izeAllowed);
  }

  /** The same configuration with -ize accepted (Oxford spelling) or flagged in a British draft. */
  public CheckConfig withIzeAllowed(boolean allowed) {
    return new CheckConfig(spelling, wellKnownAcronyms, enabled, disabled, wholeDocument, allowed);
  }
}
