package org.entente;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, read from the jar's resources: {@code 0.1.0-SNAPSHOT}. */
public final class Version {
  private static final String VALUE = load();

  private Version() {}

  public static String get() {
    return VALUE;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("/org/entente/version.properties")) {
      if (in == null) return "dev";
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "dev");
      return v.startsWith("${") ? "dev" : v;
    } catch (IOException e) {
      return "dev";
    }
  }
}
