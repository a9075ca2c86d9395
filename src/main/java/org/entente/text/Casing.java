package org.entente.text;

/**
 * Puts a replacement in the case of the text it replaces, at its first letter only: "posture" replacing "Posture"
 * at a sentence start becomes "Posture"; "Kyiv" replacing "kiev" stays "Kyiv" (a name keeps its capital).
 */
public final class Casing {
  private Casing() {}

  /** {@code replacement}, capitalised when {@code found} starts with a capital and it starts in lower case. */
  public static String matchCase(String found, String replacement) {
    if (found.isEmpty() || replacement.isEmpty()) return replacement;
    if (Character.isUpperCase(found.charAt(0)) && Character.isLowerCase(replacement.charAt(0))) {
      return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
    }
    return replacement;
  }
}
