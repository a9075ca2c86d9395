package org.entente.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.entente.text.Language;

/**
 * The abbreviations of one language that end with a full stop, and when that full stop does not end a sentence:
 * {@code M.} never ({@code M. Stoltenberg}), {@code art.} before a number, {@code Feb.} before a number,
 * {@code etc.} sometimes. Read from {@code abbreviations-fr.txt} / {@code abbreviations-en.txt}.
 */
final class Abbreviations {
  /** When the full stop after an abbreviation does not end a sentence. */
  enum Kind {
    NEVER, BEFORE_NUMBER, MONTH, AMBIGUOUS
  }

  private static final Map<Language, Abbreviations> LOADED = new EnumMap<>(Language.class);

  private final Map<String, Kind> entries;

  private Abbreviations(Map<String, Kind> entries) {
    this.entries = Map.copyOf(entries);
  }

  static synchronized Abbreviations of(Language language) {
    return LOADED.computeIfAbsent(language, l -> load("abbreviations-" + l.code() + ".txt"));
  }

  /** The kind of {@code word} (written without its final full stop), or null when it is no abbreviation. */
  Kind kind(String word) {
    Kind k = entries.get(word);
    if (k != null) return k;
    if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
      String lowered = word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1);
      return entries.get(lowered);
    }
    return null;
  }

  private static Abbreviations load(String resource) {
    Map<String, Kind> m = new HashMap<>();
    try (InputStream in = Abbreviations.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Kind kind = null;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) continue;
        if (s.startsWith("[")) {
          kind = Kind.valueOf(s.substring(1, s.length() - 1).replace('-', '_').toUpperCase(Locale.ROOT));
        } else if (kind != null) {
          m.putIfAbsent(s, kind);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Abbreviations(m);
  }
}
