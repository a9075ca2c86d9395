package org.entente.omegat;

import java.util.Locale;
import org.omegat.util.CredentialsManager;
import org.omegat.util.Language;
import org.omegat.util.Preferences;

/**
 * Where the service is and the key it wants: the preference {@code entente.url} (default
 * {@code http://127.0.0.1:8080}), which the system property {@code entente.url} overrides (tests, managed installs:
 * {@code -Dentente.url=http://tm.example.org:8080}); the API key in OmegaT's credential store under
 * {@code entente.api.key} (a system property of that name overrides it, as for OmegaT's own connectors); the
 * system property {@code entente.readTimeoutMs} lengthens the wait for an answer (default 3000 ms).
 */
final class EntenteSettings {
  static final String URL = "entente.url";
  static final String DEFAULT_URL = "http://127.0.0.1:8080";
  static final String API_KEY = "entente.api.key";
  /** System property: how long to wait for an answer, in ms (default {@value EntenteClient#READ_TIMEOUT_MS}). */
  static final String READ_TIMEOUT = "entente.readTimeoutMs";

  private EntenteSettings() {}

  static String url() {
    String property = System.getProperty(URL);
    if (property != null && !property.trim().isEmpty()) return property.trim();
    String pref = Preferences.getPreferenceDefault(URL, DEFAULT_URL).trim();
    return pref.isEmpty() ? DEFAULT_URL : pref;
  }

  static boolean urlFromSystemProperty() {
    String property = System.getProperty(URL);
    return property != null && !property.trim().isEmpty();
  }

  static String apiKey() {
    String property = System.getProperty(API_KEY);
    if (property != null) return property;
    return CredentialsManager.getInstance().retrieve(API_KEY).orElse("");
  }

  static EntenteClient client() {
    return new EntenteClient(url(), apiKey(), EntenteClient.CONNECT_TIMEOUT_MS, readTimeoutMs());
  }

  static int readTimeoutMs() {
    try {
      int ms = Integer.parseInt(System.getProperty(READ_TIMEOUT, "").trim());
      return ms > 0 ? ms : EntenteClient.READ_TIMEOUT_MS;
    } catch (NumberFormatException e) {
      return EntenteClient.READ_TIMEOUT_MS;
    }
  }

  /** The language code Entente works in ({@code fr}, {@code en}) of an OmegaT language, lower case. */
  static String code(Language language) {
    return language == null ? "" : language.getLanguageCode().toLowerCase(Locale.ROOT);
  }

  /** True for French to English and English to French: the pairs Entente holds. */
  static boolean supported(Language source, Language target) {
    String s = code(source);
    String t = code(target);
    return (s.equals("fr") && t.equals("en")) || (s.equals("en") && t.equals("fr"));
  }
}
