package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageCodeTest {
  @ParameterizedTest
  @CsvSource({"fr,fr", "FR,fr", "fr-FR,fr-FR", "fr_fr,fr-FR", "en-GB,en-GB", "en_gb,en-GB", "eng,en", " en-us ,en-US"})
  void acceptsEveryFormClientsSend(String given, String tag) {
    assertThat(LanguageCode.parse(given, "lang").tag()).isEqualTo(tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "de", "auto", "fr-", "12", "français"})
  void rejectsOthersNamingTheParameterAndValidValues(String given) {
    assertThatThrownBy(() -> LanguageCode.parse(given, "langpair"))
        .isInstanceOf(BadInputException.class)
        .satisfies(e -> {
          assertThat(((BadInputException) e).where()).isEqualTo("langpair");
          assertThat(((BadInputException) e).hint()).contains("fr").contains("en");
        });
  }
}
