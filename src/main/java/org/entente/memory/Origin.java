package org.entente.memory;

/**
 * Where a unit came from and whether a person edited it since: a TMX file ({@code TMX_FILE, "nato.tmx"}; a file of
 * the {@code tmx/} folder is named by its path there, {@code "tmx/air/nato.tmx"}), an aligned document pair with its
 * bead score ({@code ALIGNED_DOCUMENTS, "001/fr.txt|001/en.txt", 0.93}), or an API user ({@code API_USER, "jdoe"}).
 * An {@code edited} unit is detached from its file: re-importing the file no longer replaces it.
 */
public record Origin(Kind kind, String name, Double beadScore, boolean edited) {
  /** The kinds of origin. */
  public enum Kind { TMX_FILE, ALIGNED_DOCUMENTS, API_USER }

  public Origin {
    if (kind == null) throw new IllegalArgumentException("kind is null");
    name = name == null ? "" : name;
    if (beadScore != null && (beadScore < 0 || beadScore > 1)) throw new IllegalArgumentException("bead score outside [0, 1]");
  }

  /** An origin nobody has edited yet. */
  public Origin(Kind kind, String name, Double beadScore) {
    this(kind, name, beadScore, false);
  }

  /** The same origin, marked as edited by a person. */
  public Origin asEdited() {
    return new Origin(kind, name, beadScore, true);
  }

  public static Origin tmx(String file) {
    return new Origin(Kind.TMX_FILE, file, null);
  }

  public static Origin aligned(String documents, Double beadScore) {
    return new Origin(Kind.ALIGNED_DOCUMENTS, documents, beadScore);
  }

  public static Origin api(String user) {
    return new Origin(Kind.API_USER, user, null);
  }

  /** The TMX prop value: {@code tmx:nato.tmx}, {@code aligned:001/fr.txt|001/en.txt}, {@code api:jdoe}. */
  public String encode() {
    String prefix = switch (kind) {
      case TMX_FILE -> "tmx:";
      case ALIGNED_DOCUMENTS -> "aligned:";
      case API_USER -> "api:";
    };
    return prefix + name;
  }

  /** Reads {@link #encode()}'s form; null when it is not one. */
  public static Origin decode(String value, Double beadScore) {
    if (value == null) return null;
    if (value.startsWith("tmx:")) return tmx(value.substring(4));
    if (value.startsWith("aligned:")) return aligned(value.substring(8), beadScore);
    if (value.startsWith("api:")) return api(value.substring(4));
    return null;
  }

  @Override
  public String toString() {
    return encode() + (beadScore == null ? "" : " (bead score " + beadScore + ")") + (edited ? ", edited" : "");
  }
}
