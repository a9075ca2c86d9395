package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthsTest {
  @Test
  void fullNamesInBothLanguagesWithAndWithoutAccentsGiveTheirMonth() {
    Map<String, Integer> names = Map.ofEntries(Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2),
        Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
        Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
        Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12), Map.entry("january", 1),
        Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6),
        Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
        Map.entry("november", 11), Map.entry("december", 12));
    names.forEach((name, month) -> {
      assertThat(Months.byName(name)).as(name).isEqualTo(month);
      assertThat(Months.byNameOrAbbreviation(name)).as(name).isEqualTo(month);
    });
  }

  @Test
  void abbreviationsCountOnlyWhereAskedFor() {
    Map<String, Integer> abbreviations = Map.ofEntries(Map.entry("janv.", 1), Map.entry("févr.", 2),
        Map.entry("sept.", 9), Map.entry("oct.", 10), Map.entry("nov.", 11), Map.entry("déc.", 12), Map.entry("jan.", 1),
        Map.entry("feb.", 2), Map.entry("mar.", 3), Map.entry("apr.", 4), Map.entry("jun.", 6), Map.entry("jul.", 7),
        Map.entry("aug.", 8), Map.entry("sep.", 9), Map.entry("sept", 9), Map.entry("dec.", 12));
    abbreviations.forEach((abbreviation, month) -> {
      assertThat(Months.byNameOrAbbreviation(abbreviation)).as(abbreviation).isEqualTo(month);
      assertThat(Months.byName(abbreviation)).as("%s is not a full name", abbreviation).isNull();
    });
    assertThat(Months.byNameOrAbbreviation("lundi")).isNull();
    assertThat(Months.byName("Juin")).as("callers give lower case").isNull();
  }
}
