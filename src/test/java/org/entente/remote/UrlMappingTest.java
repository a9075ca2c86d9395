package org.entente.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.text.BadInputException;
import org.junit.jupiter.api.Test;

class UrlMappingTest {
  @Test
  void replacesTheFirstOccurrenceOfFrom() {
    UrlMapping m = UrlMapping.parse("/fr/=/en/");
    assertThat(m.apply("https://www.nato.int/fr/news/fr/x.htm")).contains("https://www.nato.int/en/news/fr/x.htm");
    assertThat(m.apply("https://www.nato.int/de/x.htm")).isEmpty();
  }

  @Test
  void suffixConventionsWork() {
    assertThat(UrlMapping.parse("_fr.htm=_en.htm").apply("https://a.int/news_123_fr.htm"))
        .contains("https://a.int/news_123_en.htm");
  }

  @Test
  void aRuleWithoutEqualsSignIsBadInputNamingTheOption() {
    assertThatThrownBy(() -> UrlMapping.parse("/fr/"))
        .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.where()).isEqualTo("--map"));
  }

  @Test
  void theMiddleEqualsSignSeparatesPartsThatHoldEqualsSigns() {
    UrlMapping m = UrlMapping.parse("selectedLocale=fr=selectedLocale=en");
    assertThat(m.from()).isEqualTo("selectedLocale=fr");
    assertThat(m.to()).isEqualTo("selectedLocale=en");
    assertThatThrownBy(() -> UrlMapping.parse("lang=fr=en")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("ambiguous");
  }
}
